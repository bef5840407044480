"""A database outage is a 503 the client can retry, and a worker waits it out (#11.6).

Real connection failures: the server and the worker are separate processes pointed at a
port where nothing listens.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.faults.netutil import Forwarder, free_port

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow
SECRET_KEY = "outage-test-" + "k" * 40


def _env(database_url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PIND_DEV", "REDIS_URL")}
    env.update(
        DATABASE_URL=database_url,
        DEBUG="false",
        SECRET_KEY=SECRET_KEY,
        PYTHONPATH=str(ROOT),
        DB_CONN_MAX_AGE="0",
        LOG_LEVEL="INFO",
    )
    return env


def _access_token() -> str:
    """A well-signed token: only loading its user needs the database."""
    import jwt

    now = int(time.time())
    claims = {"token_type": "access", "exp": now + 300, "iat": now, "jti": "x", "user_id": 1}
    return jwt.encode(claims, SECRET_KEY, algorithm="HS256")


def _wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting for {what}")


@pytest.fixture
def server_on_a_dead_database():
    dead = free_port()  # nothing listens here
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "pind.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--timeout",
            "30",
        ],
        cwd=ROOT,
        env=_env(f"postgres://postgres@127.0.0.1:{dead}/pind"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"

    def up():
        try:
            return requests.get(base + "/healthz", timeout=5).status_code
        except requests.ConnectionError:
            return None

    try:
        _wait_for(up, 60, "gunicorn to start")
        yield base
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_api_answers_503_database_unavailable_with_retry_after(server_on_a_dead_database):
    base = server_on_a_dead_database
    calls = [
        ("post", "/auth/login", {"json": {"email": "a@example.com", "password": "x" * 10}}),
        ("post", "/api/v1/youtube/process", {"json": {"url": "dQw4w9WgXcQ"}}),
        ("get", "/api/v1/jobs", {"headers": {"Authorization": f"Bearer {_access_token()}"}}),
        ("get", "/api/v1/jobs/00000000-0000-4000-8000-000000000000/status", {}),
    ]
    for method, path, kwargs in calls:
        resp = requests.request(method, base + path, timeout=20, **kwargs)
        assert resp.status_code == 503, (path, resp.status_code, resp.text[:300])
        assert resp.headers["Content-Type"].startswith("application/json"), path
        body = resp.json()
        assert body["code"] == "database_unavailable", path
        assert "database" in body["detail"].lower()
        assert int(resp.headers["Retry-After"]) > 0


def test_pages_answer_503_with_a_plain_page(server_on_a_dead_database):
    resp = requests.get(
        server_on_a_dead_database + "/history/", cookies={"sessionid": "x" * 32}, timeout=20
    )
    assert resp.status_code == 503
    assert "briefly unavailable" in resp.text
    assert "Traceback" not in resp.text and "OperationalError" not in resp.text


def test_healthz_reports_the_outage(server_on_a_dead_database):
    resp = requests.get(server_on_a_dead_database + "/healthz", timeout=20)
    assert resp.status_code == 503


def _health(env: dict) -> int:
    """The worker container's health check, as compose runs it."""
    return subprocess.run(
        [sys.executable, "manage.py", "worker_health"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=60,
    ).returncode


@pytest.mark.django_db(transaction=True)
def test_a_worker_started_during_an_outage_waits_and_starts_when_the_database_returns(
    tmp_path,
):
    from django.db import connection

    settings_dict = connection.settings_dict
    port = free_port()
    forwarder = Forwarder(
        port, (settings_dict["HOST"] or "127.0.0.1", int(settings_dict["PORT"] or 5432))
    )
    url = f"postgres://{settings_dict['USER']}@127.0.0.1:{port}/{settings_dict['NAME']}"
    env = _env(url) | {"Q_WORKERS": "1", "PIND_DB_WAIT_SECONDS": "0"}
    log = tmp_path / "qcluster.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_for(
            lambda: log.read_text().count("waiting for the database") >= 2,
            60,
            "the worker to retry",
        )
        assert proc.poll() is None, "the worker exited during the outage"
        assert _health(env) != 0
        forwarder.open()  # the database comes back
        _wait_for(lambda: "database reachable" in log.read_text(), 90, "the worker to connect")
        _wait_for(lambda: "running." in log.read_text(), 90, "the cluster to start")
        assert proc.poll() is None
        _wait_for(lambda: _health(env) == 0, 60, "the worker's health check to pass")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        forwarder.close()
        text = log.read_text()
    assert "Traceback" not in text.split("database reachable")[0]
