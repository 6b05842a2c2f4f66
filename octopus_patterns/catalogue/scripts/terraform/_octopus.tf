# Shared by every template the management runbooks apply: the Octopus provider, configured from the step's
# template parameters, and a pg backend whose connection is passed to `terraform init` by the step.
terraform {
  required_providers {
    octopusdeploy = {
      source  = "OctopusDeploy/octopusdeploy"
      version = "1.17.0"
    }
  }
  backend "pg" {}
}

variable "octopus_server" {
  type = string
}

variable "octopus_apikey" {
  type      = string
  sensitive = true
}

variable "octopus_space_id" {
  type    = string
  default = null
}

provider "octopusdeploy" {
  address  = var.octopus_server
  api_key  = var.octopus_apikey
  space_id = var.octopus_space_id
}
