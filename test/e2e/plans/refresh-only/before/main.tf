resource "terraform_data" "old" {
  input = "same"
}

output "value" {
  value = terraform_data.old.input
}
