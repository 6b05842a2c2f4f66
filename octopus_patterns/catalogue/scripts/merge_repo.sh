# Merges the template repository's main branch into this tenant's fork, if that can be done without conflicts.
# Needs git on the worker; the Git credentials come from the "Git" library variable set.
fork='{{fork_repository}}'

work_dir="$(mktemp -d)"
trap 'rm -rf "${work_dir}"' EXIT
git clone --quiet --branch main "$(auth_url "${fork}")" "${work_dir}/fork"
cd "${work_dir}/fork"
git config user.name 'Octopus Deploy'
git config user.email 'octopus@localhost'
git remote add upstream "$(auth_url "${template}")"
git fetch --quiet upstream main

if git merge-base --is-ancestor upstream/main HEAD; then
  echo "${organization}/${fork} already has every change from ${template}"
elif git merge --no-edit upstream/main; then
  git push --quiet origin main
  echo "Merged ${template} into ${fork}"
else
  git merge --abort
  echo "${template} can not be merged into ${fork} automatically: resolve the conflict by hand" >&2
  exit 1
fi
