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


# Waits below are for events (a worker says it is ready, the Job row reaches a step or a
# status); this is only how long a wait may go before the test calls the run hung. A busy
# machine (make test under `stress --cpu 4` on 2 cores) makes events late, never wrong.
HANG_S = float(os.environ.get("PIND_TEST_HANG_S", 600))


@pytest.fixture(scope="session", autouse=True)
def warm_analyser():
    """Load the Korean analyser and the region index once for the whole session (inline
    runs use them in this process; clusters warm in their parent, see qcluster.py)."""
    from places.extraction import warm_up

    warm_up()


class Cluster:
    def __init__(self, env: dict):
        self.env = env
        self.proc: subprocess.Popen | None = None
        self.log = None
        self.ready_dir = Path(env["PIND_TEST_READY_DIR"])

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

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_ready(self) -> Cluster:
        """Until every worker has warmed up and waits for tasks (the ready signal each
        worker writes, tests/jobs/qcluster.py); fails at once if the cluster died."""
        workers = int(self.env.get("Q_WORKERS", 2))
        wait_until(
            lambda: len(list(self.ready_dir.glob("worker-*"))) >= workers,
            what="the cluster's workers to be ready",
            cluster=self,
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
        PIND_TEST_PARENT=str(os.getpid()),
    )
    return env


@pytest.fixture
def start_cluster(cluster_env):
    """Start a real `manage.py qcluster` (with optional env overrides); stopped after."""
    started: list[Cluster] = []

    def start(*, ready: bool = True, **overrides) -> Cluster:
        n = len(started)
        ready_dir = Path(cluster_env["PIND_TEST_LOG"]).with_name(f"ready-{n}")
        ready_dir.mkdir()
        env = dict(cluster_env, **{k: str(v) for k, v in overrides.items()})
        env.update(PIND_TEST_READY_DIR=str(ready_dir))
        if n:
            env["PIND_TEST_LOG"] = str(Path(env["PIND_TEST_LOG"]).with_suffix(f".{n}.log"))
        cluster = Cluster(env).start()
        started.append(cluster)
        return cluster.wait_ready() if ready else cluster

    yield start
    for cluster in started:
        cluster.stop()


def wait_until(predicate, *, what: str, interval: float = 0.1, cluster: Cluster | None = None):
    """Poll `predicate` until it is true: an event, however late. Fails early only when
    the cluster it depends on has died, or after HANG_S (a hung run, not a slow one)."""
    deadline = time.monotonic() + HANG_S
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        if cluster is not None and not cluster.alive():
            raise AssertionError(
                f"the cluster died waiting for {what}:\n{cluster.output()[-3000:]}"
            )
        time.sleep(interval)
    raise AssertionError(f"no {what} after {HANG_S:.0f} s: the run looks hung")
