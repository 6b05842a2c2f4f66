# Runs "kubectl {{kubectl_verb}}" for each pod of this project's deployment, in the namespace of the
# environment the runbook runs in. Octopus has already pointed kubectl at the target cluster.
set -euo pipefail
namespace='{{namespace}}'
app='{{app_name}}'

pods="$(kubectl get pods --namespace "${namespace}" --output name | grep -- "^pod/${app}" || true)"
if [[ -z "${pods}" ]]; then
  echo "No pods of ${app} in namespace ${namespace}"
  exit 0
fi
for pod in ${pods}; do
  echo "=== ${pod}"
  kubectl {{kubectl_verb}} --namespace "${namespace}" "${pod}"
done
