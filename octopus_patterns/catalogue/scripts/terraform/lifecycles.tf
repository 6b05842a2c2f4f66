# "DevSecOps" (Development, Test, Production, then Security automatically) and "Simple" (the first three), with
# the RI's retention: releases kept forever, deployment targets keep the last 30 deployments.
data "octopusdeploy_environments" "all" {
  take = 100
}

locals {
  environment = { for env in data.octopusdeploy_environments.all.environments : env.name => env.id }
}

{{lifecycles}}
