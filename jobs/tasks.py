"""What the qcluster workers run. Thin: load by id, call the service."""

from __future__ import annotations

from jobs import services
from places import read_cache


def run_job(job_id: str) -> str:
    return services.job_execute(job_id)


def on_task_done(task) -> None:
    """django-q2 hook: a task that failed or timed out marks its job failed."""
    if task.success or not task.args:
        return
    services.job_task_failed(
        job_id=task.args[0], message=str(task.result or ""), stopped_at=task.stopped
    )


def reap_stale_jobs() -> dict:
    """Scheduled every minute (migration jobs/0002): requeue or fail jobs whose worker
    stopped beating, and keep the task table to its newest PIND_TASKS_KEPT successes."""
    report = services.reap_stale_jobs()
    services.prune_task_records()
    return report


def compact_read_changes() -> dict:
    """Scheduled every 10 minutes (migration jobs/0004): fold the read-change rows into
    each user's base counter (places.read_cache), so the version query stays short."""
    rows, users = read_cache.compact_read_changes()
    return {"rows": rows, "users": users}
