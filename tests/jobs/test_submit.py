"""Submitting a URL, reading the job: inline (sync) runs on real PostgreSQL."""

from __future__ import annotations

import pytest
from django_q.models import OrmQ

from jobs.models import Job, JobSubscriber
from videos.models import Video, WatchHistory

pytestmark = pytest.mark.django_db

PROCESS = "/api/v1/youtube/process"
GUEST = "/api/v1/youtube/without-login/process"


@pytest.fixture(autouse=True)
def _answer_at_once(settings):
    # These tests run jobs inline after the request (or not at all): a waiting submit
    # would only wait out its time. tests/api/test_waiting_submit.py covers the wait.
    settings.PIND_PROCESS_WAIT_SECONDS = 0


def url(video_id: str) -> str:
    return f"https://www.youtube.com/watch?v={video_id}&t=42s"


def submit(client, video_id, capture, path=PROCESS, **extra):
    with capture(execute=True):
        return client.post(path, {"url": url(video_id)}, format="json", **extra)


def test_invalid_url_is_400_and_creates_nothing(auth_client):
    for bad in ["https://youtube.com.evil.com/watch?v=dQw4w9WgXcQ", "ytsearch:pizza", "", 42]:
        resp = auth_client.post(PROCESS, {"url": bad}, format="json")
        assert resp.status_code == 400, bad
        body = resp.json()
        assert body["detail"] == "Invalid YouTube URL"
        assert body["code"] == "invalid_url"
    assert auth_client.post(PROCESS, {}, format="json").json()["code"] == "url_required"
    assert auth_client.post(PROCESS, [1, 2], format="json").status_code == 400
    assert not Job.objects.exists() and not Video.objects.exists() and not OrmQ.objects.exists()


def test_too_long_url_is_rejected_before_parsing(auth_client):
    long_url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&x=" + "a" * 3000
    resp = auth_client.post(PROCESS, {"url": long_url}, format="json")
    assert resp.status_code == 400
    assert resp.json()["code"] == "invalid_url"


def test_submit_queues_one_job_after_commit(
    auth_client, user, bundles, django_capture_on_commit_callbacks
):
    vid = bundles("qUeUeD00001")
    resp = submit(auth_client, vid, django_capture_on_commit_callbacks)
    assert resp.status_code == 202
    body = resp.json()
    assert body["mode"] == "queued" and body["status"] == "PENDING" and body["places"] == []
    assert body["estimated_time"] > 0
    job = Job.objects.get(pk=body["job_id"])
    assert job.owner == user and job.video.youtube_id == vid
    assert OrmQ.objects.count() == 1

    again = submit(auth_client, vid, django_capture_on_commit_callbacks)
    assert again.json()["job_id"] == body["job_id"]
    assert OrmQ.objects.count() == 1


def test_sync_run_reports_every_step_and_answers_result(
    auth_client, user, bundles, sync_queue, django_capture_on_commit_callbacks, monkeypatch
):
    from jobs import models as job_models

    steps = []
    real_report = job_models.Job.report

    def spy(self, *, run_id, step, progress):
        steps.append((step, progress))
        return real_report(self, run_id=run_id, step=step, progress=progress)

    monkeypatch.setattr(job_models.Job, "report", spy)
    vid = bundles("sYnCrUn0001")
    resp = submit(auth_client, vid, django_capture_on_commit_callbacks)
    job_id = resp.json()["job_id"]
    status = auth_client.get(f"/api/v1/jobs/{job_id}/status").json()
    assert status["status"] == "SUCCESS" and status["progress"] == 100
    assert status["error_code"] is None and status["estimated_remaining"] is None
    names = [s for s, _ in steps]
    assert names[0] == "fetching_metadata" and names[-1] == "saving"
    for expected in ("fetching_transcript", "extracting_places", "geocoding"):
        assert expected in names
    percents = [p for _, p in steps]
    assert percents == sorted(percents)

    result = auth_client.get(f"/api/v1/jobs/{job_id}/result")
    assert result.status_code == 200
    body = result.json()
    assert body["status"] == "SUCCESS" and isinstance(body["places"], list)
    assert body["video"]["video_id"] == vid and body["video_title"]
    assert body["processing_time"] >= 0
    assert WatchHistory.objects.filter(user=user, video__youtube_id=vid).exists()
    assert Video.objects.get(youtube_id=vid).state == Video.State.PROCESSED


def test_processed_video_is_answered_at_once_from_the_db(
    auth_client, other_client, other_user, bundles, sync_queue, django_capture_on_commit_callbacks
):
    vid = bundles("dBmOdE00001")
    submit(auth_client, vid, django_capture_on_commit_callbacks)
    resp = submit(other_client, vid, django_capture_on_commit_callbacks)
    assert resp.status_code == 200
    body = resp.json()
    assert body["mode"] == "db" and body["status"] == "SUCCESS"
    assert body["estimated_time"] is None and isinstance(body["places"], list)
    assert body["video"]["video_id"] == vid
    assert Job.objects.filter(video__youtube_id=vid, from_cache=False).count() == 1
    # The db-mode job is a real, finished job: status and result work on its id.
    assert other_client.get(f"/api/v1/jobs/{body['job_id']}/result").status_code == 200
    assert WatchHistory.objects.filter(user=other_user, video__youtube_id=vid).exists()


