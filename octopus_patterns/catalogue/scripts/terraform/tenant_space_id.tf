# Records the new space's ID in the tenant's ManagedTenant.Octopus.SpaceId (in the management space), so the
# tenant's runbooks know where to deploy.
variable "tenant_name" {
  type = string
}

variable "client_space_id" {
  type = string
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
  tenant_id               = data.octopusdeploy_tenants.tenant.tenants[0].id
  library_variable_set_id = local.octopus_server.id
  template_id             = [for t in local.octopus_server.template : t.id if t.name == "ManagedTenant.Octopus.SpaceId"][0]
  value                   = var.client_space_id
}
