"""The scheduled reaper keeps django-q2's task table short (the cluster saves with
save_limit 0, so nothing else prunes it), and no longer runs before every job."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_q.models import Failure, Success

from jobs import services, tasks

pytestmark = pytest.mark.django_db


def _task(i: int, *, success: bool = True):
    now = timezone.now()
    model = Success if success else Failure
    return model.objects.create(
        id=f"t{i:030d}",
        name=f"task-{i}",
        func="jobs.tasks.run_job",
        started=now - timedelta(seconds=1000 - i),
        stopped=now - timedelta(seconds=1000 - i),
        success=success,
    )


def test_prune_keeps_the_newest_successes_and_every_failure():
    for i in range(6):
        _task(i)
    failed = _task(99, success=False)
    assert services.prune_task_records(keep=4) == 2
    assert sorted(Success.objects.values_list("name", flat=True)) == [
        f"task-{i}" for i in range(2, 6)
    ]
    assert Failure.objects.filter(pk=failed.pk).exists()
    assert services.prune_task_records(keep=4) == 0


def test_the_scheduled_reaper_prunes(settings):
    settings.PIND_TASKS_KEPT = 1
    for i in range(3):
        _task(i)
    assert tasks.reap_stale_jobs() == {"requeued": [], "lost": []}
    assert list(Success.objects.values_list("name", flat=True)) == ["task-2"]


def test_a_job_run_does_not_reap(monkeypatch):
    called = []
    monkeypatch.setattr(services, "reap_stale_jobs", lambda **kw: called.append(kw))
    assert services.job_execute("00000000-0000-0000-0000-000000000000") == "missing"
    assert called == []
