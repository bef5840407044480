import logging
import time

from django.apps import AppConfig

logger = logging.getLogger(__name__)


def warm_worker(sender=None, proc_name: str = "", **kwargs) -> None:
    """Load the extraction's tables before this worker's first job (~3 s): the Korean
    analyser, the region index, the sights table, the compiled patterns and the decision."""
    from places.extraction import warm_up

    started = time.monotonic()
    try:
        warm_up()
        logger.info("worker %s warmed up in %.1f s", proc_name, time.monotonic() - started)
    except Exception:  # a cold first job beats a worker that dies and respawns in a loop
        logger.warning("worker %s could not warm up", proc_name, exc_info=True)


class JobsConfig(AppConfig):
    name = "jobs"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # django-q2 sends `post_spawn` from `django_q.worker.worker`, the first thing each
        # worker process runs after the sentinel forks it (or spawns it, where fork is
        # missing: the child sets Django up again and this receiver is connected there too),
        # and before it reads its first task; a recycled worker is a new process and warms
        # again. Nothing sends it in web processes, the scheduler, the pusher or the monitor,
        # nor when tasks run inline (Q_SYNC). Warming in the cluster's parent instead would
        # load the models before fork, in a process that runs no jobs.
        from django_q.signals import post_spawn

        post_spawn.connect(warm_worker, dispatch_uid="jobs.warm_worker")
