"""`manage.py qcluster`, waiting for the database first.

django-q2's own command forks its sentinel at once; with the database down the sentinel
dies and the command exits, so a worker started during an outage (or before the database
in compose) stays down. This one retries the connection with capped exponential backoff
until it succeeds (or PIND_DB_WAIT_SECONDS runs out, 0 = forever), then starts the cluster.
"""

from __future__ import annotations

import logging
import random
import time

from django.conf import settings
from django.db import OperationalError, connection
from django_q.management.commands.qcluster import Command as QclusterCommand

logger = logging.getLogger("jobs.qcluster")


def wait_for_database(*, limit_s: float, cap_s: float = 30.0, log=logger.warning) -> int:
    """Block until the default database answers. Returns the failed attempts before it did."""
    started = time.monotonic()
    failures = 0
    while True:
        try:
            connection.ensure_connection()
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            if failures:
                log(f"database reachable after {failures} failed attempts; starting")
            return failures
        except OperationalError as exc:
            connection.close()
            failures += 1
            waited = time.monotonic() - started
            if limit_s and waited >= limit_s:
                raise
            delay = min(cap_s, 2 ** min(failures - 1, 5)) * random.uniform(0.8, 1.2)
            log(
                f"database unavailable ({exc.__class__.__name__}); "
                f"waiting for the database, retry {failures} in {delay:.1f} s"
            )
            time.sleep(delay)


class Command(QclusterCommand):
    help = "Starts a django-q2 cluster once the database answers."

    def handle(self, *args, **options):
        wait_for_database(
            limit_s=settings.PIND_DB_WAIT_SECONDS,
            log=lambda message: self.stderr.write(message),
        )
        connection.close()  # the sentinel forks: no connection may be shared with children
        super().handle(*args, **options)
