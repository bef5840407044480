"""Exit 0 when a django-q2 cluster on this host is running and the database answers.

The worker container's health check: the cluster refreshes its status every guard cycle
(Q_GUARD_CYCLE) with a 3 s expiry, so a dead or stuck cluster fails within seconds.
"""

from __future__ import annotations

import socket

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django_q.conf import Conf
from django_q.status import Stat

RUNNING = (Conf.IDLE, Conf.WORKING, Conf.STARTING)


class Command(BaseCommand):
    help = "Health check for a qcluster worker on this host."

    def handle(self, *args, **options):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            stats = Stat.get_all()
        except Exception as exc:  # any failure here means "not healthy"
            raise CommandError(f"unhealthy: {exc.__class__.__name__}") from None
        host = socket.gethostname()
        mine = [s for s in stats if s.host == host and s.status in RUNNING]
        if not mine:
            raise CommandError(f"unhealthy: no running cluster on {host}")
        self.stdout.write(
            f"ok: {len(mine)} cluster(s), {sum(len(s.workers) for s in mine)} workers"
        )
