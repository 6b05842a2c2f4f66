# "Simple" (Development, Test, Production) and "DevSecOps" (the same, then Security automatically).
data "octopusdeploy_environments" "all" {
  take = 100
}

locals {
  environment = { for env in data.octopusdeploy_environments.all.environments : env.name => env.id }
}

resource "octopusdeploy_lifecycle" "simple" {
  name        = "Simple"
  description = "Development, Test and Production"

  dynamic "phase" {
    for_each = ["Development", "Test", "Production"]
    content {
      name                        = phase.value
      optional_deployment_targets = [local.environment[phase.value]]
    }
  }
}

resource "octopusdeploy_lifecycle" "devsecops" {
  name        = "DevSecOps"
  description = "Development, Test and Production, then an automatic security scan"

  dynamic "phase" {
    for_each = ["Development", "Test", "Production"]
    content {
      name                        = phase.value
      optional_deployment_targets = [local.environment[phase.value]]
    }
  }

  phase {
    name                         = "Security"
    automatic_deployment_targets = [local.environment["Security"]]
  }
}
