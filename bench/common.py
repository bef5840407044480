"""Shared by the bench scripts: a scratch database, process groups that always end, and
percentiles. Everything runs on 127.0.0.1."""

from __future__ import annotations

import contextlib
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_DB = "postgres://postgres@127.0.0.1:5432/pind_bench"
BENCH_REDIS = "redis://127.0.0.1:6379/3"


def setup_django() -> None:
    """Point Django at the bench database (BENCH_DATABASE_URL), create it, migrate."""
    url = os.environ.get("BENCH_DATABASE_URL", BENCH_DB)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pind.settings")
    os.environ.setdefault("PIND_DEV", "1")
    os.environ.setdefault("BENCH_REDIS_URL", BENCH_REDIS)
    sys.path.insert(0, str(ROOT))
    _create_database(url)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _create_database(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def child_env(**extra) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.update({k: str(v) for k, v in extra.items()})
    return env


class Group:
    """A subprocess in a session of its own; `stop` ends it and everything it started."""

    def __init__(self, args: list[str], *, env: dict, log: Path):
        self.log = open(log, "wb")  # noqa: SIM115
        self.path = log
        self.proc = subprocess.Popen(
            args,
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def output(self) -> str:
        return self.path.read_text(errors="replace")

    def stop(self) -> None:
        for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=wait)
                break
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.log.close()

    def __enter__(self) -> Group:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def wait_for(predicate, *, timeout: float, what: str, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := predicate():
            return value
        time.sleep(interval)
    raise SystemExit(f"bench: gave up waiting for {what} after {timeout:.0f} s")


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def row(label: str, value: str, reference: str = "", note: str = "") -> None:
    print(f"  {label:<34} {value:<26} {reference:<30} {note}".rstrip())
