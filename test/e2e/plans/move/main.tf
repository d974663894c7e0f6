resource "terraform_data" "new" {
  input = "same"
}

moved {
  from = terraform_data.old
  to   = terraform_data.new
}
