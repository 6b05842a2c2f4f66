# Lists the projects that "Deploy the Project" created from this template: one Terraform workspace per tenant
# in the state database {{database}}. Prints the space, name and (for config-as-code projects) Git repository.
# Needs terraform and jq on the worker.
set -euo pipefail
work_dir="$(mktemp -d)"
trap 'rm -rf "${work_dir}"' EXIT
cd "${work_dir}"
printf 'terraform {\n  backend "pg" {}\n}\n' > backend.tf

terraform init -no-color -input=false \
  -backend-config="conn_str=host=#{ThisInstance.State.Host} port=#{ThisInstance.State.Port} user=#{ThisInstance.State.Username} password=#{ThisInstance.State.Password} dbname={{database}} sslmode=disable" \
  >/dev/null

found=0
for workspace in $(terraform workspace list | tr -d '* '); do
  [[ "${workspace}" == "default" ]] && continue
  terraform workspace select "${workspace}" >/dev/null
  terraform show -json | jq -r --arg ws "${workspace}" '
    .values.root_module.resources[]? | select(.type == "octopusdeploy_project") |
    "\($ws): space \(.values.space_id), project \"\(.values.name)\" \(.values.git_library_persistence_settings[0].url // "")"'
  found=$((found + 1))
done
echo "${found} downstream deployment(s) of #{Octopus.Project.Name}"
