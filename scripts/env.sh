# Sourced by the scripts: the project's venv first on PATH (cdktf runs `python3 main.py`, provisioners run
# `python3 -m octopus_patterns...`), and the cdktf/jsii/Terraform switches that keep output quiet and offline.
PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PROJECT_DIR/.venv/bin:$PROJECT_DIR/node_modules/.bin:$PATH"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
export CHECKPOINT_DISABLE=1
export CDKTF_DISABLE_PLUGIN_CACHE_ENV=1
cd "$PROJECT_DIR"
