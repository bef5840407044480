"""Sending tasks to django-q2: one by one, or many in one INSERT.

`send` is `async_task` (and `batched()` the option that makes any `async_task` call
join a batch). Inside `with batch():` the signed task packages are kept and
inserted together (one statement, one commit, one wake-up of the pushers) when the block
ends, and every `size` tasks before that; so an operator queueing thousands of videos pays
one round trip per hundred tasks instead of one per task. The block flushes even when it
raises: whatever was sent belongs to rows that are already committed.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator

from django_q.brokers import get_broker
from django_q.conf import Conf
from django_q.tasks import async_task

logger = logging.getLogger(__name__)

_local = threading.local()


class _Collector:
    """Stands in for the broker inside `async_task`: keeps each signed package."""

    def __init__(self, size: int):
        self.list_key = Conf.CLUSTER_NAME
        self.size = size
        self.packages: list[str] = []

    def enqueue(self, package: str) -> int:
        self.packages.append(package)
        if len(self.packages) >= self.size:
            self.flush()
        return 0

    def flush(self) -> list[int]:
        if not self.packages:
            return []
        broker = get_broker()
        many = getattr(broker, "enqueue_many", None)
        if many is not None:
            ids = many(self.packages)
        else:  # a broker without batches (Redis): one by one
            ids = [broker.enqueue(package) for package in self.packages]
        self.packages = []
        return ids


def batched() -> dict:
    """Options for `async_task`: inside `batch()`, hand the package to the batch."""
    collector = getattr(_local, "batch", None)
    return {"broker": collector} if collector is not None else {}


def send(func: str, *args, **options) -> str:
    """Queue `func(*args)` (django-q2 options such as hook, task_name, timeout); inside
    `batch()`, on the batch's next flush. Returns the task id."""
    return async_task(func, *args, **options, **batched())


@contextlib.contextmanager
def batch(*, size: int = 100) -> Iterator[None]:
    """Tasks sent inside go to the broker together: at the end, and every `size` tasks."""
    if getattr(_local, "batch", None) is not None:
        yield  # nested: the outer batch sends them
        return
    collector = _local.batch = _Collector(size)
    try:
        yield
    finally:
        _local.batch = None
        try:
            collector.flush()
        except Exception:
            # The rows these tasks serve are committed; the reaper sends a PENDING job's
            # task again after PIND_JOB_PENDING_STALE_SECONDS.
            logger.exception("could not queue %d task(s)", len(collector.packages))
            raise
