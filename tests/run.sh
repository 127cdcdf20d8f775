#!/usr/bin/env bash
# The project's one test command: installs what the tests need, then runs lint, types and the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check -e '.[test]'
python -m ruff check .
python -m ruff format --check policykg loaders ontology tests
python -m mypy
python -m policykg.cli schema --check
python -m pytest "$@"
