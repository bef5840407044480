"""The youtube source against a local stub server with responses of YouTube's shapes.

youtube-transcript-api has no base-URL setting: its requests go through the session we
give it, which sends www.youtube.com to the stub. yt-dlp's extractor is replaced at its
one seam (`YoutubeDL.extract_info`) by the recorded info dict; downloads then run through
yt-dlp's real format choice and HTTP downloader against the stub.
"""

import json

import pytest
import requests
from yt_dlp import YoutubeDL
from yt_dlp.utils import DownloadError

from tests.stubs import StubServer
from videos.pipeline import transcripts
from videos.pipeline.sources import get_source
from videos.pipeline.types import PipelineError
from videos.pipeline.youtube import YoutubeSource, canonical_url

VIDEO = "dQw4w9WgXcQ"


class StubSession(requests.Session):
    """Sends www.youtube.com requests to the stub server."""

    def __init__(self, base: str):
        super().__init__()
        self.base = base

    def request(self, method, url, *args, **kwargs):
        url = url.replace("https://www.youtube.com", self.base)
        return super().request(method, url, *args, **kwargs)


def _load(media_data, name, base=""):
    return (media_data / name).read_text(encoding="utf-8").replace("{BASE}", base)


@pytest.fixture
def youtube(media_data):
    """A stub YouTube; `player` and `info` can be swapped per test."""
    state = {"player": None}

    def player(req):
        return 200, json.loads(state["player"])

    def timedtext(req):
        q = {k: v[0] for k, v in req.query.items()}
        if q.get("fmt") == "json3":
            return 200, _load(media_data, "auto.ko.json3").encode()
        if q.get("lang") == "ko" and q.get("kind") != "asr":
            return (
                200,
                _load(media_data, "timedtext_ko.xml").encode(),
                {"Content-Type": "text/xml; charset=UTF-8"},
            )
        return (
            200,
            b'<?xml version="1.0"?><transcript><text start="1" dur="1">other</text></transcript>',
        )

    routes = {
        ("GET", "/watch"): lambda req: (
            200,
            _load(media_data, "watch.html").encode(),
            {"Content-Type": "text/html; charset=utf-8"},
        ),
        ("POST", "/youtubei/v1/player"): player,
        ("GET", "/api/timedtext"): timedtext,
        ("GET", "/videoplayback/134.mp4"): (200, b"\x00\x00\x00\x18ftypmp42" + b"0" * 2000),
        ("GET", "/videoplayback/139.m4a"): (200, b"\x00\x00\x00\x18ftypM4A " + b"0" * 1000),
    }
    with StubServer(routes) as stub:
        state["player"] = _load(media_data, "player_captions.json", stub.url)
        source = YoutubeSource(http_session=StubSession(stub.url))
        source._info[VIDEO] = json.loads(_load(media_data, "ytdlp_info.json", stub.url))
        yield stub, source, state


def _player(status, reason):
    return json.dumps({"playabilityStatus": {"status": status, "reason": reason}})


def test_transcript_api_prefers_manual_korean_and_keeps_timestamps(youtube):
    stub, source, _ = youtube

    t = transcripts.fetch_transcript(source, source.fetch_info(VIDEO))

    assert (t.language, t.kind) == ("ko", "manual")
    assert [(s.start_s, s.end_s) for s in t.segments] == [(0.5, 3.5), (8.5, 12.5), (13.0, 17.0)]
    assert t.segments[1].text.startswith("첫 번째로 온 곳은 어니언 성수")
    assert "'소금빵'" in t.segments[2].text
    paths = [(r.method, r.path) for r in stub.requests]
    assert ("GET", "/watch") in paths and ("POST", "/youtubei/v1/player") in paths
    [caption_request] = [r for r in stub.requests if r.path == "/api/timedtext"]
    assert "kind" not in caption_request.query


def test_blocked_transcript_api_falls_back_to_ytdlp_subtitles(youtube):
    stub, source, state = youtube
    state["player"] = _player("LOGIN_REQUIRED", "Sign in to confirm you’re not a bot")

    t = source.fetch_transcript(source.fetch_info(VIDEO))

    assert (t.language, t.kind) == ("ko", "automatic")
    assert [s.text for s in t.segments] == ["오늘은 성수동에 왔어요", "어니언 성수 도착"]
    [sub] = [r for r in stub.requests if r.query.get("fmt") == ["json3"]]
    assert "tlang" not in sub.query  # the spoken language, not a machine translation


