"""The queue's part of /healthz (see `pind.health`): the broker answers, its queue reads."""

from __future__ import annotations

from django_q.brokers import get_broker


def queue_check() -> dict[str, object]:
    broker = get_broker()
    broker.ping()  # raises when a Redis broker is unreachable; the ORM broker always answers
    return {"queue_depth": broker.queue_size()}