def test_failures_are_not_cached(
    auth_client, bundles, sync_queue, django_capture_on_commit_callbacks
):
    vid = "nObUnDlE001"  # no bundle: the source fails with video_unavailable
    first = submit(auth_client, vid, django_capture_on_commit_callbacks).json()
    job = Job.objects.get(pk=first["job_id"])
    assert job.status == "FAILURE" and job.error_code == "video_unavailable"
    bundles(vid)  # the video became available
    second = submit(auth_client, vid, django_capture_on_commit_callbacks)
    assert second.json()["job_id"] != first["job_id"]
    assert Job.objects.get(pk=second.json()["job_id"]).status == "SUCCESS"


@pytest.mark.parametrize(
    "changes, code",
    [
        ({"duration": 99_999}, "video_too_long"),
        ({"live_status": "is_upcoming"}, "live_not_supported"),
    ],
)
def test_cost_guards_fail_with_clear_codes(
    auth_client, bundles, sync_queue, django_capture_on_commit_callbacks, changes, code
):
    vid = bundles("gUaRd000001", **changes)
    job_id = submit(auth_client, vid, django_capture_on_commit_callbacks).json()["job_id"]
    result = auth_client.get(f"/api/v1/jobs/{job_id}/result")
    assert result.status_code == 200
    assert result.json()["status"] == "FAILURE" and result.json()["error_code"] == code
    assert result.json()["places"] == []


def test_any_holder_of_the_id_reads_a_job_but_only_its_submitters_act_on_it(
    auth_client, other_client, api_client, bundles, django_capture_on_commit_callbacks
):
    vid = bundles("oWnEr000001")
    job_id = submit(auth_client, vid, django_capture_on_commit_callbacks).json()["job_id"]
    for client in (other_client, api_client, auth_client):  # api_client: no token at all
        status = client.get(f"/api/v1/jobs/{job_id}/status")
        assert status.status_code == 200 and status.json()["job_id"] == job_id
        assert client.get(f"/api/v1/jobs/{job_id}/result").status_code == 202
    for action in ("cancel", "retry"):
        assert other_client.post(f"/api/v1/jobs/{job_id}/{action}").status_code == 404
        assert api_client.post(f"/api/v1/jobs/{job_id}/{action}").status_code == 401
    assert job_id not in [j["job_id"] for j in other_client.get("/api/v1/jobs").json()]
    assert Job.objects.get(pk=job_id).status == "PENDING"
    assert auth_client.post(f"/api/v1/jobs/{job_id}/cancel").status_code == 200


def test_unknown_jobs_are_404(api_client):
    unknown = "/api/v1/jobs/00000000-0000-0000-0000-000000000000/status"
    assert api_client.get(unknown).status_code == 404
    for bad in ("not-a-uuid", "cached_", "cached_nOtAvIdEo00", "cached_x"):
        resp = api_client.get(f"/api/v1/jobs/{bad}/status")
        assert resp.status_code == 404 and resp.json()["code"] == "job_not_found"


def test_guest_job_is_readable_by_whoever_holds_the_id(
    api_client, other_client, bundles, django_capture_on_commit_callbacks
):
    vid = bundles("gUeSt000001")
    resp = submit(api_client, vid, django_capture_on_commit_callbacks, path=GUEST)
    assert resp.status_code == 202
    job_id = resp.json()["job_id"]
    assert Job.objects.get(pk=job_id).owner is None
    from rest_framework.test import APIClient

    assert APIClient().get(f"/api/v1/jobs/{job_id}/status").status_code == 200
    assert other_client.get(f"/api/v1/jobs/{job_id}/status").status_code == 200


def test_guest_alias_ignores_a_stale_token(bundles, django_capture_on_commit_callbacks):
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer not-a-token")
    resp = submit(client, bundles("gUeSt000002"), django_capture_on_commit_callbacks, path=GUEST)
    assert resp.status_code == 202


def test_second_user_joins_the_job_in_flight_and_both_get_history(
    auth_client,
    other_client,
    user,
    other_user,
    bundles,
    sync_queue,
    django_capture_on_commit_callbacks,
):
    vid = bundles("jOiN0000001")
    from django_q.conf import Conf

    Conf.SYNC = False  # keep the job queued while bob joins
    first = submit(auth_client, vid, django_capture_on_commit_callbacks).json()
    second = submit(other_client, vid, django_capture_on_commit_callbacks).json()
    assert first["job_id"] == second["job_id"]
    assert other_client.get(f"/api/v1/jobs/{first['job_id']}/status").status_code == 200
    assert JobSubscriber.objects.filter(job_id=first["job_id"]).count() == 2

    from jobs.services import job_execute

    assert job_execute(first["job_id"]) == "success"
    for who in (user, other_user):
        assert WatchHistory.objects.filter(user=who, video__youtube_id=vid).exists()
    ids = [j["job_id"] for j in other_client.get("/api/v1/jobs").json()]
    assert first["job_id"] in ids


