"""Placeholder secrets are refused; PIND_HTTPS turns on Secure cookies and HSTS (#11.5)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRINT = (
    "import pind.settings as s; print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
    "s.SECURE_HSTS_SECONDS)"
)


def run_settings(code="import pind.settings", **env):
    clean = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "PIND_DEV", "DEBUG")}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "key", ["change-me-in-production", "CHANGE-ME", "secret", "django-insecure-abc123"]
)
def test_a_placeholder_secret_key_stops_startup_when_debug_is_off(key):
    result = run_settings(SECRET_KEY=key, DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY is a published placeholder" in result.stderr


def test_a_placeholder_jwt_signing_key_is_refused_too():
    result = run_settings(SECRET_KEY="k" * 50, JWT_SIGNING_KEY="changeme", DEBUG="false")
    assert result.returncode != 0
    assert "JWT_SIGNING_KEY is a published placeholder" in result.stderr


def test_a_placeholder_is_allowed_for_a_debug_run():
    assert run_settings(SECRET_KEY="change-me-in-production", DEBUG="true").returncode == 0


def test_compose_ships_no_secret_key_default():
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "change-me-in-production" not in compose


def test_https_mode_sets_secure_cookies_and_hsts():
    result = run_settings(PRINT, SECRET_KEY="k" * 50, PIND_HTTPS="true")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "31536000"]


def test_plain_http_mode_keeps_cookies_usable_over_http():
    result = run_settings(PRINT, SECRET_KEY="k" * 50)
    assert result.stdout.split() == ["False", "False", "0"]


@pytest.mark.django_db
def test_hsts_header_and_secure_session_cookie_over_https(client, settings, user, password):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SESSION_COOKIE_SECURE = True
    login = client.post("/login/", {"username": user.email, "password": password}, secure=True)
    assert login.status_code == 302
    assert login.cookies["sessionid"]["secure"] is True
    assert login["Strict-Transport-Security"].startswith("max-age=31536000")
