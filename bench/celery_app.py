"""A bare Celery + Redis app for `bench/queue_bench.py`: the same trivial task, nothing else."""

import os

from celery import Celery

from bench import queue_tasks

app = Celery("bench", broker=os.environ["BENCH_REDIS_URL"])
app.conf.update(
    task_ignore_result=True,
    worker_prefetch_multiplier=1,
    broker_connection_retry_on_startup=True,
    worker_hijack_root_logger=False,
)
trivial = app.task(name="bench.trivial")(queue_tasks.trivial)
