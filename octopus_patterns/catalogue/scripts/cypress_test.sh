# Runs the Cypress end-to-end tests from the octopub-cypress package against the web app just deployed.
# Set the project variable Project.CypressTest.Enabled to False to skip them.
set -euo pipefail
if [[ '#{Project.CypressTest.Enabled}' != 'True' ]]; then
  echo "Cypress tests are disabled (Project.CypressTest.Enabled)"
  exit 0
fi
cd '#{Octopus.Action.Package[octopub-cypress].ExtractedPath}'
npm ci --no-audit --no-fund
CYPRESS_BASE_URL='https://{{resource_name}}.azurewebsites.net' npx cypress run --reporter junit \
  --reporter-options 'mochaFile=results/test-[hash].xml'
for result in results/*.xml; do
  new_octopusartifact "${PWD}/${result}" "$(basename "${result}")"
done
