# Restarts the web app. Non-destructive, but the app is briefly unavailable.
set -euo pipefail
name='{{resource_name}}'
az webapp restart --resource-group "${name}" --name "${name}"
echo "Restarted ${name}"
