resource "terraform_data" "app" {
  input = "v2"
}
