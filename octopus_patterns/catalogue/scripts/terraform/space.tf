# The client's own space, managed by the administrators team. A tenant whose space the estate already
# manages (its ManagedTenant.Octopus.SpaceId is set, e.g. the configured regions) keeps that space.
variable "space_name" {
  type = string
}

variable "existing_space_id" {
  type    = string
  default = ""
}

locals {
  adopt_existing = !contains(["", "Unknown"], var.existing_space_id)
}

resource "octopusdeploy_space" "client" {
  count                = local.adopt_existing ? 0 : 1
  name                 = var.space_name
  description          = "A space for team ${var.space_name}."
  space_managers_teams = ["teams-administrators"]
}

output "space_id" {
  value = local.adopt_existing ? var.existing_space_id : octopusdeploy_space.client[0].id
}
