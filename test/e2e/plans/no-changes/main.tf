# Applied, then planned again: nothing to do.
resource "terraform_data" "steady" {
  input = "same"
}
