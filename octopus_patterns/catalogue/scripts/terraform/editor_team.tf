# Lets the "Editors" team view everything in the client space and edit its variables.
data "octopusdeploy_teams" "editors" {
  partial_name = "Editors"
}

data "octopusdeploy_user_roles" "all" {
  take = 1000
}

locals {
  editors = [for team in data.octopusdeploy_teams.editors.teams : team.id if team.name == "Editors"][0]
  roles   = { for role in data.octopusdeploy_user_roles.all.user_roles : role.name => role.id }
}

resource "octopusdeploy_scoped_user_role" "variable_editor" {
  space_id     = var.octopus_space_id
  team_id      = local.editors
  user_role_id = local.roles["Variable editor"]
}

resource "octopusdeploy_scoped_user_role" "read_only" {
  space_id     = var.octopus_space_id
  team_id      = local.editors
  user_role_id = local.roles["Read-Only"]
}