def test_active_job_cap_answers_429_with_the_active_ids(
    auth_client, bundles, settings, django_capture_on_commit_callbacks
):
    settings.PIND_MAX_ACTIVE_JOBS_PER_USER = 2
    ids = [
        submit(auth_client, bundles(f"cApCaP0000{i}"), django_capture_on_commit_callbacks).json()[
            "job_id"
        ]
        for i in range(2)
    ]
    resp = submit(auth_client, bundles("cApCaP00009"), django_capture_on_commit_callbacks)
    assert resp.status_code == 429
    body = resp.json()
    assert body["code"] == "too_many_active_jobs"
    assert sorted(body["active_job_ids"]) == sorted(ids)
    assert not Video.objects.filter(youtube_id="cApCaP00009").exists()


def test_guest_submits_are_throttled(
    api_client, bundles, settings, django_capture_on_commit_callbacks
):
    from jobs.throttles import SubmitGuestThrottle

    SubmitGuestThrottle.THROTTLE_RATES = dict(
        SubmitGuestThrottle.THROTTLE_RATES, submit_guest="2/min"
    )
    try:
        codes = [
            submit(
                api_client,
                bundles(f"tHrOtTlE00{i}"),
                django_capture_on_commit_callbacks,
                path=GUEST,
            ).status_code
            for i in range(3)
        ]
    finally:
        del SubmitGuestThrottle.THROTTLE_RATES
    assert codes == [202, 202, 429]


@pytest.mark.django_db(transaction=True)
def test_prefer_wait_answers_with_places_when_the_job_finishes(
    auth_client, bundles, sync_queue, django_capture_on_commit_callbacks
):
    vid = bundles("wAiT0000001")
    resp = submit(auth_client, vid, django_capture_on_commit_callbacks, HTTP_PREFER="wait=5")
    assert resp.status_code == 200
    body = resp.json()
    assert body["mode"] == "new" and body["status"] == "SUCCESS"
    assert isinstance(body["places"], list) and body["video"]["video_id"] == vid


def test_wait_times_out_into_the_202(auth_client, bundles, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        resp = auth_client.post(
            f"{PROCESS}?wait=0.3", {"url": url(bundles("wAiT0000002"))}, format="json"
        )
    assert resp.status_code == 202 and resp.json()["mode"] == "queued"
    bad = auth_client.post(f"{PROCESS}?wait=soon", {"url": url("wAiT0000003")}, format="json")
    assert bad.status_code == 400 and bad.json()["code"] == "invalid_wait"


def test_cancel_then_retry(auth_client, bundles, sync_queue, django_capture_on_commit_callbacks):
    from django_q.conf import Conf

    Conf.SYNC = False
    vid = bundles("cAnCeL00001")
    job_id = submit(auth_client, vid, django_capture_on_commit_callbacks).json()["job_id"]
    resp = auth_client.post(f"/api/v1/jobs/{job_id}/cancel")
    assert resp.status_code == 200 and resp.json()["status"] == "REVOKED"
    assert auth_client.post(f"/api/v1/jobs/{job_id}/cancel").status_code == 409
    result = auth_client.get(f"/api/v1/jobs/{job_id}/result")
    assert result.status_code == 200 and result.json()["status"] == "REVOKED"

    from jobs.services import job_execute

    assert job_execute(job_id).startswith("skipped")  # the queued message finds it revoked

    Conf.SYNC = True
    with django_capture_on_commit_callbacks(execute=True):
        retry = auth_client.post(f"/api/v1/jobs/{job_id}/retry")
    assert retry.status_code == 202
    assert Job.objects.get(pk=job_id).status == "SUCCESS"
    assert auth_client.post(f"/api/v1/jobs/{job_id}/retry").json()["code"] == "not_retryable"


def test_cancel_stops_a_running_job_at_the_next_step(
    auth_client, bundles, django_capture_on_commit_callbacks, monkeypatch
):
    from jobs import services

    vid = bundles("cAnCeL00002")
    job_id = submit(auth_client, vid, django_capture_on_commit_callbacks).json()["job_id"]
    from videos.pipeline import transcripts

    real = transcripts.fetch_transcript

    def cancel_meanwhile(source, info):
        auth_client.post(f"/api/v1/jobs/{job_id}/cancel")
        return real(source, info)

    monkeypatch.setattr(transcripts, "fetch_transcript", cancel_meanwhile)
    assert services.job_execute(job_id) == "stopped (REVOKED)"
    job = Job.objects.get(pk=job_id)
    assert job.status == "REVOKED" and job.step == "fetching_transcript"
    assert Video.objects.get(youtube_id=vid).state != Video.State.PROCESSED
