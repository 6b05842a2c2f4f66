# Exports this project to Terraform with octoterra and pushes the result to the built-in feed as package
# {{package_id}}. "Deploy the Project" applies its space_population directory to a tenant's space.
# Needs octoterra (or Docker to run its image), zip and curl on the worker.
set -euo pipefail
package_id='{{package_id}}'
version="1.0.$(date -u +%s)"
work_dir="$(mktemp -d)"
trap 'rm -rf "${work_dir}"' EXIT
export_dir="${work_dir}/export"
mkdir "${export_dir}"

options=(
  -apiKey '#{ThisInstance.Api.Key}'
  -space '#{Octopus.Space.Id}'
  -projectName '#{Octopus.Project.Name}'
  -terraformBackend pg
  -lookupProjectDependencies
  -defaultSecretVariableValues
  -detachProjectTemplates
  # A downstream project may be moved to another group, renamed and given other variable values: redeploying
  # the template leaves those edits alone.
  -ignoreProjectGroupChanges
  -ignoreProjectNameChanges
  -ignoreProjectVariableChanges
  # Variables named Private.* stay with the template.
  -excludeProjectVariableRegex 'Private\..*'
  # The management runbooks stay behind.
  -excludeRunbook '__ 1. Serialize Project'
  -excludeRunbook '__ 2. Deploy Project'
  -excludeRunbook '__ 2. Fork and Deploy Project'
  -excludeRunbook '__ 3. Merge with Downstream Project'
  -excludeRunbook '__ 4. List Downstream Projects'
  -excludeRunbook '__ 5. Find Updates'
  {{extra_options}}
)
# So do the sets only the management space has (comma-separated names; blanks around a name are ignored).
IFS=',' read -r -a ignored_sets <<<'{{ignored_library_variable_sets}}'
for name in "${ignored_sets[@]}"; do
  read -r name <<<"${name}"
  if [[ -n "${name}" ]]; then
    options+=(-excludeLibraryVariableSet "${name}")
  fi
done

if command -v octoterra >/dev/null; then
  octoterra -url '#{ThisInstance.Server.InternalUrl}' -dest "${export_dir}" "${options[@]}"
else
  docker run --rm --volume "${export_dir}:/export" octopussamples/octoterra \
    -url '#{ThisInstance.Server.Url}' -dest /export "${options[@]}"
fi

package="${work_dir}/${package_id}.${version}.zip"
(cd "${export_dir}" && zip --quiet --recurse-paths "${package}" .)
curl --fail --silent --show-error \
  --header 'X-Octopus-ApiKey: #{ThisInstance.Api.Key}' \
  --form "file=@${package}" \
  '#{ThisInstance.Server.InternalUrl}/api/#{Octopus.Space.Id}/packages/raw?replace=false'
echo "Pushed ${package_id} ${version} to the built-in feed"
