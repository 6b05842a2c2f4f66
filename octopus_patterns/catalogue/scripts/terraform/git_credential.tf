# The credential config-as-code projects in the client space use to reach the Git server.
variable "git_username" {
  type = string
}

variable "git_password" {
  type      = string
  sensitive = true
}

resource "octopusdeploy_git_credential" "git" {
  name     = "Git"
  type     = "UsernamePassword"
  username = var.git_username
  password = var.git_password
}
