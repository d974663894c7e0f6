# Every reason Terraform gives for reading a data source during apply, against a local state file.
resource "terraform_data" "state_file" {
  input = "network.tfstate"
}

resource "terraform_data" "network_ready" {}

# Read at plan time: not listed.
data "terraform_remote_state" "known" {
  backend = "local"
  config  = { path = "${path.module}/network.tfstate" }
}

# read_because_config_unknown
data "terraform_remote_state" "unknown_path" {
  backend = "local"
  config  = { path = "${path.module}/${terraform_data.state_file.output}" }
}

# read_because_dependency_pending
data "terraform_remote_state" "after_network" {
  backend    = "local"
  config     = { path = "${path.module}/network.tfstate" }
  depends_on = [terraform_data.network_ready]
}

# read_because_check_nested
check "network" {
  data "terraform_remote_state" "probe" {
    backend = "local"
    config  = { path = "${path.module}/network.tfstate" }
  }

  assert {
    condition     = data.terraform_remote_state.probe.outputs.vpc_id == data.terraform_remote_state.known.outputs.vpc_id
    error_message = "The network state lost its vpc_id."
  }
}
