# Records the new space's ID in the tenant's ManagedTenant.Octopus.SpaceId (in the management space), so the
# tenant's runbooks know where to deploy. Skipped when the value is already set: the estate's own stacks
# manage it for the configured regions, and a second owner would fight them.
variable "tenant_name" {
  type = string
}

variable "client_space_id" {
  type = string
}

variable "existing_space_id" {
  type    = string
  default = ""
}

locals {
  already_linked = !contains(["", "Unknown"], var.existing_space_id)
}

data "octopusdeploy_tenants" "tenant" {
  name = var.tenant_name
}

data "octopusdeploy_library_variable_sets" "octopus_server" {
  partial_name = "Octopus Server"
}

locals {
  octopus_server = [
    for set in data.octopusdeploy_library_variable_sets.octopus_server.library_variable_sets : set
    if set.name == "Octopus Server"
  ][0]
}

resource "octopusdeploy_tenant_common_variable" "space_id" {
  count                   = local.already_linked ? 0 : 1
  tenant_id               = data.octopusdeploy_tenants.tenant.tenants[0].id
  library_variable_set_id = local.octopus_server.id
  template_id             = [for t in local.octopus_server.template : t.id if t.name == "ManagedTenant.Octopus.SpaceId"][0]
  value                   = var.client_space_id
}
