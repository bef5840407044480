"""Fail early, and say how to fix it, when the test database does not answer."""

import os
import sys

import psycopg

url = os.environ.get("DATABASE_URL", "")
try:
    # The server's maintenance database: the test database itself is created by pytest.
    base = url.rsplit("/", 1)[0] + "/postgres"
    psycopg.connect(base, connect_timeout=5).close()
except Exception as exc:
    print(f"PostgreSQL does not answer at {url}: {exc}", file=sys.stderr)
    print(
        "Start it with:  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n"
        "or point DATABASE_URL at one (e.g. `docker compose up -d db` and "
        "DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/pind).",
        file=sys.stderr,
    )
    sys.exit(2)
