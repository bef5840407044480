"""The trivial task both queues run in `bench/queue_bench.py`: note when it started and ended.

Nothing here imports Django, so a Celery worker can load it as it is; the timestamps go to
a Redis list (BENCH_REDIS_URL), read back by the bench.
"""

from __future__ import annotations

import os
import time

_client = None


def _redis():
    global _client
    if _client is None:
        import redis

        _client = redis.Redis.from_url(os.environ["BENCH_REDIS_URL"])
    return _client


def trivial(key: str, enqueued_at: float) -> None:
    started = time.time()
    _redis().rpush(key, f"{enqueued_at} {started} {time.time()}")
