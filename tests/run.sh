#!/usr/bin/env bash
# The project's one test command: installs what the tests need, then runs lint, types and the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-$(command -v python3 || command -v python)}"
# The browser tests need Chromium and a CJK font: install them on a Debian-like machine where we may.
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -q "Noto Sans CJK"; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  fi
fi
"$PY" -m pip install --quiet --disable-pip-version-check -e '.[test]'
"$PY" -m ruff check .
"$PY" -m ruff format --check policykg loaders ontology tests
"$PY" -m mypy
"$PY" -m policykg.cli schema --check
"$PY" -m policykg.cli ontology --check
"$PY" -m pytest "$@"
