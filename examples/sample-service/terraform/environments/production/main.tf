# Root module for production: one comment per root on a pull request, applied in the GitHub environment "production".
terraform {
  required_version = ">= 1.6"
}

module "service" {
  source      = "../../modules/service"
  environment = "production"
  replicas    = 4
}

output "service_name" {
  value = module.service.name
}
