"""django-q2's ORM broker, made quick on PostgreSQL (`Q_CLUSTER["broker_class"]`).

The same table (`django_q_ormq`), the same rows and the same claim-by-lock contract as
django-q2's own `ORM` broker, so the admin pages, `queue_size` and a cluster running the
stock broker all still work beside it. Four things differ, on PostgreSQL only (any other
database gets the stock behaviour):

- **Claiming** is one statement: `UPDATE … WHERE id IN (SELECT … ORDER BY id LIMIT bulk
  FOR UPDATE SKIP LOCKED) RETURNING`. Two clusters never claim one row (the row lock, and
  PostgreSQL re-checks `lock < now` on a row another claimer just updated), neither waits
  for the other, and tasks come out oldest first. The stock broker reads `bulk` rows and
  then updates each one: 1 + bulk statements, each its own commit, in no set order.
- **Waking**: the pusher LISTENs on `pind_queue`, which a trigger on `django_q_ormq`
  (migration jobs/0005) NOTIFYs on every insert, whoever inserts. An empty claim waits
  for that notification for at most `poll` seconds instead of sleeping `poll` seconds:
  a task enqueued on an idle cluster starts at once, and polling stays as the fallback.
- **Commits of the broker's own rows** (the task row inserted, claimed, deleted on
  acknowledgement) are asynchronous (`SET LOCAL synchronous_commit TO off`, one
  statement each, never inside a caller's transaction). Visibility and atomicity are as
  before; only a crash of PostgreSQL itself (or of its host) within ~0.6 s (3 ×
  `wal_writer_delay`) can forget such a commit, and every later synchronous commit
  flushes it. Why that loses nothing: pind enqueues only after the Job row committed
  synchronously (the submit's answer waits for it), so a forgotten task row leaves a
  PENDING job that `reap_stale_jobs` sends again (`PIND_JOB_PENDING_STALE_SECONDS`); a
  forgotten claim or acknowledgement gives the task again, and `job_execute` skips a job
  another run claimed or finished (its claim is a synchronous commit on the Job row,
  which also flushes the broker's claim before it). Scheduled tasks come again on their
  schedule. `Q_ASYNC_COMMIT=0` turns this off for tasks that have no such record.
- **Acknowledging** skips the second DELETE django-q2 sends for the same task (with
  `max_attempts` 1 the monitor acknowledges in `save_task` and again after it).
"""

from __future__ import annotations

import logging
from datetime import timedelta

import psycopg
from django.conf import settings
from django.db import connections
from django.utils import timezone
from django_q.brokers.orm import ORM
from django_q.conf import Conf

logger = logging.getLogger(__name__)

CHANNEL = "pind_queue"
TABLE = "django_q_ormq"
ASYNC = "SET LOCAL synchronous_commit TO off; "


class PostgresBroker(ORM):
    def __init__(self, list_key: str | None = None):
        super().__init__(list_key=list_key)
        self._listening_on = None  # the psycopg connection that LISTENs, in the pusher
        self._last_ack = None

    # --- helpers ---------------------------------------------------------------------

    @staticmethod
    def _db():
        return connections[Conf.ORM]

    def _fast(self) -> bool:
        """The single-statement paths: PostgreSQL, client-side binding (several statements
        in one execute), and not inside a caller's transaction (a SET LOCAL there would
        make the caller's commit asynchronous too)."""
        db = self._db()
        return (
            db.vendor == "postgresql"
            and not db.settings_dict.get("OPTIONS", {}).get("server_side_binding")
            and db.get_autocommit()
        )

    def _prefix(self) -> str:
        return ASYNC if getattr(settings, "PIND_QUEUE_ASYNC_COMMIT", True) else ""

    def _execute(self, sql: str, params: list, *, rows: bool = False):
        prefix = self._prefix()
        with self._db().cursor() as cursor:
            cursor.execute(prefix + sql, params)
            if prefix:
                cursor.cursor.nextset()  # past the SET's result to the statement's own
            return cursor.fetchall() if rows else cursor.rowcount

    # --- enqueue -----------------------------------------------------------------------

    def enqueue(self, task):
        return self.enqueue_many([task])[0]

    def enqueue_many(self, tasks: list[str]) -> list[int]:
        """Insert signed task packages in one statement (one commit, one NOTIFY)."""
        if not tasks:
            return []
        self.get_connection()  # django-q2's connection hygiene (stale connections closed)
        key = self.list_key or Conf.CLUSTER_NAME
        now = timezone.now()
        if not self._fast():
            return [self._plain_insert(key, task, now) for task in tasks]
        values = ", ".join(["(%s, %s, %s)"] * len(tasks))
        params = [value for task in tasks for value in (key, task, now)]
        rows = self._execute(
            f"INSERT INTO {TABLE} (key, payload, lock) VALUES {values} RETURNING id",
            params,
            rows=True,
        )
        return sorted(pk for (pk,) in rows)

    def _plain_insert(self, key, task, now) -> int:
        return self.get_connection().create(key=key, payload=task, lock=now).pk

    # --- dequeue -----------------------------------------------------------------------

    def dequeue(self):
        self.get_connection()
        if not self._fast():
            return super().dequeue()
        db = self._db()
        # The notification calls below bypass Django's cursor, and with it the health check
        # django-q2's get_connection() asks for: run it here (a dead connection is replaced).
        db.close_if_health_check_failed()
        db.ensure_connection()
        raw = db.connection
        if raw is not self._listening_on:
            # A new connection (first call, or Django replaced an old or broken one):
            # LISTEN before the claim, so nothing committed after the claim goes unheard.
            with db.cursor() as cursor:
                cursor.execute(f"LISTEN {CHANNEL}")
            self._listening_on = raw
        # Forget what was heard so far: the claim below sees all of it.
        for _ in raw.notifies(timeout=0):
            pass
        now = timezone.now()
        claimed = self._execute(
            f"UPDATE {TABLE} SET lock = %s WHERE id IN ("
            f" SELECT id FROM {TABLE} WHERE key = %s AND lock < %s"
            " ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED"
            ") RETURNING id, payload",
            [now + timedelta(seconds=Conf.RETRY), self.list_key, now, Conf.BULK],
            rows=True,
        )
        if claimed:
            return sorted(claimed)
        # Nothing to do: wait for an insert's NOTIFY, at most one poll interval.
        try:
            for _ in raw.notifies(timeout=Conf.POLL, stop_after=1):
                pass
        except psycopg.OperationalError:
            # The connection died while waiting (a restart, a terminated backend): the
            # next call connects again and LISTENs before it claims.
            logger.warning("queue: lost the database connection while waiting; reconnecting")
            db.close()
        return None

    # --- acknowledge -------------------------------------------------------------------

    def acknowledge(self, task_id):
        if task_id is not None and task_id == self._last_ack:
            return 0  # already deleted: django-q2 acknowledges twice with max_attempts 1
        self.get_connection()
        if not self._fast():
            deleted = super().acknowledge(task_id)
        else:
            deleted = self._execute(f"DELETE FROM {TABLE} WHERE id = %s", [task_id])
        self._last_ack = task_id
        return deleted
