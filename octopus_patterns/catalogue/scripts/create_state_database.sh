# Creates the Postgres database that holds this runbook's Terraform state, unless it exists already.
# The connection comes from the "This Instance" library variable set; psql must be on the worker.
set -euo pipefail
export PGHOST='#{ThisInstance.State.Host}'
export PGPORT='#{ThisInstance.State.Port}'
export PGUSER='#{ThisInstance.State.Username}'
export PGPASSWORD='#{ThisInstance.State.Password}'
database='{{database}}'

database_exists() {
  [[ "$(psql --dbname postgres --tuples-only --no-align \
    --command "SELECT 1 FROM pg_database WHERE datname = '${database}'")" == "1" ]]
}

if database_exists; then
  echo "The state database ${database} already exists"
# Another tenant's run may create it at the same moment: only fail if it is still missing afterwards.
elif psql --dbname postgres --command "CREATE DATABASE \"${database}\"" || database_exists; then
  echo "The state database ${database} is ready"
else
  echo "Could not create the state database ${database}" >&2
  exit 1
fi
