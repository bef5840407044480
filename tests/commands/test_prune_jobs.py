from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_q.models import Task

from jobs.models import Job
from tests.pages.factories import make_video

pytestmark = pytest.mark.django_db


def job(status, *, days_ago, **fields):
    when = timezone.now() - timedelta(days=days_ago)
    finished = when if status in Job.FINISHED else None
    return Job.objects.create(
        video=make_video(), status=status, created_at=when, finished_at=finished, **fields
    )


def test_prune_deletes_old_finished_jobs_and_keeps_recent_and_active_ones():
    old_done = job("SUCCESS", days_ago=40)
    old_failed = job("FAILURE", days_ago=31)
    recent = job("SUCCESS", days_ago=2)
    stuck = job("PENDING", days_ago=90)
    Task.objects.create(
        id="a" * 32,
        name="job-old",
        func="jobs.tasks.run_job",
        started=timezone.now() - timedelta(days=40),
        stopped=timezone.now() - timedelta(days=40),
        success=True,
    )
    out = StringIO()
    call_command("prune_jobs", "--older-than", "30", stdout=out)
    assert "Deleted 2 job(s) and 1 task record(s)" in out.getvalue()
    left = set(Job.objects.values_list("pk", flat=True))
    assert left == {recent.pk, stuck.pk}
    assert old_done.pk not in left and old_failed.pk not in left
    assert not Task.objects.exists()


def test_prune_dry_run_deletes_nothing():
    job("REVOKED", days_ago=10)
    out = StringIO()
    call_command("prune_jobs", "--older-than", "7", "--dry-run", stdout=out)
    assert "Would delete 1 job(s)" in out.getvalue()
    assert Job.objects.count() == 1


def test_prune_needs_a_sane_age():
    with pytest.raises(CommandError):
        call_command("prune_jobs", "--older-than", "-1")
