#!/usr/bin/env bash
# Start pind on the embedded default: SQLite under var/, django-q2 on the same database,
# offline backends. Web on :8000 and one worker; Ctrl-C (or SIGTERM) stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBUG="${DEBUG:-true}"
export PIND_DEV="${PIND_DEV:-1}"
PY=.venv/bin/python
$PY manage.py migrate --noinput
$PY manage.py qcluster &
WORKER=$!
$PY manage.py runserver "${PORT:-0.0.0.0:8000}" --noreload &
WEB=$!
trap 'kill $WORKER $WEB 2>/dev/null || true; wait' EXIT INT TERM
# Whichever stops first (or a signal) brings the other down.
wait -n $WORKER $WEB
