# Creates (or updates) the resource group, App Service plan and container web app for this space, project and
# environment, and registers the web app as an Octopus target with the role the deploy step runs on.
set -euo pipefail
name='{{resource_name}}'
az group create --name "${name}" --location '{{location}}' --output none
az appservice plan create --resource-group "${name}" --name "${name}" --is-linux --sku B1 --output none
az webapp create --resource-group "${name}" --plan "${name}" --name "${name}" \
  --deployment-container-image-name '#{Azure.WebApp.PackageId}' --output none
new_octopustarget --name "${name}" --octopus-target-type "azurewebapp" --update-if-existing \
  --inputs "{\"resourceGroupName\": \"${name}\", \"webAppName\": \"${name}\", \"account\": \"#{Octopus.Action.Azure.AccountId}\"}" \
  --roles '{{target_role}}'
echo "Web app ${name} is ready"
