# Root module for Keelson's terraform-plan / terraform-apply end-to-end workflow
# (.github/workflows/e2e-terraform.yml). Only terraform_data resources (built into Terraform: no provider
# download, no cloud account) and a local backend, so it runs on any runner and in Keelson's own tests.

terraform {
  required_version = ">= 1.5.0"

  backend "local" {}
}

variable "environment" {
  type        = string
  description = "Name shown in the plan."
  default     = "e2e"
}

variable "release" {
  type        = string
  description = "Changing it replaces terraform_data.release."
  default     = "1"
}

variable "api_key" {
  type        = string
  description = "A stand-in secret: it must never appear in the PR comment, the job summary or the logs."
  sensitive   = true
  default     = "keelson-e2e-not-a-real-secret"
}

resource "terraform_data" "release" {
  input            = { environment = var.environment, release = var.release }
  triggers_replace = [var.release]
}

resource "terraform_data" "credentials" {
  input = var.api_key
}

output "release_id" {
  value = terraform_data.release.id
}

output "environment" {
  value = terraform_data.release.output.environment
}

output "api_key" {
  value     = terraform_data.credentials.output
  sensitive = true
}
