"""jobs.broker.PostgresBroker and jobs.queue.batch on real PostgreSQL.

Transactional tests: the broker's single-statement paths run only outside a caller's
transaction (autocommit), as they do in the web, the reaper and the cluster. The broker in
a real cluster is covered by test_cluster.py (every cluster there runs it) and by the
wake-up test at the end of this file.
"""

from __future__ import annotations

import threading
from io import StringIO

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django_q.brokers import get_broker
from django_q.conf import Conf
from django_q.models import OrmQ
from django_q.signing import SignedPackage
from django_q.tasks import async_task

from jobs import queue
from jobs.broker import CHANNEL, PostgresBroker
from jobs.models import Job
from tests.jobs.conftest import HANG_S, _db_url
from tests.pages.factories import make_video

pytestmark = pytest.mark.django_db(transaction=True)


def inserts(queries) -> list[str]:
    return [q["sql"] for q in queries if "INSERT INTO django_q_ormq" in q["sql"]]


def start_pusher(broker_class, got: list) -> threading.Thread:
    """A pusher on its own thread and connection, claiming until it gets tasks into `got`."""

    def pusher():
        broker = broker_class()
        try:
            while not got:
                got.extend(broker.dequeue() or [])
        finally:
            connection.close()

    thread = threading.Thread(target=pusher)
    thread.start()
    return thread


def test_pind_runs_its_broker():
    assert isinstance(get_broker(), PostgresBroker)


def test_many_tasks_go_in_one_insert_and_come_out_oldest_first():
    broker = get_broker()
    with CaptureQueriesContext(connection) as queries:
        ids = broker.enqueue_many(["a", "b", "c"])
    assert len(inserts(queries)) == 1
    assert ids == sorted(ids) and OrmQ.objects.count() == 3
    first = broker.dequeue()
    assert [payload for _, payload in first] == ["a", "b"][: Conf.BULK]
    assert [pk for pk, _ in first] == ids[: Conf.BULK]


def test_a_claimed_task_is_not_claimed_again_by_another_cluster():
    one, other = PostgresBroker(), PostgresBroker()
    one.enqueue_many([f"task-{i}" for i in range(5)])
    claimed = []
    while len(claimed) < 5:
        for broker in (one, other):
            claimed += [pk for pk, _ in broker.dequeue() or []]
    assert len(claimed) == len(set(claimed)) == 5
    # Locked until the retry time: nothing left to take.
    assert one.queue_size() == 0 and one.lock_size() == 5


def test_asynchronous_commit_never_reaches_the_callers_transaction():
    broker = get_broker()

    def synchronous_commit() -> str:
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            return cursor.fetchone()[0]

    broker.enqueue("alone")
    assert synchronous_commit() == "on"  # SET LOCAL ended with its own statement
    with transaction.atomic():
        make_video("aTxNsYnC001")
        with CaptureQueriesContext(connection) as queries:
            broker.enqueue("inside")
        assert synchronous_commit() == "on"
        assert not any("synchronous_commit" in q["sql"] for q in queries)
    assert OrmQ.objects.count() == 2


def test_acknowledging_a_task_twice_deletes_it_once():
    broker = get_broker()
    (pk,) = broker.enqueue_many(["done"])
    assert broker.acknowledge(pk) == 1
    with CaptureQueriesContext(connection) as queries:
        broker.acknowledge(pk)  # django-q2's monitor acknowledges again (max_attempts 1)
    assert len(queries) == 0 and not OrmQ.objects.exists()


def test_an_insert_notifies_the_listening_pushers():
    with psycopg.connect(_db_url(), autocommit=True) as listener:
        listener.execute(f"LISTEN {CHANNEL}")
        get_broker().enqueue("wake up")
        heard = list(listener.notifies(timeout=HANG_S, stop_after=1))
    assert [n.channel for n in heard] == [CHANNEL]


def test_an_idle_pusher_is_woken_by_an_insert_not_by_its_poll(monkeypatch):
    monkeypatch.setattr(Conf, "POLL", HANG_S)  # without the NOTIFY it would sleep this long
    claimed_once = threading.Event()
    got = []

    class Pusher(PostgresBroker):
        def _execute(self, sql, params, *, rows=False):
            result = super()._execute(sql, params, rows=rows)
            if sql.startswith("UPDATE"):
                claimed_once.set()
            return result

    thread = start_pusher(Pusher, got)
    # Its first claim found nothing; it LISTENed before claiming, so it hears what follows.
    assert claimed_once.wait(timeout=HANG_S)
    get_broker().enqueue("now")
    thread.join(timeout=HANG_S)
    assert not thread.is_alive() and [payload for _, payload in got] == ["now"]


def test_a_pusher_whose_connection_dies_while_waiting_connects_again(monkeypatch):
    monkeypatch.setattr(Conf, "POLL", HANG_S)
    waiting = threading.Event()
    backend = []
    got = []

    class Pusher(PostgresBroker):
        def _execute(self, sql, params, *, rows=False):
            result = super()._execute(sql, params, rows=rows)
            if sql.startswith("UPDATE") and not waiting.is_set():
                backend.append(connection.connection.info.backend_pid)
                waiting.set()
            return result

    thread = start_pusher(Pusher, got)
    assert waiting.wait(timeout=HANG_S)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", backend)
    get_broker().enqueue("after the restart")
    thread.join(timeout=HANG_S)
    assert not thread.is_alive() and [payload for _, payload in got] == ["after the restart"]


def test_a_batch_sends_its_tasks_in_one_insert_at_the_end():
    with CaptureQueriesContext(connection) as queries:
        with queue.batch():
            for n in range(3):
                queue.send("math.floor", n + 0.5)
            assert not OrmQ.objects.exists()
    assert len(inserts(queries)) == 1
    tasks = [SignedPackage.loads(row.payload) for row in OrmQ.objects.order_by("pk")]
    assert [task["args"] for task in tasks] == [(0.5,), (1.5,), (2.5,)]


def test_a_batch_sends_what_it_holds_every_size_tasks_and_when_it_raises():
    with pytest.raises(RuntimeError), queue.batch(size=2):
        for n in range(3):
            async_task("math.floor", n + 0.5, **queue.batched())
            assert OrmQ.objects.count() == (2 if n >= 1 else 0)
        raise RuntimeError("the command stopped half way")
    assert OrmQ.objects.count() == 3


def test_reprocess_videos_queues_its_jobs_in_one_insert():
    for n in range(3):
        make_video(f"bAtChEd{n:04d}")
    with CaptureQueriesContext(connection) as queries:
        call_command("reprocess_videos", "--all", stdout=StringIO(), stderr=StringIO())
    assert len(inserts(queries)) == 1
    jobs = Job.objects.all()
    assert jobs.count() == 3
    names = {SignedPackage.loads(row.payload)["name"] for row in OrmQ.objects.all()}
    assert names == {f"job-{job.pk}" for job in jobs}
