"""The legacy submit waits for its job; waiting requests must not starve the web server.

A real gunicorn, started with the production config (gunicorn.conf.py: gthread), on
127.0.0.1 against the test database. Sixteen clients submit new videos with no header
(as the current web map and extension do) and wait; while all sixteen wait, status
polls from a token-less client are answered; then the jobs finish (as a worker would
finish them) and every waiting submit answers 200 `mode: new` with the places.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from jobs.models import Job
from tests.conftest import bearer
from tests.pages.factories import give_cafe
from videos.models import Video

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SUBMITS = 16
# Bounds against a hung test only; nothing here depends on how fast the machine is.
STARTUP_S = 120
EVENT_S = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _db_url() -> str:
    s = connection.settings_dict
    return (
        f"postgres://{s.get('USER') or 'postgres'}@{s.get('HOST') or '127.0.0.1'}:"
        f"{s.get('PORT') or 5432}/{s['NAME']}"
    )


def _call(base: str, method: str, path: str, *, body=None, token=None, timeout=300):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", token)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")


def _until(predicate, what: str, limit: float = EVENT_S):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"gave up waiting for {what}")


@pytest.fixture
def web_server(tmp_path):
    """gunicorn with the production config, one worker process, on a free local port."""
    port = _free_port()
    env = dict(
        os.environ,
        DATABASE_URL=_db_url(),
        SECRET_KEY=settings.SECRET_KEY,
        PIND_DEV="1",
        DEBUG="false",
        DB_CONN_MAX_AGE="0",
        WEB_BIND=f"127.0.0.1:{port}",
        WEB_WORKERS="1",
        PYTHONPATH=str(ROOT),
    )
    env.pop("PIND_PROCESS_WAIT_SECONDS", None)  # the default is what is under test
    log = open(tmp_path / "gunicorn.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "pind.wsgi:application", "--config", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"

    def ready():
        if proc.poll() is not None:
            raise AssertionError((tmp_path / "gunicorn.log").read_text(errors="replace"))
        try:
            return _call(base, "GET", "/healthz", timeout=5)[0] == 200
        except OSError:
            return False

    try:
        _until(ready, "gunicorn to answer", STARTUP_S)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        log.close()
        _until(_no_other_sessions, "the server's database sessions to close", 30)


def _no_other_sessions() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0] == 0


def _finish_like_a_worker(job: Job, *, with_place: bool) -> None:
    assert job.claim()
    video = job.video
    Video.objects.filter(pk=video.pk).update(title=f"Title of {video.youtube_id}")
    if with_place:
        give_cafe(video, said="we are at Onion Seongsu")
    Video.objects.filter(pk=video.pk).update(state=Video.State.PROCESSED)
    assert job.succeed(run_id=job.run_id)


def test_sixteen_waiting_submits_and_status_polls_are_all_answered(web_server, django_user_model):
    users = [
        django_user_model.objects.create_user(email=f"waiter{i}@example.com", password="pw-123456x")
        for i in range(SUBMITS)
    ]
    tokens = [bearer(u) for u in users]  # here: a token is a row, threads must not open connections
    video_ids = [f"wAiTiNg{i:04d}" for i in range(SUBMITS)]
    answers: list = [None] * SUBMITS

    def submit(i: int) -> None:
        answers[i] = _call(
            web_server,
            "POST",
            "/api/v1/youtube/process",
            body={"url": f"https://www.youtube.com/watch?v={video_ids[i]}"},
            token=tokens[i],
        )

    threads = [threading.Thread(target=submit, args=(i,), daemon=True) for i in range(SUBMITS)]
    for t in threads:
        t.start()
    # Every submit has created its job and is now waiting for it.
    jobs = _until(
        lambda: (
            (found := list(Job.objects.select_related("video"))) and len(found) == SUBMITS and found
        ),
        "sixteen jobs",
    )
    assert all(job.status == Job.Status.PENDING for job in jobs)

    polls: list = [None] * SUBMITS

    def poll(i: int) -> None:
        polls[i] = _call(web_server, "GET", f"/api/v1/jobs/{jobs[i].pk}/status", timeout=60)

    pollers = [threading.Thread(target=poll, args=(i,)) for i in range(SUBMITS)]
    for t in pollers:
        t.start()
    for t in pollers:
        t.join()
    # The polls were answered while all sixteen submits still waited.
    assert all(t.is_alive() for t in threads)
    assert [code for code, _ in polls] == [200] * SUBMITS
    assert {body["status"] for _, body in polls} == {"PENDING"}
    assert {body["current_step"] for _, body in polls} == {"queued"}

    for n, job in enumerate(jobs):
        _finish_like_a_worker(job, with_place=n == 0)
    for t in threads:
        t.join(timeout=EVENT_S)
    assert all(answer is not None for answer in answers), answers
    assert [code for code, _ in answers] == [200] * SUBMITS
    for (_, body), vid in zip(answers, video_ids, strict=True):
        assert body["mode"] == "new" and body["status"] == "SUCCESS"
        assert body["video_id"] == vid and body["video_title"] == f"Title of {vid}"
        assert body["video_thumbnail"].startswith("https://")
    with_place = next(body for _, body in answers if body["video_id"] == jobs[0].video.youtube_id)
    assert [p["name"] for p in with_place["places"]] == ["Onion Seongsu"]
    assert with_place["places"][0]["lat"] == 37.5447
