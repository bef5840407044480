#!/usr/bin/env bash
# Start pind on the embedded default: SQLite under var/, django-q2 on the same database,
# offline backends. Web on :8000 and one worker; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBUG="${DEBUG:-true}"
export PIND_DEV="${PIND_DEV:-1}"
PY=.venv/bin/python
$PY manage.py migrate --noinput
$PY manage.py qcluster &
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM
$PY manage.py runserver "${PORT:-0.0.0.0:8000}" --noreload
