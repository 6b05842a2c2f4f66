# Docker Hub, with the client's own credentials (pulls by anonymous users are heavily rate limited).
variable "docker_username" {
  type = string
}

variable "docker_password" {
  type      = string
  sensitive = true
}

resource "octopusdeploy_docker_container_registry" "docker_hub" {
  name        = "Docker"
  feed_uri    = "https://index.docker.io"
  api_version = "v2"
  username    = var.docker_username
  password    = var.docker_password
}
