"""A queued or running job's status row, kept per web process until PostgreSQL says it changed.

Clients poll a job's status every second while it runs, and most polls find it as it was.
Migration jobs/0006 NOTIFYs `pind_job_status` with the job's id whenever an update changes
what the status shows (status, step, progress, errors, times; not the heartbeat) and when
the row is deleted. A listener thread in each web process LISTENs on its own connection
and forgets that job. A poll answers from the kept row only while the listener is
connected, and a row is kept only if no notification arrived between the moment the poll
began to read it and the moment it is stored, so no change committed after LISTEN can be
missed. When the listener loses its connection everything kept is forgotten, and nothing is
kept until it listens again. `TTL_S` bounds every entry as well.

PostgreSQL only, and only where `PIND_STATUS_NOTIFY` is on (tests turn it on where they
test it).
"""

from __future__ import annotations

import copy
import logging
import os
import threading
import time

from django.conf import settings
from django.db import connection, connections

logger = logging.getLogger(__name__)

CHANNEL = "pind_job_status"
TTL_S = 60.0
MAX_KEPT = 10_000
WAIT_S = 0.5  # how often the listener looks at its stop flag
RETRY_S = 1.0


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        # job id → (expires, the job row, its rendered status bodies by what else they read)
        self.jobs: dict[str, tuple[float, object, dict]] = {}
        self.heard = 0  # notifications heard, and (re)connections: a poll's "before" mark
        self.listening = False
        self.thread: threading.Thread | None = None
        self.pid: int | None = None
        self.stop = threading.Event()

    def forget_all(self) -> None:
        with self.lock:
            self.jobs.clear()
            self.heard += 1


_state = _State()


def enabled() -> bool:
    on = bool(getattr(settings, "PIND_STATUS_NOTIFY", False))
    return on and connection.vendor == "postgresql"


def get(job_id: str):
    """The kept job row, a copy (the caller may refresh it), or None."""
    if not enabled():
        return None
    _ensure_listener()
    entry = _live_entry(job_id)
    return copy.copy(entry[1]) if entry is not None else None


def body(job_id: str, key: tuple) -> bytes | None:
    """The status body rendered from the kept row under `key` (what else it depends on)."""
    entry = _live_entry(job_id)
    return entry[2].get(key) if entry is not None else None


def _live_entry(job_id: str) -> tuple | None:
    """The entry kept for `job_id`, while the listener listens and the entry is in date."""
    entry = _state.jobs.get(job_id) if _state.listening else None
    return entry if entry is not None and entry[0] >= time.monotonic() else None


def keep_body(job_id: str, key: tuple, content: bytes) -> None:
    entry = _state.jobs.get(job_id)
    if entry is not None and len(entry[2]) < 4:
        entry[2][key] = content


def mark() -> int | None:
    """Call before reading a row that `put` may keep: None when nothing can be kept."""
    if not enabled():
        return None
    _ensure_listener()
    return _state.heard if _state.listening else None


def put(job_id: str, job, before: int | None) -> None:
    """Keep `job` unless a notification (or a reconnection) came since `before`."""
    if before is None:
        return
    with _state.lock:
        if not _state.listening or _state.heard != before:
            return
        if len(_state.jobs) >= MAX_KEPT:
            _state.jobs.clear()
        _state.jobs[job_id] = (time.monotonic() + TTL_S, job, {})


def _listener_running() -> bool:
    thread = _state.thread
    return thread is not None and _state.pid == os.getpid() and thread.is_alive()


def _ensure_listener() -> None:
    if _listener_running():
        return
    with _state.lock:
        if _listener_running():
            return
        # A forked process starts with its parent's dict but no thread: start afresh.
        _state.jobs.clear()
        _state.listening = False
        _state.stop.clear()
        _state.pid = os.getpid()
        _state.thread = threading.Thread(target=_listen, name="pind-job-status", daemon=True)
        _state.thread.start()


def _listen() -> None:
    while not _state.stop.is_set():
        wrapper = None
        try:
            wrapper = connections.create_connection("default")
            wrapper.ensure_connection()
            raw = wrapper.connection
            raw.autocommit = True
            raw.execute(f"LISTEN {CHANNEL}")
            _state.forget_all()
            _state.listening = True
            while not _state.stop.is_set():
                for note in raw.notifies(timeout=WAIT_S):
                    with _state.lock:
                        _state.jobs.pop(note.payload, None)
                        _state.heard += 1
        except Exception:
            logger.warning("job status listener lost its connection; polls read the database")
        finally:
            _state.listening = False
            _state.forget_all()
            if wrapper is not None:
                try:
                    wrapper.close()
                except Exception:
                    pass
        _state.stop.wait(RETRY_S)


def stop() -> None:
    """Stop this process's listener and forget everything (tests, before the database goes)."""
    _state.stop.set()
    thread = _state.thread
    if thread is not None:
        thread.join(timeout=10)
    _state.thread = None
    _state.listening = False
    _state.forget_all()


def listening() -> bool:
    return _state.listening
