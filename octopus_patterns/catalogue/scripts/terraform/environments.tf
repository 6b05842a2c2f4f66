# The environments every client space deploys to, in lifecycle order.
locals {
  environments = ["Development", "Test", "Production", "Security"]
}

resource "octopusdeploy_environment" "environment" {
  for_each                     = { for index, name in local.environments : name => index }
  name                         = each.key
  sort_order                   = each.value
  allow_dynamic_infrastructure = true
  use_guided_failure           = false
}
