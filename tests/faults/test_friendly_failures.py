"""Failures speak to people: no server paths or library text, an unknown video says so
and offers no "Try again", a malformed bundle is `bad_bundle` (#10.6)."""

from __future__ import annotations

import json

import pytest

from jobs import services
from jobs.models import Job
from videos.models import Video

pytestmark = pytest.mark.django_db

UNKNOWN = "nObUnDlE001"


@pytest.fixture
def bundles(tmp_path, settings):
    root = tmp_path / "server-private-bundles"
    root.mkdir()
    settings.PIND_BUNDLES_DIR = root
    settings.PIND_OCR = "none"

    def add(video_id: str, info) -> str:
        (root / video_id).mkdir()
        (root / video_id / f"{video_id}.info.json").write_text(json.dumps(info), "utf-8")
        return video_id

    add.root = root
    return add


def _run(video_id: str, owner=None) -> Job:
    job = Job.objects.create(video=Video.objects.create(youtube_id=video_id), owner=owner)
    services.job_execute(str(job.pk))
    job.refresh_from_db()
    return job


def _plain(text: str, root, *, html: bool = False) -> None:
    assert str(root) not in text
    assert html or "/" not in text  # a page has links; a message has no paths at all
    for raw in ("Traceback", "Errno", "ERROR:", "Error(", "json.decoder", "yt-dlp"):
        assert raw not in text


def test_an_unknown_video_says_so_plainly_and_offers_no_try_again(
    bundles, user, client, auth_client
):
    job = _run(UNKNOWN, owner=user)
    assert (job.status, job.error_code) == ("FAILURE", "video_unavailable")
    assert job.error_message.startswith("This video is not available")
    _plain(job.error_message, bundles.root)

    client.force_login(user)
    page = client.get(f"/jobs/{job.pk}/").content.decode()
    assert job.error_message in page
    assert 'id="job-retry" hidden' in page
    _plain(page, bundles.root, html=True)
    state = client.get(f"/jobs/{job.pk}/progress.json").json()
    assert state["can_retry"] is False and state["error_code"] == "video_unavailable"

    status = auth_client.get(f"/api/v1/jobs/{job.pk}/status").json()
    assert status["error_message"] == job.error_message


def test_a_failure_that_may_pass_still_offers_try_again(user, client):
    job = Job.objects.create(video=Video.objects.create(youtube_id=UNKNOWN), owner=user)
    job.claim()
    job.fail(code="blocked_by_youtube", message=services.failure_message("blocked_by_youtube"))
    client.force_login(user)
    assert client.get(f"/jobs/{job.pk}/progress.json").json()["can_retry"] is True
    assert 'id="job-retry" hidden' not in client.get(f"/jobs/{job.pk}/").content.decode()


@pytest.mark.parametrize(
    "info",
    [
        [],
        ["not", "an", "object"],
        "just text",
        {"title": 5},
        {"title": "ok", "duration": "long"},
        {"title": "ok", "tags": [1, 2]},
        {"title": "ok", "chapters": "intro"},
        {"title": "ok", "chapters": [{"title": "a", "start_time": "zero"}]},
        {"title": "ok", "automatic_captions": ["ko"]},
    ],
    ids=lambda info: json.dumps(info)[:30],
)
def test_a_malformed_bundle_is_bad_bundle_not_internal_error(bundles, info):
    video_id = bundles("bAdBuNdLe01", info)
    job = _run(video_id)
    assert (job.status, job.error_code) == ("FAILURE", "bad_bundle")
    assert job.error_message == services.failure_message("bad_bundle")
    _plain(job.error_message, bundles.root)


def test_a_bundle_that_is_not_json_is_bad_bundle(bundles):
    bundles("nOtJsOn0001", {})
    (bundles.root / "nOtJsOn0001" / "nOtJsOn0001.info.json").write_text("{oops", "utf-8")
    job = _run("nOtJsOn0001")
    assert job.error_code == "bad_bundle"


def test_an_unexpected_crash_reads_plainly_too(bundles, monkeypatch):
    def broken(*args, **kwargs):
        raise KeyError("/srv/pind/secret/path")

    monkeypatch.setattr(services, "run_from", broken)
    job = _run(UNKNOWN)
    assert job.error_code == "internal_error"
    assert job.error_message == "Something went wrong while processing this video."
