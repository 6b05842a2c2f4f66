# WARNING: destructive. Deletes the resource group that holds this environment's web app.
set -euo pipefail
name='{{resource_name}}'
if [[ "$(az group exists --name "${name}")" == "true" ]]; then
  az group delete --name "${name}" --yes
  echo "Deleted resource group ${name}"
else
  echo "Resource group ${name} does not exist"
fi
remove_octopustarget --name "${name}" || true
