"""Each generation of pind client, replayed: exactly what it sends, checked on what it reads.

- the latest web map and extension: `POST /api/v1/youtube/process` with no `Prefer`
  header, `places` read from that very reply (they never poll); the extension also
  submits as a guest on `/without-login/process`;
- the older web map and extension: the same POST, then `GET /jobs/{id}/status` until a
  final word (the extension without a token), then `GET /jobs/{id}/result`;
- every web map: `GET /api/v1/users/history` (or `/youtube/history`), keyed on `id` as
  the YouTube video id;
- the old Vite map: `GET /api/v1/youtube/places/{video_id}` and `/youtube/video/{id}`;
- ids the old server issued for cached answers: `cached_<videoId>` on status and result.

The jobs run inline (django-q2 sync) on real PostgreSQL and the dev bundles.
"""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from jobs.models import Job
from jobs.services import job_execute
from tests.conftest import bearer
from videos.models import WatchHistory

PROCESS = "/api/v1/youtube/process"
GUEST = "/api/v1/youtube/without-login/process"
DEV_VIDEO = "SeOuLfOoD03"  # a dev bundle with places
FINAL = {"SUCCESS", "FAILURE", "REVOKED"}


def _watch(video_id: str) -> dict:
    return {"url": f"https://www.youtube.com/watch?v={video_id}"}


def _assert_places_as_clients_read_them(places: list) -> None:
    assert places, "the dev bundle has places"
    for place in places:
        assert list(place)[:3] == ["name", "lat", "lng"]
        assert isinstance(place["name"], str) and place["name"]
        assert place["lat"] is None or -90 <= place["lat"] <= 90
        assert place["lng"] is None or -180 <= place["lng"] <= 180
        for mention in place["mentions"]:
            assert {"source", "start_s", "end_s", "text"} <= set(mention)


def _token_client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=bearer(user))
    return client


@pytest.mark.django_db(transaction=True)
def test_latest_web_map_reads_places_from_the_submit_reply(user, bundles, sync_queue):
    vid = bundles(DEV_VIDEO)
    client = _token_client(user)
    reply = client.post(PROCESS, _watch(vid), format="json")  # no Prefer header
    assert reply.status_code == 200, reply.content
    body = reply.json()
    assert body["mode"] == "new" and body["status"] == "SUCCESS"
    assert body["video_title"] and body["video_thumbnail"].startswith("https://")
    assert body["video"]["video_id"] == vid
    _assert_places_as_clients_read_them(body["places"])

    # Submitted again: answered from the stored rows, same places, no new job.
    jobs_before = Job.objects.count()
    again = client.post(PROCESS, _watch(vid), format="json")
    assert again.status_code == 200
    assert again.json()["mode"] == "db" and again.json()["job_id"] == f"cached_{vid}"
    assert again.json()["places"] == body["places"]
    assert again.json()["video_title"] == body["video_title"]
    assert Job.objects.count() == jobs_before

    # The map lists the video once, keyed on `id` = the YouTube id.
    history = client.get("/api/v1/users/history").json()
    assert [row["id"] for row in history] == [vid]
    assert history[0]["video_id"] == vid and isinstance(history[0]["history_id"], int)
    assert history[0]["places"] == body["places"]
    assert client.get("/api/v1/youtube/history").json() == history


@pytest.mark.django_db(transaction=True)
def test_latest_extension_submits_as_a_guest_and_reads_places(bundles, sync_queue):
    vid = bundles(DEV_VIDEO)
    reply = APIClient().post(GUEST, _watch(vid), format="json")
    assert reply.status_code == 200, reply.content
    assert reply.json()["mode"] == "new"
    _assert_places_as_clients_read_them(reply.json()["places"])
    assert not WatchHistory.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_older_clients_poll_status_and_result_without_a_token(user, bundles, sync_queue):
    # The older clients read `job_id` from the reply (200 now that the submit waits) and
    # poll anyway; the extension sends no Authorization header while polling.
    vid = bundles(DEV_VIDEO)
    job_id = _token_client(user).post(PROCESS, _watch(vid), format="json").json()["job_id"]
    poller = APIClient()
    status = poller.get(f"/api/v1/jobs/{job_id}/status").json()
    assert status["status"] in FINAL and status["status"] == "SUCCESS"
    assert status["progress"] == 100 and status["current_step"] == "completed"
    result = poller.get(f"/api/v1/jobs/{job_id}/result")
    assert result.status_code == 200
    body = result.json()
    assert body["video_title"] and body["video_thumbnail"]
    _assert_places_as_clients_read_them(body["places"])


