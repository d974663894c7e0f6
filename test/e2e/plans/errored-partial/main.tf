variable "healthy" {
  type    = bool
  default = false
}

resource "terraform_data" "fine" {}

resource "terraform_data" "guarded" {
  lifecycle {
    precondition {
      condition     = var.healthy
      error_message = "Deliberately failing: var.healthy is false."
    }
  }
}
