# Lets the "Deployers" team deploy the projects of the client space.
data "octopusdeploy_teams" "deployers" {
  partial_name = "Deployers"
}

data "octopusdeploy_user_roles" "project_deployer" {
  partial_name = "Project deployer"
}

resource "octopusdeploy_scoped_user_role" "project_deployer" {
  space_id = var.octopus_space_id
  team_id  = [for team in data.octopusdeploy_teams.deployers.teams : team.id if team.name == "Deployers"][0]
  user_role_id = [
    for role in data.octopusdeploy_user_roles.project_deployer.user_roles : role.id if role.name == "Project deployer"
  ][0]
}
