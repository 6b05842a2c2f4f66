# The client's own space, managed by the administrators team.
variable "space_name" {
  type = string
}

resource "octopusdeploy_space" "client" {
  name                 = var.space_name
  description          = "A space for team ${var.space_name}."
  space_managers_teams = ["teams-administrators"]
}

output "space_id" {
  value = octopusdeploy_space.client.id
}
