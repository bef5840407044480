"""Queue: N trivial tasks on W workers, django-q2 as pind configures it vs Celery + Redis.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/pind_bench \
        .venv/bin/python bench/queue_bench.py [--tasks 200] [--workers 2] [--rounds 5]

Each queue is started, warmed (its workers ready, two probe tasks through), then sent all
tasks at once, `rounds` times; every task notes when it started and ended
(bench/queue_tasks.py, in a Redis list). Round trip: first enqueue to last task done.
Start: enqueue to start, per task. Figures are medians over the rounds.
django-q2 runs `manage.py qcluster` with pind's settings (Q_* from the environment, else
pind's defaults) on the bench database; tasks are enqueued as pind enqueues a job (hook,
timeout), one `async_task` each, or (the batch row) inside `jobs.queue.batch()`, as
`manage.py reprocess_videos` and the reaper send theirs. The stock row is django-q2's own
ORM broker (`Q_BROKER_CLASS=`), the reference for jobs/broker.py. Celery: a bare app
(bench/celery_app.py), prefork, Redis broker, no results, one `delay` per task.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import Group, child_env, median, pct, setup_django, wait_for  # noqa: E402

TIMEOUT = 180


def _collect(client, key: str, n: int, what: str) -> list[tuple[float, float, float]]:
    wait_for(lambda: client.llen(key) >= n, timeout=TIMEOUT, what=what)
    return [tuple(map(float, raw.split())) for raw in client.lrange(key, 0, -1)]


def _figures(records, first_enqueue: float) -> dict:
    starts = [start - enq for enq, start, _ in records]
    last_end = max(end for _, _, end in records)
    return {
        "round_trip": last_end - first_enqueue,
        "enqueue": max(enq for enq, _, _ in records) - first_enqueue,
        "drain": last_end - max(enq for enq, _, _ in records),
        "start_p50": median(starts),
        "start_p90": pct(starts, 90),
    }


def run_django_q(
    client, *, tasks: int, workers: int, rounds: int, log: Path, batch: bool = False
) -> list[dict]:
    import contextlib

    from django.conf import settings
    from django_q.models import OrmQ, Task
    from django_q.tasks import async_task

    from jobs import queue

    OrmQ.objects.all().delete()
    Task.objects.all().delete()
    env = child_env(Q_WORKERS=workers, LOG_LEVEL="INFO")

    def send(key: str) -> None:
        async_task(
            "bench.queue_tasks.trivial",
            key,
            time.time(),
            hook="jobs.tasks.on_task_done",
            timeout=settings.PIND_JOB_TIMEOUT,
            **queue.batched(),
        )

    results = []
    with Group([sys.executable, "manage.py", "qcluster"], env=env, log=log) as cluster:
        # Ready: every worker has warmed up (jobs.apps logs it), then probes go through.
        wait_for(
            lambda: cluster.output().count("warmed up") >= workers,
            timeout=TIMEOUT,
            what="django-q2 workers to warm up",
        )
        probe = f"bench:probe:{uuid.uuid4()}"
        for _ in range(workers):
            send(probe)
        _collect(client, probe, workers, "django-q2 probes")
        for _ in range(rounds):
            key = f"bench:q2:{uuid.uuid4()}"
            first = time.time()
            with queue.batch(size=tasks) if batch else contextlib.nullcontext():
                for _ in range(tasks):
                    send(key)
            results.append(_figures(_collect(client, key, tasks, "django-q2 tasks"), first))
            client.delete(key)
    return results


def run_celery(client, *, tasks: int, workers: int, rounds: int, log: Path) -> list[dict]:
    from bench.celery_app import app, trivial

    app.control.purge()
    args = [
        sys.executable, "-m", "celery", "-A", "bench.celery_app", "worker",
        "--pool", "prefork", "-c", str(workers), "--without-gossip", "--without-mingle",
        "--without-heartbeat", "-l", "WARNING",
    ]  # fmt: skip
    results = []
    with Group(args, env=child_env(), log=log):
        probe = f"bench:probe:{uuid.uuid4()}"
        for _ in range(workers):
            trivial.delay(probe, time.time())
        _collect(client, probe, workers, "celery probes")
        for _ in range(rounds):
            key = f"bench:celery:{uuid.uuid4()}"
            first = time.time()
            for _ in range(tasks):
                trivial.delay(key, time.time())
            results.append(_figures(_collect(client, key, tasks, "celery tasks"), first))
            client.delete(key)
    return results


PARTS = {
    "orm": ("django-q2 on PostgreSQL (pind's broker)", {}),
    "orm-batch": ("… the same, sent as one batch", {}),
    "orm-stock": ("… django-q2's own ORM broker", {"Q_BROKER_CLASS": ""}),
    "redis": ("django-q2 on Redis (Q_USE_REDIS=1)", {"Q_USE_REDIS": "1"}),
    "celery": ("Celery + Redis (reference)", {}),
}


def run_part(part: str, common: dict) -> list[dict]:
    """In a process of its own: django-q2 reads its broker from the settings at import."""
    setup_django()
    import os

    import redis

    client = redis.Redis.from_url(os.environ["BENCH_REDIS_URL"])
    log = Path(tempfile.mkdtemp(prefix="pind-bench-queue-")) / f"{part}.log"
    if part == "celery":
        return run_celery(client, log=log, **common)
    return run_django_q(client, log=log, batch=part == "orm-batch", **common)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--part", choices=sorted(PARTS))
    args = parser.parse_args(argv)
    common = {"tasks": args.tasks, "workers": args.workers, "rounds": args.rounds}
    if args.part:
        print(json.dumps(run_part(args.part, common)))
        return {}
    import os

    figures = {}
    for part, (_, env) in PARTS.items():
        redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
        env = dict(os.environ, **env, REDIS_URL=redis_url)
        argv = [sys.executable, __file__, "--part", part]
        argv += [f"--{k}={v}" for k, v in common.items()]
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            print(done.stdout[-2000:], done.stderr[-2000:])
            raise SystemExit(f"bench: queue part {part} failed")
        runs = json.loads(done.stdout.strip().splitlines()[-1])
        figures[part] = {k: median([r[k] for r in runs]) for k in runs[0]}
        figures[part]["round_trips"] = [r["round_trip"] for r in runs]
    celery = figures["celery"]
    print(
        f"\nQueue: {args.tasks} trivial tasks, {args.workers} workers, "
        f"median of {args.rounds} rounds"
    )
    print(
        f"  {'':<40} round trip  × Celery  start p50 (Celery's)   p90"
        "   enqueue + drain   (each round)"
    )
    for part, (label, _) in PARTS.items():
        f = figures[part]
        rounds = " ".join(f"{r:.2f}" for r in f["round_trips"])
        print(
            f"  {label:<40} {f['round_trip']:6.2f} s {f['round_trip'] / celery['round_trip']:7.2f}×"
            f"  {f['start_p50']:6.3f} s ({celery['start_p50']:.3f} s) {f['start_p90']:5.2f} s"
            f"  {f['enqueue']:5.2f} + {f['drain']:4.2f} s   ({rounds})"
        )
    print("  targets: enqueue→start p50 < 0.5 s; round trip ≤ 1.5× Celery's")
    return figures


if __name__ == "__main__":
    main()
