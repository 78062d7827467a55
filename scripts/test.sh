#!/usr/bin/env bash
# Set up (first time) and run every test, headless.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
ensure_venv "[test]"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
