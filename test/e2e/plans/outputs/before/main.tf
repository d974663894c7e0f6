output "kept" {
  value = "same"
}

output "changed" {
  value = "v1"
}

output "removed" {
  value = "bye"
}

output "token" {
  value     = "keelson-e2e-token-one"
  sensitive = true
}
