# For every tenant fork of the template repository {{repository}}, reports whether the template has changes
# the fork does not have yet, and whether merging them would conflict. The forks are read from the Terraform
# state "__ 2. Fork and Deploy Project" keeps in the database {{database}}: one workspace per tenant's project,
# whose project points at its fork (named after the tenant and the "Project Name" it was deployed with).
# Needs git, terraform and jq on the worker.
work_dir="$(mktemp -d)"
trap 'rm -rf "${work_dir}"' EXIT

mkdir "${work_dir}/state"
cd "${work_dir}/state"
printf 'terraform {\n  backend "pg" {}\n}\n' > backend.tf
terraform init -no-color -input=false \
  -backend-config="conn_str=host=#{ThisInstance.State.Host} port=#{ThisInstance.State.Port} user=#{ThisInstance.State.Username} password=#{ThisInstance.State.Password} dbname={{database}} sslmode=disable" \
  >/dev/null
forks=()
for workspace in $(terraform workspace list | tr -d '* '); do
  [[ "${workspace}" == "default" ]] && continue
  terraform workspace select "${workspace}" >/dev/null
  url="$(terraform show -json | jq -r '
    [.values.root_module.resources[]? | select(.type == "octopusdeploy_project") | .values |
      (.git_library_persistence_settings // .git_username_password_persistence_settings //
       .git_anonymous_persistence_settings // [])[0].url // empty] | first // empty')"
  if [[ "${url}" != "${gitea}/${organization}/"*.git ]]; then
    echo "${workspace}: no fork of ${template} in ${gitea}/${organization} (${url:-no Git repository})"
    continue
  fi
  fork="${url#"${gitea}/${organization}/"}"
  forks+=("${fork%.git}")
done

git clone --quiet --branch main "$(auth_url "${template}")" "${work_dir}/template"
cd "${work_dir}/template"
git config user.name 'Octopus Deploy'
git config user.email 'octopus@localhost'
for fork in "${forks[@]}"; do
  git fetch --quiet "$(auth_url "${fork}")" "main:fork-${fork}"
  if git merge-base --is-ancestor main "fork-${fork}"; then
    echo "${fork}: up to date"
  elif git checkout --quiet "fork-${fork}" && git merge --no-commit --no-ff main >/dev/null 2>&1; then
    echo "${fork}: updates available, merge is clean"
  else
    echo "${fork}: updates available, merge has conflicts"
  fi
  git merge --abort >/dev/null 2>&1 || true
  git checkout --quiet main
done
echo "${#forks[@]} fork(s) of ${template}"
