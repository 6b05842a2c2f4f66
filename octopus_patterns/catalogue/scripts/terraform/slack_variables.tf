# The "Shared Slack" library variable set, holding the client's Slack bot token and support users.
variable "slack_bot_token" {
  type      = string
  sensitive = true
}

variable "slack_support_users" {
  type = string
}

resource "octopusdeploy_library_variable_set" "slack" {
  name        = "Shared Slack"
  description = "Variables related to interacting with Slack"
}

resource "octopusdeploy_variable" "bot_token" {
  owner_id        = octopusdeploy_library_variable_set.slack.id
  name            = "Slack.Bot.Token"
  type            = "Sensitive"
  is_sensitive    = true
  sensitive_value = var.slack_bot_token
}

resource "octopusdeploy_variable" "support_users" {
  owner_id = octopusdeploy_library_variable_set.slack.id
  name     = "Slack.Support.Users"
  type     = "String"
  value    = var.slack_support_users
}
