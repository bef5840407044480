"""`manage.py qcluster` for tests, with test-only knobs.

The region index is loaded once, in the cluster's parent before it forks its workers, so
each worker only loads the Korean analyser itself (Kiwi's thread pool does not survive a
fork: a Kiwi built before it hangs in the child). Each worker then writes `worker-<pid>`
under PIND_TEST_READY_DIR: the ready signal tests wait for.

With PIND_TEST_SLOW_MARKER set, the `reading_frames` step writes its pid next to the
marker and sleeps while the marker file exists: a test can then SIGKILL that worker
mid-job, or cancel the job, and remove the marker to let later runs through.
Workers are forked, so the patch reaches them.
"""

import os
import signal
import sys
import threading
import time
from pathlib import Path


def _slow_frames(marker: Path):
    from videos.pipeline import frames

    original = frames.read_frames

    def read_frames(source, info, *, workdir, progress=None):
        if marker.exists():
            Path(f"{marker}.pid").write_text(str(os.getpid()))
            deadline = time.monotonic() + 60
            while marker.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        return original(source, info, workdir=workdir, progress=progress)

    frames.read_frames = read_frames


def _signal_ready(ready_dir: Path) -> None:
    from django_q.signals import post_spawn

    def ready(sender=None, **kwargs) -> None:
        # Connected after jobs.apps' warm_worker, so it runs after the worker warmed up.
        (ready_dir / f"worker-{os.getpid()}").write_text("ready")

    post_spawn.connect(ready, weak=False, dispatch_uid="tests.worker_ready")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stop_when_orphaned() -> None:
    """A test run killed outright leaves its cluster behind, holding the test database;
    once the parent is gone the cluster stops itself (SIGTERM: a graceful stop)."""
    parent = int(os.environ.get("PIND_TEST_PARENT") or os.getppid())

    def watch() -> None:
        while _alive(parent) and os.getppid() != 1:
            time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(10)
        # Still here (a worker mid-job): the whole process group, which the test started
        # in a session of its own, goes at once.
        os.killpg(os.getpgid(0), signal.SIGKILL)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def main() -> None:
    _stop_when_orphaned()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pind.settings")
    import django

    django.setup()
    from places.regions import warm_up

    warm_up()
    from django.db import connections

    connections.close_all()  # workers are forked: none may share this process's socket
    marker = os.environ.get("PIND_TEST_SLOW_MARKER")
    if marker:
        _slow_frames(Path(marker))
    if ready_dir := os.environ.get("PIND_TEST_READY_DIR"):
        _signal_ready(Path(ready_dir))
    from django.core.management import execute_from_command_line

    execute_from_command_line([sys.argv[0], "qcluster"])


if __name__ == "__main__":
    main()
