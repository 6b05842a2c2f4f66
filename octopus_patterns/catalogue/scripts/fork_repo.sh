# "Forks" the template repository {{repository}} for this tenant: creates {{organization}}/<tenant>_<project name>
# in Gitea (if missing) and seeds its main branch from the template's main branch. A fork that already holds
# Octopus configuration is left alone. Needs git and curl on the worker; the Git credentials come from the
# "Git" library variable set.
fork='{{fork_repository}}'

if ! curl --fail --silent --output /dev/null --user "${user}:${password}" \
  "${gitea}/api/v1/repos/${organization}/${fork}"; then
  curl --fail --silent --show-error --output /dev/null --user "${user}:${password}" \
    --header 'Content-Type: application/json' --data "{\"name\": \"${fork}\"}" \
    "${gitea}/api/v1/orgs/${organization}/repos"
  echo "Created ${organization}/${fork}"
fi

work_dir="$(mktemp -d)"
trap 'rm -rf "${work_dir}"' EXIT
git clone --quiet "$(auth_url "${fork}")" "${work_dir}/fork"
cd "${work_dir}/fork"
if git ls-remote --exit-code --heads origin main >/dev/null && git checkout --quiet main && [[ -d .octopus ]]; then
  echo "${organization}/${fork} is already forked from ${template}"
  exit 0
fi
git remote add upstream "$(auth_url "${template}")"
git fetch --quiet upstream main
git checkout --quiet -B main upstream/main
# Only reached when the fork has no Octopus configuration yet, so nothing of value is overwritten.
git push --quiet --force origin main
echo "Forked ${organization}/${template} to ${organization}/${fork}"
