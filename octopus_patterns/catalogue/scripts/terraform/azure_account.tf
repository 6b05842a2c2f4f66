# The client's Azure service principal, as the "Azure" account of the client space.
variable "azure_application_id" {
  type = string
}

variable "azure_subscription_id" {
  type = string
}

variable "azure_tenant_id" {
  type = string
}

variable "azure_password" {
  type      = string
  sensitive = true
}

# Tenanted and untenanted runs may both use it, as in the RI (the RI also tags it tenant_type/regional, a tag
# set client spaces do not have).
resource "octopusdeploy_azure_service_principal" "azure" {
  name                              = "Azure"
  description                       = "Azure Account"
  application_id                    = var.azure_application_id
  subscription_id                   = var.azure_subscription_id
  tenant_id                         = var.azure_tenant_id
  password                          = var.azure_password
  tenanted_deployment_participation = "TenantedOrUntenanted"
}