@pytest.mark.django_db
def test_older_clients_poll_a_job_that_outlasts_the_wait(user, bundles, settings):
    settings.PIND_PROCESS_WAIT_SECONDS = 1  # no worker runs here: the wait runs out
    vid = bundles(DEV_VIDEO)
    reply = _token_client(user).post(PROCESS, _watch(vid), format="json")
    assert reply.status_code == 202
    body = reply.json()
    assert body["mode"] == "queued" and body["places"] == [] and body["estimated_time"] > 0
    assert body["video_thumbnail"].startswith("https://")
    poller = APIClient()
    status = poller.get(f"/api/v1/jobs/{body['job_id']}/status").json()
    assert status["status"] == "PENDING" and status["current_step"] == "queued"
    assert poller.get(f"/api/v1/jobs/{body['job_id']}/result").status_code == 202

    assert job_execute(body["job_id"]) == "success"
    status = poller.get(f"/api/v1/jobs/{body['job_id']}/status").json()
    assert (status["status"], status["current_step"]) == ("SUCCESS", "completed")
    _assert_places_as_clients_read_them(
        poller.get(f"/api/v1/jobs/{body['job_id']}/result").json()["places"]
    )


@pytest.mark.django_db
def test_current_step_is_a_string_in_every_status(user, bundles, settings):
    settings.PIND_PROCESS_WAIT_SECONDS = 0
    vid = bundles("sTePwOrDs01")
    job_id = _token_client(user).post(PROCESS, _watch(vid), format="json").json()["job_id"]
    job = Job.objects.get(pk=job_id)
    poller = APIClient()

    def step() -> str:
        return poller.get(f"/api/v1/jobs/{job_id}/status").json()["current_step"]

    assert step() == "queued"
    assert job.claim()
    assert step() == "starting"
    assert job.report(run_id=job.run_id, step="reading_frames", progress=40)
    assert step() == "reading_frames"
    assert job.fail(code="video_unavailable", message="This video is unavailable.")
    assert step() == "failed"
    Job.objects.filter(pk=job_id).update(status="REVOKED")
    assert step() == "cancelled"


@pytest.mark.django_db
def test_cached_ids_the_old_server_issued_still_answer(user, bundles, settings):
    settings.PIND_PROCESS_WAIT_SECONDS = 0
    vid = bundles(DEV_VIDEO)
    poller = APIClient()
    assert poller.get(f"/api/v1/jobs/cached_{vid}/status").status_code == 404  # not yet
    job_id = _token_client(user).post(PROCESS, _watch(vid), format="json").json()["job_id"]
    assert job_execute(job_id) == "success"  # as a worker would (on_commit never fires here)

    status = poller.get(f"/api/v1/jobs/cached_{vid}/status")
    assert status.status_code == 200
    assert status.json()["status"] == "SUCCESS" and status.json()["job_id"] == f"cached_{vid}"
    assert status.json()["current_step"] == "completed" and status.json()["progress"] == 100
    result = poller.get(f"/api/v1/jobs/cached_{vid}/result")
    assert result.status_code == 200
    assert result.json()["video_title"] and result.json()["video"]["video_id"] == vid
    _assert_places_as_clients_read_them(result.json()["places"])
    assert poller.get("/api/v1/jobs/cached_uNkNoWn0001/result").status_code == 404
    # Cached ids are answers, not jobs: nothing to cancel or retry.
    other = _token_client(user)
    assert other.post(f"/api/v1/jobs/cached_{vid}/cancel").status_code == 404


@pytest.mark.django_db
def test_old_vite_map_reads_a_videos_places_as_an_array(user, bundles, settings):
    settings.PIND_PROCESS_WAIT_SECONDS = 0
    vid = bundles(DEV_VIDEO)
    job_id = _token_client(user).post(PROCESS, _watch(vid), format="json").json()["job_id"]
    assert job_execute(job_id) == "success"
    anyone = APIClient()
    places = anyone.get(f"/api/v1/youtube/places/{vid}")
    assert places.status_code == 200 and isinstance(places.json(), list)
    _assert_places_as_clients_read_them(places.json())
    video = anyone.get(f"/api/v1/youtube/video/{vid}").json()
    assert video["video_id"] == vid and video["places"] == places.json()
    assert anyone.get("/api/v1/youtube/places/uNkNoWn0001").status_code == 404
