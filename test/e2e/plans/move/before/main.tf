resource "terraform_data" "old" {
  input = "same"
}
