"""Measure the job path: enqueue rate, and end to end time on the dev bundles.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pind_jobs_bench \
        .venv/bin/python bench/jobs_bench.py [--submits 500]

Uses (and migrates) the database it is given; run it against a scratch database.
Starts a real `manage.py qcluster` for the end-to-end part.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pind.settings")
os.environ.setdefault("PIND_DEV", "1")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--submits", type=int, default=500)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django_q.models import OrmQ, Task

    from jobs.models import Job
    from jobs.services import job_submit
    from videos.models import Video

    Job.objects.all().delete()
    Video.objects.all().delete()
    OrmQ.objects.all().delete()
    Task.objects.all().delete()

    # 1. Enqueue rate: submit + commit + on_commit enqueue, one request's worth each.
    started = time.perf_counter()
    for i in range(args.submits):
        job_submit(youtube_id=f"bEnCh{i:06d}")
    elapsed = time.perf_counter() - started
    print(f"enqueue: {args.submits} submits in {elapsed:.2f}s = {args.submits / elapsed:.0f}/s")
    repeat = time.perf_counter()
    for i in range(args.submits):
        job_submit(youtube_id=f"bEnCh{i:06d}")
    elapsed = time.perf_counter() - repeat
    print(f"join in-flight: {args.submits} in {elapsed:.2f}s = {args.submits / elapsed:.0f}/s")
    OrmQ.objects.all().delete()
    Job.objects.all().delete()
    Video.objects.all().delete()

    # 2. End to end on the dev bundles through a real cluster.
    bundles = sorted(p.name for p in Path(settings.PIND_BUNDLES_DIR).iterdir() if p.is_dir())
    env = dict(os.environ, Q_POLL="0.1", Q_GUARD_CYCLE="0.2")
    cluster = subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        time.sleep(2)
        for vid in bundles:
            t0 = time.perf_counter()
            job = job_submit(youtube_id=vid).job
            while True:
                job.refresh_from_db()
                if job.is_finished:
                    break
                time.sleep(0.05)
            total = time.perf_counter() - t0
            run = (job.finished_at - job.started_at).total_seconds()
            queued = (job.started_at - job.created_at).total_seconds()
            print(
                f"e2e {vid}: {job.status} {job.error_code or ''} total {total:.2f}s "
                f"(queue wait {queued:.2f}s, run {run:.2f}s)"
            )
    finally:
        os.killpg(cluster.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
