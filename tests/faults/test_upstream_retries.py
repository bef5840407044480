"""YouTube failing for a while: the job retries with capped backoff and jitter, shows
`retrying` as its step, and in the end fails with a stable code and a plain sentence (#11.7).

Real HTTP against a stub YouTube on 127.0.0.1 (the shapes in tests/data/media); the
source is handed to the pipeline at its one seam, `get_source`.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import requests

from jobs import services
from jobs.models import Job
from tests.stubs import StubServer
from videos.models import Video
from videos.pipeline.youtube import YoutubeSource, error_from_ytdlp

VIDEO = "dQw4w9WgXcQ"
MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"


class StubSession(requests.Session):
    """youtube-transcript-api asks www.youtube.com; this sends it to the stub."""

    def __init__(self, base: str):
        super().__init__()
        self.base = base

    def request(self, method, url, *args, **kwargs):
        return super().request(
            method, url.replace("https://www.youtube.com", self.base), *args, **kwargs
        )


def _load(name: str, base: str = "") -> str:
    return (MEDIA / name).read_text(encoding="utf-8").replace("{BASE}", base)


class FlakyYouTube:
    """Answers 429/503 to the first `failures` requests, then like YouTube."""

    def __init__(self, failures: int):
        self.failures_left = failures
        self.lock = threading.Lock()
        self.stub = StubServer(
            {
                ("GET", "/watch"): self._guard(
                    lambda req: (
                        200,
                        _load("watch.html").encode(),
                        {"Content-Type": "text/html; charset=utf-8"},
                    ),
                    fail_with=429,
                ),
                ("POST", "/youtubei/v1/player"): self._guard(
                    lambda req: (200, json.loads(_load("player_captions.json", self.stub.url)))
                ),
                ("GET", "/api/timedtext"): self._guard(self._timedtext, fail_with=503),
            }
        )

    def _timedtext(self, req):
        if req.query.get("fmt") == ["json3"]:
            return 200, _load("auto.ko.json3").encode()
        return 200, _load("timedtext_ko.xml").encode(), {"Content-Type": "text/xml"}

    def _guard(self, answer, fail_with=503):
        def handle(req):
            with self.lock:
                failing = self.failures_left > 0
                self.failures_left -= failing
            if failing:
                return fail_with, {"error": {"code": fail_with, "status": "UNAVAILABLE"}}
            return answer(req)

        return handle

    def source(self) -> YoutubeSource:
        source = YoutubeSource(http_session=StubSession(self.stub.url))
        source._info[VIDEO] = json.loads(_load("ytdlp_info.json", self.stub.url))
        return source

    def requests_to(self, path: str) -> int:
        return sum(1 for r in self.stub.requests if r.path == path)


@pytest.fixture
def quick_retries(settings):
    settings.PIND_UPSTREAM_RETRIES = 2
    settings.PIND_RETRY_BASE_SECONDS = 0.05
    settings.PIND_RETRY_MAX_SECONDS = 0.2
    settings.PIND_OCR = "none"  # no video download: the transcript is what is tested


def _job(monkeypatch, youtube: FlakyYouTube) -> Job:
    video = Video.objects.create(youtube_id=VIDEO)
    job = Job.objects.create(video=video)
    source = youtube.source()
    monkeypatch.setattr("videos.pipeline.run.get_source", lambda: source)
    return job


@pytest.fixture
def steps(monkeypatch) -> list[str]:
    """Every step the job wrote to its row (what status polls read), in order."""
    written: list[str] = []
    report = Job.report

    def recording(self, *, run_id, step, progress):
        ok = report(self, run_id=run_id, step=step, progress=progress)
        if ok and (not written or written[-1] != step):
            written.append(step)
        return ok

    monkeypatch.setattr(Job, "report", recording)
    return written


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_job_retries_while_youtube_fails_then_succeeds(monkeypatch, quick_retries, steps):
    # First run: the transcript API is refused (429), yt-dlp's subtitles too (503).
    youtube = FlakyYouTube(failures=2)
    with youtube.stub:
        job = _job(monkeypatch, youtube)
        assert services.job_execute(str(job.pk)) == "success"
    job.refresh_from_db()
    assert job.status == Job.Status.SUCCESS
    assert job.error_code == "" and job.error_message == ""
    assert youtube.requests_to("/watch") == 2  # one run failed, the next one read it
    assert steps[:4] == [
        "fetching_metadata",
        "fetching_transcript",
        "retrying",
        "fetching_metadata",
    ]
    assert steps.count("retrying") == 1 and steps[-1] == "saving"


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_job_gives_up_after_the_bounded_retries_with_a_plain_message(
    monkeypatch, quick_retries, steps
):
    youtube = FlakyYouTube(failures=10_000)
    with youtube.stub:
        job = _job(monkeypatch, youtube)
        assert services.job_execute(str(job.pk)) == "failed (youtube_unreachable)"
    job.refresh_from_db()
    assert job.status == Job.Status.FAILURE
    assert job.error_code == "youtube_unreachable"
    assert job.error_message == "pind could not reach YouTube. Try again in a while."
    assert youtube.requests_to("/watch") == 3  # the first run and two retries
    assert steps.count("retrying") == 2
    assert services.job_can_retry(job)  # later may work: "Try again" stays


def test_backoff_grows_is_capped_and_jittered(settings):
    settings.PIND_RETRY_BASE_SECONDS = 5
    settings.PIND_RETRY_MAX_SECONDS = 60
    for retry, step in [(1, 5), (2, 10), (3, 20), (4, 40), (5, 60), (9, 60)]:
        delays = [services.retry_delay(retry) for _ in range(50)]
        assert all(step / 2 <= d <= step for d in delays), (retry, min(delays), max(delays))
        assert len(set(delays)) > 1  # jitter


@pytest.mark.parametrize(
    ("raw", "code", "retryable"),
    [
        (
            "Unable to download webpage: <urlopen error [Errno 111] Connection refused>",
            "youtube_unreachable",
            True,
        ),
        (
            "Unable to download API page: HTTP Error 503: Service Unavailable",
            "youtube_unreachable",
            True,
        ),
        (
            "Unable to download API page: HTTP Error 429: Too Many Requests",
            "blocked_by_youtube",
            True,
        ),
        (
            "<urlopen error [Errno -3] Temporary failure in name resolution>",
            "youtube_unreachable",
            True,
        ),
        ("Video unavailable. This video is no longer available", "video_unavailable", False),
    ],
)
def test_ytdlp_errors_get_a_stable_code_and_lose_their_raw_text(raw, code, retryable):
    from yt_dlp.utils import DownloadError

    error = error_from_ytdlp(DownloadError(f"ERROR: [youtube] {VIDEO}: {raw}"), VIDEO)
    assert (error.code, error.retryable) == (code, retryable)
    assert raw not in str(error) and "ERROR" not in str(error) and "Errno" not in str(error)
    assert services.failure_message(error.code)


def test_every_code_the_pipeline_raises_has_a_plain_message():
    import re

    root = Path(__file__).resolve().parents[2]
    codes = set()
    for path in (root / "videos" / "pipeline").rglob("*.py"):
        codes |= set(re.findall(r'code="([a-z_]+)"', path.read_text(encoding="utf-8")))
    from videos.pipeline import youtube

    codes |= {code for _, code, _ in youtube._ERRORS}
    missing = {c for c in codes if c not in services.FAILURE_MESSAGES}
    assert not missing, missing
