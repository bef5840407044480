"""The queue for real: a `manage.py qcluster` subprocess on this test's database.

Transactional tests (rows are committed, so the cluster sees them). Every wait is for an
event (the cluster's workers ready, the Job row at a step or status), never a fixed time,
so the file passes on a loaded machine (`stress --cpu 4` on 2 cores) too; see conftest.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from django.db import connection
from django_q.models import Task
from rest_framework.test import APIClient

from jobs.models import Job
from places.models import Mention
from tests.conftest import bearer
from tests.jobs.conftest import DEV_VIDEO, HANG_S, wait_until
from videos.models import Video, WatchHistory

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

PROCESS = "/api/v1/youtube/process"
TERMINAL = {"SUCCESS", "FAILURE", "REVOKED"}


@pytest.fixture(autouse=True)
def _answer_at_once(settings):
    # These tests follow the job by polling (the older clients' way); the waiting submit,
    # now the default, has its own tests in tests/api/.
    settings.PIND_PROCESS_WAIT_SECONDS = 0


def url(video_id: str) -> str:
    return f"https://youtu.be/{video_id}?si=share"


def poll(client, job_id: str, cluster=None) -> dict:
    """Until the job is finished, reading it as a client does (which also reaps it when
    its worker stopped beating)."""

    def done():
        body = client.get(f"/api/v1/jobs/{job_id}/status").json()
        return body if body["status"] in TERMINAL else None

    return wait_until(done, what=f"job {job_id} to finish", cluster=cluster)


def test_submit_poll_result_and_history_through_a_real_cluster(
    auth_client, user, bundles, start_cluster
):
    vid = bundles(DEV_VIDEO, like=DEV_VIDEO)
    start_cluster()
    resp = auth_client.post(PROCESS, {"url": url(vid)}, format="json")
    assert resp.status_code == 202, resp.content
    job_id = resp.json()["job_id"]
    status = poll(auth_client, job_id)
    assert status["status"] == "SUCCESS", status
    result = auth_client.get(f"/api/v1/jobs/{job_id}/result").json()
    assert result["video"]["video_id"] == vid and result["video_title"]
    assert isinstance(result["places"], list)
    history = auth_client.get("/api/v1/users/history").json()
    assert [row["video_id"] for row in history] == [vid]
    # The cluster's monitor records the task just after the worker returns.
    wait_until(
        lambda: Task.objects.filter(name=f"job-{job_id}", success=True).exists(),
        what="the task record",
    )


def test_eight_concurrent_submits_make_one_job_and_one_run(
    django_user_model, password, bundles, start_cluster
):
    vid = bundles("cOnCuRrEnT1")
    users = [
        django_user_model.objects.create_user(email=f"u{i}@example.com", password=password)
        for i in range(8)
    ]
    start_cluster()
    barrier = threading.Barrier(8)
    answers: list = [None] * 8

    def submit(i: int) -> None:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=bearer(users[i]))
        barrier.wait()
        try:
            answers[i] = client.post(PROCESS, {"url": url(vid)}, format="json")
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(a is not None and a.status_code in (200, 202) for a in answers), answers
    job_ids = {a.json()["job_id"] for a in answers if a.json()["mode"] == "queued"}
    assert len(job_ids) == 1
    job_id = job_ids.pop()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=bearer(users[0]))
    assert poll(client, job_id)["status"] == "SUCCESS"
    assert Job.objects.filter(video__youtube_id=vid, from_cache=False).count() == 1
    wait_until(
        lambda: Task.objects.filter(func="jobs.tasks.run_job").exists(), what="the task record"
    )
    assert Task.objects.filter(func="jobs.tasks.run_job").count() == 1
    assert Job.objects.get(pk=job_id).attempts == 1
    # Everyone who submitted may read the job and has the video in their history.
    assert WatchHistory.objects.filter(video__youtube_id=vid).count() == 8


@pytest.fixture
def slow_marker(tmp_path):
    marker = tmp_path / "slow"
    marker.write_text("1")
    yield marker
    marker.unlink(missing_ok=True)


def _worker_pid(marker: Path) -> int:
    pid_file = Path(f"{marker}.pid")
    wait_until(pid_file.exists, what="the slow step to start")
    return int(pid_file.read_text())


# A heartbeat comes every STALE_S / 4 s: slack for a worker starved by a loaded machine,
# so a live run is never taken for a dead one.
STALE_S = 6


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A killed worker stays a zombie until its parent reaps it: that is gone too.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[-1].startswith("Z"))


def _assert_nothing_saved(vid: str) -> None:
    video = Video.objects.get(youtube_id=vid)
    assert video.state != Video.State.PROCESSED and video.processed_at is None
    assert not Mention.objects.filter(video=video).exists()
    assert not WatchHistory.objects.filter(video=video).exists()


def test_sigkilled_worker_job_is_requeued_and_finishes(
    auth_client, bundles, start_cluster, slow_marker, settings
):
    settings.PIND_JOB_STALE_SECONDS = STALE_S
    vid = bundles("kIlLeD00001")
    cluster = start_cluster(PIND_TEST_SLOW_MARKER=slow_marker, PIND_JOB_STALE_SECONDS=STALE_S)
    job_id = auth_client.post(PROCESS, {"url": url(vid)}, format="json").json()["job_id"]
    pid = _worker_pid(slow_marker)
    job = Job.objects.get(pk=job_id)
    assert job.status == "PROGRESS" and job.step == "reading_frames"
    os.kill(pid, signal.SIGKILL)
    wait_until(lambda: not _running(pid), what="the killed worker to be gone")
    _assert_nothing_saved(vid)
    slow_marker.unlink()  # the next attempt runs at full speed
    status = poll(auth_client, job_id, cluster)
    assert status["status"] == "SUCCESS", (status, cluster.output()[-3000:])
    job.refresh_from_db()
    assert job.attempts == 2
    assert Video.objects.get(youtube_id=vid).state == Video.State.PROCESSED


def test_sigkilled_worker_without_attempts_left_fails_with_worker_lost(
    auth_client, bundles, start_cluster, slow_marker, settings
):
    settings.PIND_JOB_STALE_SECONDS = STALE_S
    settings.PIND_JOB_MAX_ATTEMPTS = 1
    vid = bundles("kIlLeD00002")
    start_cluster(
        PIND_TEST_SLOW_MARKER=slow_marker, PIND_JOB_STALE_SECONDS=STALE_S, PIND_JOB_MAX_ATTEMPTS=1
    )
    job_id = auth_client.post(PROCESS, {"url": url(vid)}, format="json").json()["job_id"]
    os.kill(_worker_pid(slow_marker), signal.SIGKILL)
    status = poll(auth_client, job_id)
    assert status["status"] == "FAILURE" and status["error_code"] == "worker_lost"
    _assert_nothing_saved(vid)
    # Not cached: submitting again starts a fresh job.
    slow_marker.unlink()
    again = auth_client.post(PROCESS, {"url": url(vid)}, format="json").json()
    assert again["job_id"] != job_id and again["mode"] == "queued"
    assert poll(auth_client, again["job_id"])["status"] == "SUCCESS"


def test_cancel_stops_a_running_job_and_retry_finishes_it(
    auth_client, bundles, start_cluster, slow_marker
):
    vid = bundles("cAnCeLrUn01")
    start_cluster(PIND_TEST_SLOW_MARKER=slow_marker)
    job_id = auth_client.post(PROCESS, {"url": url(vid)}, format="json").json()["job_id"]
    _worker_pid(slow_marker)
    assert auth_client.post(f"/api/v1/jobs/{job_id}/cancel").json()["status"] == "REVOKED"
    slow_marker.unlink()  # the worker reaches its next step boundary and stops
    wait_until(lambda: Task.objects.filter(name=f"job-{job_id}").exists(), what="the task to end")
    assert Job.objects.get(pk=job_id).status == "REVOKED"
    _assert_nothing_saved(vid)
    assert auth_client.post(f"/api/v1/jobs/{job_id}/retry").status_code == 202
    assert poll(auth_client, job_id)["status"] == "SUCCESS"


def test_prefer_wait_answers_with_places_from_the_cluster(auth_client, bundles, start_cluster):
    vid = bundles("pReFeRwAiT1")
    start_cluster()
    # The server waits at most PIND_PROCESS_WAIT_MAX_SECONDS (60): long enough for a dev
    # bundle on a loaded machine, with the cluster's workers already warm.
    resp = auth_client.post(PROCESS, {"url": url(vid)}, format="json", HTTP_PREFER="wait=60")
    assert resp.status_code == 200, resp.content
    body = resp.json()
    assert body["mode"] == "new" and body["status"] == "SUCCESS"
    assert isinstance(body["places"], list)


def test_existing_clients_flow_replayed(user, password, bundles, start_cluster):
    """What the web map and the extension send, in order."""
    vid = bundles("cLiEnTfLoW1")
    start_cluster()
    client = APIClient()
    login = client.post("/auth/login", {"username": user.email, "password": password})
    assert login.status_code == 200
    token = login.json()
    assert token["token_type"] == "bearer"
    client.credentials(HTTP_AUTHORIZATION=f"{token['token_type']} {token['access_token']}")
    submitted = client.post(
        PROCESS,
        {"url": f"https://www.youtube.com/watch?v={vid}"},
        format="json",
        HTTP_ORIGIN="http://localhost:3000",
    )
    assert submitted.status_code == 202
    assert submitted["Access-Control-Allow-Origin"] == "http://localhost:3000"
    job_id = submitted.json()["job_id"]
    seen = set()
    while True:
        body = client.get(f"/api/v1/jobs/{job_id}/status").json()
        seen.add(body["status"])
        assert 0 <= body["progress"] <= 100
        if body["status"] in TERMINAL:
            break
        time.sleep(0.1)
    assert body["status"] == "SUCCESS"
    result = client.get(f"/api/v1/jobs/{job_id}/result").json()
    assert result["status"] == "SUCCESS" and isinstance(result["places"], list)
    for place in result["places"]:
        assert {"name", "lat", "lng"} <= set(place)
    history = client.get("/api/v1/youtube/history")
    assert history.status_code == 200 and isinstance(history.json(), list)
    assert history.json()[0]["video_id"] == vid
    assert history.json()[0]["places"] == result["places"]


def test_two_clusters_on_one_database_share_the_queue_and_run_each_job_once(
    auth_client, bundles, start_cluster, settings
):
    """Two qcluster hosts on one PostgreSQL (README, deployment): each job is claimed by one
    of them (jobs.broker takes tasks with one UPDATE of their lock, FOR UPDATE SKIP LOCKED)."""
    settings.PIND_MAX_ACTIVE_JOBS_PER_USER = 0  # eight at once, from one user
    vids = [bundles(f"tWoHoStS{i:03d}") for i in range(8)]
    # One worker each, claiming one task at a time, so a single host cannot hold them all.
    narrow = {"Q_WORKERS": 1, "Q_BULK": 1, "Q_QUEUE_LIMIT": 1}
    clusters = [start_cluster(**narrow), start_cluster(**narrow)]
    job_ids = [
        auth_client.post(PROCESS, {"url": url(vid)}, format="json").json()["job_id"] for vid in vids
    ]
    for job_id in job_ids:
        assert poll(auth_client, job_id)["status"] == "SUCCESS"
    jobs = Job.objects.filter(pk__in=job_ids)
    assert sorted(job.attempts for job in jobs) == [1] * 8
    wait_until(
        lambda: Task.objects.filter(func="jobs.tasks.run_job").count() >= 8,
        what="the task records",
    )
    tasks = Task.objects.filter(func="jobs.tasks.run_job")
    assert sorted(tasks.values_list("name", flat=True)) == sorted(f"job-{j}" for j in job_ids)
    assert all(task.success for task in tasks)
    assert all(str(task.result) == "success" for task in tasks)
    # Each job was taken by exactly one of the two clusters, and both took some.
    ran = [
        {j for j in job_ids if f"processing job-{j}" in c.output() or f"[job-{j}]" in c.output()}
        for c in clusters
    ]
    assert ran[0].isdisjoint(ran[1]) and ran[0] | ran[1] == set(job_ids), ran
    assert ran[0] and ran[1], ran


def test_an_idle_cluster_starts_a_submitted_job_when_told_not_at_its_next_poll(
    auth_client, bundles, start_cluster
):
    """The insert's NOTIFY (migration jobs/0005) wakes the pusher: with a poll interval
    longer than the hang limit, the job could only finish before it by being woken."""
    vid = bundles("nOtIfYwAkE1")
    cluster = start_cluster(Q_POLL=HANG_S * 2)
    job_id = auth_client.post(PROCESS, {"url": url(vid)}, format="json").json()["job_id"]
    assert poll(auth_client, job_id, cluster)["status"] == "SUCCESS"
