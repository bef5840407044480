import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _import_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "PIND_DEV", "DEBUG")}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import pind.settings"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_missing_secret_key_stops_startup_when_debug_is_off():
    result = _import_settings(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_bad_boolean_value_is_a_clear_error():
    result = _import_settings(DEBUG="maybe", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_wildcard_cors_origin_is_refused():
    result = _import_settings(SECRET_KEY="x" * 50, CORS_ALLOWED_ORIGINS="*")
    assert result.returncode != 0
    assert "CORS_ALLOWED_ORIGINS" in result.stderr


def test_starts_with_a_secret_key_and_no_database_url():
    result = _import_settings(SECRET_KEY="x" * 50, DATABASE_URL="")
    assert result.returncode == 0, result.stderr


def test_throttle_state_is_in_a_cache_shared_by_processes(settings):
    backend = settings.CACHES["default"]["BACKEND"]
    assert "locmem" not in backend.lower()
    assert backend.endswith(("DatabaseCache", "RedisCache"))
