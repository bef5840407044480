"""Fixtures for jobs: inline (sync) runs, and a real `manage.py qcluster` subprocess."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
DEV_BUNDLES = Path(settings.PIND_BUNDLES_DIR)
DEV_VIDEO = "SeOuLfOoD03"


@pytest.fixture
def sync_queue(monkeypatch):
    """django-q2 runs tasks inline (Conf.SYNC: Q_CLUSTER is read once, at import)."""
    from django_q.conf import Conf

    monkeypatch.setattr(Conf, "SYNC", True)
    return Conf


@pytest.fixture
def bundles(tmp_path, settings):
    """A private bundles dir holding copies of dev bundles (as other ids too)."""
    root = tmp_path / "bundles"
    root.mkdir()

    def add(video_id: str, *, like: str = DEV_VIDEO, **info_changes) -> str:
        import json

        src = DEV_BUNDLES / like
        dst = root / video_id
        dst.mkdir()
        for path in src.iterdir():
            if path.name.startswith(like + "."):
                target = dst / path.name.replace(like, video_id, 1)
                if path.name.endswith(".info.json"):
                    data = json.loads(path.read_text(encoding="utf-8"))
                    data.update(id=video_id, **info_changes)
                    target.write_text(json.dumps(data), encoding="utf-8")
                elif not path.name.endswith(".mp4"):
                    shutil.copyfile(path, target)
        return video_id

    settings.PIND_BUNDLES_DIR = root
    add.root = root
    return add


def _db_url() -> str:
    s = connection.settings_dict
    host = s.get("HOST") or "127.0.0.1"
    port = s.get("PORT") or 5432
    user = s.get("USER") or "postgres"
    return f"postgres://{user}@{host}:{port}/{s['NAME']}"


class Cluster:
    def __init__(self, env: dict):
        self.env = env
        self.proc: subprocess.Popen | None = None
        self.log = None

    def start(self) -> Cluster:
        self.log = open(self.env["PIND_TEST_LOG"], "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.jobs.qcluster"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self

    def stop(self) -> None:
        # A test cluster needs no graceful shutdown: kill the whole group at once.
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        if self.log:
            self.log.close()

    def output(self) -> str:
        return Path(self.env["PIND_TEST_LOG"]).read_text(errors="replace")


@pytest.fixture
def cluster_env(tmp_path, bundles):
    """Environment for a qcluster that sees this test's database and bundles."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=_db_url(),
        PIND_DEV="1",
        PIND_SOURCE="local",
        PIND_BUNDLES_DIR=str(bundles.root),
        Q_WORKERS="2",
        Q_POLL="0.1",
        Q_GUARD_CYCLE="0.2",
        DB_CONN_MAX_AGE="0",
        LOG_LEVEL="INFO",
        PIND_TEST_LOG=str(tmp_path / "qcluster.log"),
    )
    return env


@pytest.fixture
def start_cluster(cluster_env):
    """Start a real `manage.py qcluster` (with optional env overrides); stopped after."""
    started: list[Cluster] = []

    def start(**overrides) -> Cluster:
        env = dict(cluster_env, **{k: str(v) for k, v in overrides.items()})
        cluster = Cluster(env).start()
        started.append(cluster)
        return cluster

    yield start
    for cluster in started:
        cluster.stop()


def wait_until(predicate, *, timeout: float = 20.0, interval: float = 0.1, what: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what or predicate}")
