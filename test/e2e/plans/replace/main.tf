resource "terraform_data" "destroy_first" {
  triggers_replace = ["v2"]
}

resource "terraform_data" "create_first" {
  triggers_replace = ["v2"]

  lifecycle {
    create_before_destroy = true
  }
}
