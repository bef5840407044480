"""`manage.py qcluster` for tests, with one test-only knob.

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


def _stop_when_orphaned() -> None:
    """A test run killed outright leaves its cluster behind, holding the test database;
    once the parent is gone the cluster stops itself (SIGTERM: a graceful stop)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
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
    marker = os.environ.get("PIND_TEST_SLOW_MARKER")
    if marker:
        _slow_frames(Path(marker))
    from django.core.management import execute_from_command_line

    execute_from_command_line([sys.argv[0], "qcluster"])


if __name__ == "__main__":
    main()
