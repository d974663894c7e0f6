resource "terraform_data" "kept" {}

resource "terraform_data" "handed_over" {}
