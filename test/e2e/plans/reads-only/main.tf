# Nothing to create, change or destroy: the nested data source of a check block is read on every plan, so
# Terraform prints "Plan: 0 to add, 0 to change, 0 to destroy." and exits 2.
check "network" {
  data "terraform_remote_state" "probe" {
    backend = "local"
    config  = { path = "${path.module}/network.tfstate" }
  }

  assert {
    condition     = data.terraform_remote_state.probe.outputs.vpc_id == "vpc-e2e"
    error_message = "The network state has no vpc_id."
  }
}
