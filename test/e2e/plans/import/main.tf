# terraform_data imports any id offline. The second import is replaced right away: its triggers_replace
# differs from the imported (empty) object.
import {
  to = terraform_data.adopted
  id = "adopted-id"
}

resource "terraform_data" "adopted" {}

import {
  to = terraform_data.rebuilt
  id = "rebuilt-id"
}

resource "terraform_data" "rebuilt" {
  triggers_replace = ["v2"]
}
