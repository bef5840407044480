"""The `youtube` source (PIND_SOURCE=youtube): yt-dlp and youtube-transcript-api.

yt-dlp is used as a library on the canonical watch URL only, with
`allowed_extractors=["youtube"]` so no other extractor can ever fetch another host, and
`noplaylist`. Metadata is info-only; media (the smallest video that still shows captions,
≈360p, and audio for ASR) is downloaded into the job's temp folder, which the
orchestrator removes. Failures become `PipelineError`s with stable codes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings

from pind.texts import TimedText
from videos.pipeline import transcripts
from videos.pipeline.types import PipelineError, Transcript, VideoInfo

logger = logging.getLogger(__name__)

VIDEO_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
WATCH_URL = "https://www.youtube.com/watch?v={video_id}"

# yt-dlp reports failures as text; these phrases are YouTube's own wording (or yt-dlp's
# for network trouble). First match wins: (phrase, code, retryable).
_ERRORS: tuple[tuple[str, str, bool], ...] = (
    ("private video", "private_video", False),
    ("confirm your age", "age_restricted", False),
    ("age-restricted", "age_restricted", False),
    ("inappropriate for some users", "age_restricted", False),
    ("not a bot", "blocked_by_youtube", True),
    ("http error 429", "blocked_by_youtube", True),
    ("too many requests", "blocked_by_youtube", True),
    ("sign in to confirm", "blocked_by_youtube", True),
    ("members-only", "video_unavailable", False),
    ("video unavailable", "video_unavailable", False),
    ("has been removed", "video_unavailable", False),
    ("not available", "video_unavailable", False),
    ("does not exist", "video_unavailable", False),
    ("unsupported url", "video_unavailable", False),
    ("incomplete youtube id", "video_unavailable", False),
    ("timed out", "youtube_unreachable", True),
    ("connection", "youtube_unreachable", True),
    ("name resolution", "youtube_unreachable", True),
    ("network is unreachable", "youtube_unreachable", True),
    ("unable to download", "youtube_unreachable", True),
    ("tunnel", "youtube_unreachable", True),
    ("http error 5", "youtube_unreachable", True),
)

# The job shows people a plain sentence per code (jobs.services.FAILURE_MESSAGES); these
# are for the log and for operators, and never carry yt-dlp's own text.
_PLAIN = {
    "private_video": "YouTube says the video is private",
    "age_restricted": "YouTube asks to confirm the viewer's age",
    "blocked_by_youtube": "YouTube is rate-limiting or blocking this server",
    "video_unavailable": "YouTube says the video is unavailable",
    "youtube_unreachable": "YouTube could not be reached",
    "youtube_error": "YouTube answered in a way pind does not understand",
}


def error_from_ytdlp(exc: Exception, video_id: str) -> PipelineError:
    lowered = str(exc).lower()
    code, retryable = "youtube_error", True  # unrecognised: worth another try later
    for phrase, known, known_retryable in _ERRORS:
        if phrase in lowered:
            code, retryable = known, known_retryable
            break
    logger.warning("video %s: yt-dlp failed (%s): %s", video_id, code, exc)
    return PipelineError(f"{_PLAIN[code]} ({video_id})", code=code, retryable=retryable)


def canonical_url(video_id: str) -> str:
    if not VIDEO_ID.match(video_id or ""):
        raise PipelineError("Not a YouTube video id", code="invalid_video_id")
    return WATCH_URL.format(video_id=video_id)


class YoutubeSource:
    name = "youtube"

    def __init__(self, *, http_session=None, ytdlp_options: dict | None = None):
        self._session = http_session
        self._extra = ytdlp_options or {}
        self._info: dict[str, dict] = {}  # raw yt-dlp info per video, reused for downloads

    # --- yt-dlp ---------------------------------------------------------------------

    def options(self, **extra) -> dict:
        opts = {
            "quiet": True,
            "no_warnings": True,
            "noprogress": True,
            "noplaylist": True,
            "allowed_extractors": ["youtube"],
            "socket_timeout": settings.PIND_HTTP_TIMEOUT,
            "retries": 3,
            "http_headers": {"User-Agent": settings.PIND_USER_AGENT},
            "logger": logger,
        }
        if settings.YOUTUBE_COOKIES_FILE:
            opts["cookiefile"] = settings.YOUTUBE_COOKIES_FILE
        opts.update(self._extra)
        opts.update(extra)
        return opts

    def ydl(self, **extra):
        from yt_dlp import YoutubeDL

        return YoutubeDL(self.options(**extra))

    def raw_info(self, video_id: str) -> dict:
        if video_id not in self._info:
            from yt_dlp.utils import YoutubeDLError

            url = canonical_url(video_id)
            try:
                with self.ydl(skip_download=True) as ydl:
                    data = ydl.extract_info(url, download=False)
                    data = ydl.sanitize_info(data)
            except YoutubeDLError as exc:
                raise error_from_ytdlp(exc, video_id) from exc
            if not data or data.get("_type") == "playlist":
                raise PipelineError(f"No video at {url}", code="video_unavailable")
            self._info[video_id] = data
        return self._info[video_id]

    def fetch_info(self, video_id: str) -> VideoInfo:
        from videos.pipeline.sources import info_from_ytdlp

        data = dict(self.raw_info(video_id))
        data.setdefault("id", video_id)
        return info_from_ytdlp(data)

    def has(self, video_id: str) -> bool:
        return bool(VIDEO_ID.match(video_id or ""))

    def _download(self, video_id: str, workdir: Path, *, fmt: str, sort: list[str], stem: str):
        from yt_dlp.utils import YoutubeDLError

        workdir.mkdir(parents=True, exist_ok=True)
        info = self.raw_info(video_id)
        opts = {
            "format": fmt,
            "format_sort": sort,
            "outtmpl": str(workdir / f"{stem}.%(ext)s"),
            "paths": {"home": str(workdir)},
            "overwrites": True,
        }
        try:
            with self.ydl(**opts) as ydl:
                result = ydl.process_ie_result(dict(info), download=True)
        except YoutubeDLError as exc:
            raise error_from_ytdlp(exc, video_id) from exc
        for item in (result.get("requested_downloads") or []) + [result]:
            path = item.get("filepath") or item.get("_filename")
            if path and Path(path).is_file():
                return Path(path)
        found = sorted(workdir.glob(f"{stem}.*"))
        return found[0] if found else None

    def video_file(self, video_id: str, workdir: Path | None = None) -> Path | None:
        """The smallest video-only format of at least 360p (captions stay legible)."""
        if workdir is None:
            return None
        return self._download(
            video_id,
            workdir,
            fmt="bv*[height>=360]/bv*/b",
            sort=["+res", "+br"],
            stem=f"{video_id}.video",
        )

    def audio_file(self, video_id: str, workdir: Path | None = None) -> Path | None:
        if workdir is None:
            return None
        return self._download(
            video_id, workdir, fmt="ba/b", sort=["+abr", "+br"], stem=f"{video_id}.audio"
        )

    # --- transcripts ----------------------------------------------------------------

    def http_session(self):
        if self._session is None:
            import requests

            self._session = requests.Session()
            self._session.headers["User-Agent"] = settings.PIND_USER_AGENT
            self._session.headers["Accept-Language"] = "ko,en;q=0.8"
        return self._session

    def fetch_transcript(self, info: VideoInfo) -> Transcript | None:
        """youtube-transcript-api first; yt-dlp's subtitles when it has nothing or is blocked."""
        preferred = list(settings.PIND_TRANSCRIPT_LANGUAGES)
        blocked: PipelineError | None = None
        try:
            found = self._transcript_api(info.video_id, preferred)
            if found is not None:
                return found
        except PipelineError as exc:
            if exc.code not in ("blocked_by_youtube", "youtube_unreachable"):
                raise
            blocked = exc
            logger.warning("video %s: transcript API failed, trying yt-dlp", info.video_id)
        found = self._ytdlp_subtitles(info.video_id, preferred)
        if found is None and blocked is not None:
            # Never silently "no captions": the job retries later.
            raise blocked
        return found

    def _transcript_api(self, video_id: str, preferred: Sequence[str]) -> Transcript | None:
        import requests
        import youtube_transcript_api as yta

        api = yta.YouTubeTranscriptApi(http_client=self.http_session())
        try:
            listing = api.list(video_id)
            chosen = choose_transcript(list(listing), preferred)
            if chosen is None:
                return None
            fetched = chosen.fetch()
        except yta.TranscriptsDisabled:
            logger.info("video %s: transcripts_disabled", video_id)
            return None
        except (yta.NoTranscriptFound, yta.PoTokenRequired, yta.YouTubeDataUnparsable) as exc:
            logger.info("video %s: transcript API found nothing usable: %s", video_id, type(exc))
            return None
        except yta.RequestBlocked as exc:  # includes IpBlocked
            raise PipelineError(
                "YouTube is blocking transcript requests from this server",
                code="blocked_by_youtube",
                retryable=True,
            ) from exc
        except yta.AgeRestricted as exc:
            raise PipelineError("Video is age-restricted", code="age_restricted") from exc
        except (yta.VideoUnavailable, yta.InvalidVideoId) as exc:
            raise PipelineError("Video is unavailable", code="video_unavailable") from exc
        except yta.CouldNotRetrieveTranscript as exc:
            logger.warning("video %s: transcript API failed: %s", video_id, type(exc).__name__)
            return None
        except requests.RequestException as exc:
            # Network trouble on the way to YouTube: yt-dlp's subtitles are tried next.
            logger.warning("video %s: transcript API unreachable: %s", video_id, exc)
            raise PipelineError(
                "YouTube could not be reached for the transcript",
                code="youtube_unreachable",
                retryable=True,
            ) from exc
        segments = tuple(
            TimedText(
                "transcript",
                " ".join(s.text.split()),
                round(s.start, 3),
                round(s.start + s.duration, 3),
            )
            for s in fetched.snippets
            if s.text.strip()
        )
        kind = "automatic" if fetched.is_generated else "manual"
        return Transcript(language=fetched.language_code, kind=kind, segments=segments)

    def _ytdlp_subtitles(self, video_id: str, preferred: Sequence[str]) -> Transcript | None:
        """yt-dlp lists subtitle URLs in the info dict; fetch the chosen one (json3 or vtt)."""
        info = self.raw_info(video_id)
        for kind, tracks in (
            ("manual", info.get("subtitles") or {}),
            ("automatic", info.get("automatic_captions") or {}),
        ):
            langs = [lang for lang in tracks if lang != "live_chat"]
            # Auto-captions list every translation target; only the spoken one is "-orig".
            origs = [lang for lang in langs if lang.endswith("-orig")]
            lang = pick_language_strict(origs or langs, preferred) if kind == "automatic" else None
            lang = lang or transcripts.pick_language(langs, preferred)
            if lang is None:
                continue
            by_ext = {f.get("ext"): f for f in tracks[lang] if f.get("url")}
            for ext in ("json3", "vtt", "srt"):
                if ext not in by_ext:
                    continue
                text = self._get_text(by_ext[ext]["url"], video_id)
                if ext == "json3":
                    segments = transcripts.parse_json3(text)
                elif ext == "srt":
                    segments = transcripts.parse_srt(text)
                else:
                    segments = transcripts.parse_vtt(text)
                if segments:
                    language = lang.removesuffix("-orig")
                    return Transcript(language=language, kind=kind, segments=tuple(segments))
        return None

    def _get_text(self, url: str, video_id: str) -> str:
        import requests

        try:
            response = self.http_session().get(url, timeout=settings.PIND_HTTP_TIMEOUT)
        except requests.RequestException as exc:
            logger.warning("video %s: subtitle download failed: %s", video_id, exc)
            raise PipelineError(
                "YouTube could not be reached for subtitles",
                code="youtube_unreachable",
                retryable=True,
            ) from exc
        if response.status_code == 429:
            raise PipelineError(
                "YouTube is rate-limiting subtitle downloads",
                code="blocked_by_youtube",
                retryable=True,
            )
        if response.status_code >= 500:
            raise PipelineError(
                f"Subtitle download failed: HTTP {response.status_code}",
                code="youtube_unreachable",
                retryable=True,
            )
        if response.status_code >= 400:
            raise PipelineError(
                f"Subtitle download failed: HTTP {response.status_code}",
                code="youtube_error",
                retryable=True,
            )
        response.encoding = "utf-8"
        return response.text


def pick_language_strict(available: Sequence[str], preferred: Sequence[str]) -> str | None:
    for want in preferred:
        for lang in available:
            if lang.split("-")[0] == want:
                return lang
    return available[0] if available else None


def choose_transcript(available: list, preferred: Sequence[str]):
    """Manual over generated; within each, the preferred languages in order, then any."""
    for generated in (False, True):
        pool = [t for t in available if t.is_generated == generated]
        for want in preferred:
            for t in pool:
                if t.language_code == want or t.language_code.split("-")[0] == want:
                    return t
    for generated in (False, True):
        for t in available:
            if t.is_generated == generated:
                return t
    return None