def test_blocked_with_no_fallback_is_a_retryable_error_not_no_captions(youtube):
    _, source, state = youtube
    state["player"] = _player("LOGIN_REQUIRED", "Sign in to confirm you’re not a bot")
    source._info[VIDEO]["automatic_captions"] = {}

    with pytest.raises(PipelineError) as err:
        source.fetch_transcript(source.fetch_info(VIDEO))

    assert err.value.code == "blocked_by_youtube" and err.value.retryable


def test_transcripts_disabled_is_not_fatal(youtube):
    _, source, state = youtube
    state["player"] = json.dumps({"playabilityStatus": {"status": "OK"}})
    source._info[VIDEO]["automatic_captions"] = {}

    assert transcripts.fetch_transcript(source, source.fetch_info(VIDEO)) is None


def test_age_restricted_transcript_maps_to_its_code(youtube):
    _, source, state = youtube
    state["player"] = _player("LOGIN_REQUIRED", "This video may be inappropriate for some users.")
    with pytest.raises(PipelineError) as err:
        source.fetch_transcript(source.fetch_info(VIDEO))
    assert err.value.code == "age_restricted" and not err.value.retryable


def test_metadata_is_info_only_on_the_canonical_url_with_youtube_extractor_only(
    monkeypatch, media_data
):
    seen = {}

    def extract_info(self, url, download=True, **kwargs):
        seen.update(url=url, download=download, params=dict(self.params))
        return json.loads(_load(media_data, "ytdlp_info.json", "http://127.0.0.1:9"))

    monkeypatch.setattr(YoutubeDL, "extract_info", extract_info)

    info = YoutubeSource().fetch_info(VIDEO)

    assert seen["url"] == f"https://www.youtube.com/watch?v={VIDEO}"
    assert seen["download"] is False
    assert seen["params"]["allowed_extractors"] == ["youtube"]
    assert seen["params"]["noplaylist"] is True
    assert info.title == "성수동 카페 투어 ☕" and info.duration_s == 48.0
    assert [c.text for c in info.chapters] == ["인트로", "어니언 성수"]


@pytest.mark.parametrize(
    ("message", "code", "retryable"),
    [
        ("Private video. Sign in if you've been granted access", "private_video", False),
        ("Sign in to confirm your age. This video may be inappropriate", "age_restricted", False),
        ("Sign in to confirm you’re not a bot. Use --cookies", "blocked_by_youtube", True),
        ("Video unavailable. This video has been removed", "video_unavailable", False),
        ("Unable to download API page: HTTP Error 429", "blocked_by_youtube", True),
        ("<urlopen error [Errno -3] Temporary failure in name resolution>",
         "youtube_unreachable", True),
    ],
)  # fmt: skip
def test_ytdlp_failures_map_to_error_codes(monkeypatch, message, code, retryable):
    def extract_info(self, url, download=True, **kwargs):
        raise DownloadError(f"ERROR: [youtube] {VIDEO}: {message}")

    monkeypatch.setattr(YoutubeDL, "extract_info", extract_info)

    with pytest.raises(PipelineError) as err:
        YoutubeSource().fetch_info(VIDEO)

    assert (err.value.code, err.value.retryable) == (code, retryable)


def test_video_download_takes_the_smallest_360p_video_into_the_workdir(youtube, tmp_path):
    stub, source, _ = youtube

    path = source.video_file(VIDEO, workdir=tmp_path)

    assert path is not None and path.parent == tmp_path and path.stat().st_size > 2000
    assert [r.path for r in stub.requests if r.path.startswith("/videoplayback")] == [
        "/videoplayback/134.mp4"
    ]


def test_audio_download_takes_the_smallest_audio(youtube, tmp_path):
    stub, source, _ = youtube
    path = source.audio_file(VIDEO, workdir=tmp_path)
    assert path is not None and path.suffix == ".m4a" and path.parent == tmp_path


def test_only_video_ids_reach_ytdlp():
    with pytest.raises(PipelineError) as err:
        canonical_url("https://evil.example/x")
    assert err.value.code == "invalid_video_id"


def test_settings_choose_the_youtube_source(settings):
    settings.PIND_SOURCE = "youtube"
    assert isinstance(get_source(), YoutubeSource)
