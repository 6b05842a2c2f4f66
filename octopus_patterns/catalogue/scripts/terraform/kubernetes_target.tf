# The client's Kubernetes cluster as target "Kind" (role k8s) in Development, Test and Production,
# authenticating with the client certificate "Kind Client" (a certificate and private key, PEM or PFX; the
# PFX password, if any, in k8s_client_cert_password).
variable "k8s_cluster_url" {
  type = string
}

variable "k8s_client_cert" {
  type      = string
  sensitive = true
}

variable "k8s_client_cert_password" {
  type      = string
  sensitive = true
  default   = ""
}

data "octopusdeploy_environments" "all" {
  take = 100
}

locals {
  target_environments = [
    for env in data.octopusdeploy_environments.all.environments : env.id
    if contains(["Development", "Test", "Production"], env.name)
  ]
}

resource "octopusdeploy_certificate" "client" {
  name             = "Kind Client"
  certificate_data = var.k8s_client_cert
  # The provider wants a password of at least one character, or none at all.
  password = var.k8s_client_cert_password == "" ? null : var.k8s_client_cert_password
}

resource "octopusdeploy_kubernetes_cluster_deployment_target" "kind" {
  name                  = "Kind"
  cluster_url           = var.k8s_cluster_url
  environments          = local.target_environments
  roles                 = ["k8s"]
  skip_tls_verification = true

  certificate_authentication {
    client_certificate = octopusdeploy_certificate.client.id
  }
}
