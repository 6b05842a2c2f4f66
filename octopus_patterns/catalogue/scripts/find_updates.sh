# For every tenant fork of the template repository {{repository}}, reports whether the template has changes
# the fork does not have yet, and whether merging them would conflict. Forks are found as
# {{organization}}/<tenant>_<project> repositories. Needs git, curl and jq on the worker.
suffix="_${template}"

work_dir="$(mktemp -d)"
trap 'rm -rf "${work_dir}"' EXIT
git clone --quiet --branch main "$(auth_url "${template}")" "${work_dir}/template"
cd "${work_dir}/template"
git config user.name 'Octopus Deploy'
git config user.email 'octopus@localhost'

forks="$(curl --fail --silent --show-error --user "${user}:${password}" \
  "${gitea}/api/v1/orgs/${organization}/repos?limit=50" | jq -r '.[].name' | grep -- "${suffix}\$" || true)"
for fork in ${forks}; do
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
