output "kept" {
  value = "same"
}

output "changed" {
  value = "v2"
}

output "added" {
  value = { region = "eu-west-1" }
}

output "token" {
  value     = "keelson-e2e-token-two"
  sensitive = true
}
