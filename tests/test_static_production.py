"""Production static files: collectstatic with the hashed, compressed manifest, then the
pages under DEBUG=false link to the hashed files and WhiteNoise serves them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import django, re
django.setup()
from django.test import Client
client = Client()
for path in ("/", "/login/", "/register/"):
    page = client.get(path)
    assert page.status_code == 200, (path, page.status_code)
    html = page.content.decode()
    hashed = re.findall(r'/static/([^"]+\\.[0-9a-f]{12}\\.(?:css|js))', html)
    assert hashed, (path, "no hashed static link")
    for name in hashed:
        got = client.get("/static/" + name, HTTP_ACCEPT_ENCODING="gzip")
        assert got.status_code == 200, name
        assert "immutable" in got["Cache-Control"], got["Cache-Control"]
missing = client.get("/static/css/nope.css")
assert missing.status_code == 404
print("ok")
"""


def test_collectstatic_then_pages_serve_hashed_files_with_debug_off(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PIND_DEV", "DEBUG", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="pind.settings",
        SECRET_KEY="production-like-test-key-" + "x" * 40,
        DEBUG="false",
        PIND_MANIFEST_STATIC="true",
        STATIC_ROOT=str(tmp_path / "static"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        PIND_VAR_DIR=str(tmp_path / "var"),
    )
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    collected = run("manage.py", "collectstatic", "--noinput", "-v0")
    assert collected.returncode == 0, collected.stderr
    manifest = tmp_path / "static" / "staticfiles.json"
    assert manifest.exists()
    assert any((tmp_path / "static").rglob("*.css.gz"))
    checked = run("-c", CHECK)
    assert checked.returncode == 0, checked.stderr[-3000:]
    assert checked.stdout.strip().endswith("ok")
