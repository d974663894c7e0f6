# Root module for staging: one comment per root on a pull request, applied in the GitHub environment "staging".
terraform {
  required_version = ">= 1.6"
}

module "service" {
  source      = "../../modules/service"
  environment = "staging"
  replicas    = 2
}

output "service_name" {
  value = module.service.name
}
