# A project group the client space's projects are deployed into.
variable "project_group_name" {
  type = string
}

variable "project_group_description" {
  type = string
}

resource "octopusdeploy_project_group" "group" {
  name        = var.project_group_name
  description = var.project_group_description
}
