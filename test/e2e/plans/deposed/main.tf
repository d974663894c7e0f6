# Applied as is; the test then adds a deposed object to the state, as a create_before_destroy replacement
# that failed half-way leaves one.
resource "terraform_data" "web" {
  input = "current"
}
