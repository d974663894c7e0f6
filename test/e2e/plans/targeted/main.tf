resource "terraform_data" "chosen" {}

resource "terraform_data" "left_out" {}
