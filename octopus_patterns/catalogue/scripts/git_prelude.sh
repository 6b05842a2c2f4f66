# Shared by the runbooks that work on the config-as-code repositories in Gitea: where they are, and a clone URL
# carrying the credentials of the "Git" library variable set.
set -euo pipefail
gitea='{{gitea_url}}'
organization='{{organization}}'
template='{{repository}}'
user='#{Git.Credentials.Username}'
password='#{Git.Credentials.Password}'
auth_url() { echo "${gitea/:\/\//://${user}:${password}@}/${organization}/$1.git"; }

