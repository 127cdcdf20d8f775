#!/usr/bin/env bash
# The project's one test command: installs what the tests need, then runs lint, types and the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-$(command -v python3 || command -v python)}"
"$PY" -m pip install --quiet --disable-pip-version-check -e '.[test]'
"$PY" -m ruff check .
"$PY" -m ruff format --check policykg loaders ontology tests
"$PY" -m mypy
"$PY" -m policykg.cli schema --check
"$PY" -m policykg.cli ontology --check
"$PY" -m pytest "$@"
