resource "terraform_data" "kept" {}

removed {
  from = terraform_data.handed_over

  lifecycle {
    destroy = false
  }
}
