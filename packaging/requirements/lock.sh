#!/usr/bin/env bash
# Re-lock the build dependencies: FieldKit's runtime dependencies (pyproject.toml) and the build
# tools (build.in), for Windows, macOS and Linux at once, every file pinned by its sha256.
# Run after changing either file, commit build.txt (and regenerate THIRD-PARTY-NOTICES).
# Needs uv (`pip install uv`) and the package index.
set -euo pipefail
cd "$(dirname "$0")/../.."
uv pip compile pyproject.toml packaging/requirements/build.in \
  --universal --generate-hashes --python-version 3.11 \
  --custom-compile-command packaging/requirements/lock.sh \
  -o packaging/requirements/build.txt "$@"
python packaging/requirements/check_lock.py
