# Applied, then planned again with -refresh-only: nothing changed outside of Terraform.
resource "terraform_data" "steady" {
  input = "same"
}
