# What the service owns outside the cluster. terraform_data only, so the example plans and applies offline; a
# real service would declare its queue, bucket or database here.
variable "environment" {
  type = string
}

variable "replicas" {
  type = number
}

resource "terraform_data" "service" {
  input = {
    name        = "sample-service-${var.environment}"
    environment = var.environment
    replicas    = var.replicas
  }
}

output "name" {
  value = terraform_data.service.output.name
}
