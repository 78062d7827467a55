#!/usr/bin/env bash
# Mutation testing of the modules that decide a town's result or guard stored data
# (the list is [tool.mutmut] in pyproject.toml), then the score per module.
# Arguments go to scripts/mutation_run.py, e.g. a mutant name pattern: "desktop_app.domain.scoring*";
# the mutants listed as equivalent are left out unless --with-equivalents.
# A stopped run resumes where it stopped; results are kept in mutants/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
ensure_venv "[test,mutation]"
export QT_QPA_PLATFORM=offscreen
# The mutated modules hold every mutant: compiling them once instead of in every process saves minutes.
unset PYTHONDONTWRITEBYTECODE
# Quicker tests first, fewer and fixed property examples (tests/property_budget.py).
export DESK_MUTATION_RUN=1
.venv/bin/python scripts/mutation_run.py --jobs "${MUTATION_JOBS:-$(nproc)}" "$@"
exec .venv/bin/python scripts/mutation_report.py --survivors
