#!/usr/bin/env bash
# Set up (first time) and start the application on the demo year.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
ensure_venv ""
exec .venv/bin/python -m desktop_app "$@"
