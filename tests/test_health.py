"""/healthz: every check's word, 200 when all pass and 503 when one fails."""

import pytest
from django.test import RequestFactory

from jobs.health import queue_check
from pind.health import database_check, health_view

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_with_the_queue_depth(client):
    body = client.get("/healthz").json()
    assert body == {"status": "ok", "database": "ok", "queue": "ok", "queue_depth": 0}


def test_a_failing_check_makes_it_503_and_names_the_error_not_the_message():
    def broker_down():
        raise ConnectionError("redis://secret-host:6379 refused")

    view = health_view({"database": database_check, "queue": broker_down})
    resp = view(RequestFactory().get("/healthz"))
    assert resp.status_code == 503
    body = resp.content.decode()
    assert '"database": "ok"' in body
    assert '"queue": "error: ConnectionError"' in body
    assert "secret-host" not in body


def test_the_queue_check_counts_waiting_tasks():
    from django_q.tasks import async_task

    async_task("math.floor", 1.5)
    assert queue_check()["queue_depth"] == 1
