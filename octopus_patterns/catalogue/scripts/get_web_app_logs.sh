# Downloads the web app's logs and attaches them to this run as an artifact. Non-destructive.
set -euo pipefail
name='{{resource_name}}'
az webapp log config --resource-group "${name}" --name "${name}" \
  --docker-container-logging filesystem --output none
az webapp log download --resource-group "${name}" --name "${name}" --log-file "${name}-logs.zip"
new_octopusartifact "${PWD}/${name}-logs.zip" "${name}-logs.zip"
