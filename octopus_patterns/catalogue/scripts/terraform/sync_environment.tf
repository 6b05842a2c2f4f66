# The Sync environment and its lifecycle: runbooks that synchronise projects run there.
resource "octopusdeploy_environment" "sync" {
  name                         = "Sync"
  description                  = "Used by runbooks that synchronise projects between spaces"
  allow_dynamic_infrastructure = true
  use_guided_failure           = false
}

resource "octopusdeploy_lifecycle" "sync" {
  name        = "Sync"
  description = "Lifecycle used to sync projects"

  phase {
    name                        = "Sync"
    optional_deployment_targets = [octopusdeploy_environment.sync.id]
  }
}
