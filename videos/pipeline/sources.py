"""Where a video's metadata, subtitles and media come from (PIND_SOURCE).

`local`: a folder per video in the yt-dlp layout (DESIGN, "Local bundle").
`youtube`: yt-dlp + youtube-transcript-api (videos.pipeline.youtube), imported lazily.

A source offers `fetch_info(id)`, `fetch_transcript(info)`, `video_file(id, workdir)` and
`audio_file(id, workdir)`; the last two may download into `workdir`.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings

from pind.texts import TimedText
from videos.pipeline.transcripts import transcript_from_files
from videos.pipeline.types import PipelineError, Transcript, VideoInfo


def info_from_ytdlp(data: dict) -> VideoInfo:
    """Map a yt-dlp info dict to VideoInfo (shared by the local and youtube sources)."""
    duration = data.get("duration")
    chapters = []
    for ch in data.get("chapters") or []:
        title = (ch.get("title") or "").strip()
        if title:
            chapters.append(
                TimedText(
                    source="chapter",
                    text=title,
                    start_s=float(ch.get("start_time") or 0.0),
                    end_s=float(ch["end_time"]) if ch.get("end_time") is not None else None,
                )
            )
    return VideoInfo(
        video_id=data.get("id") or "",
        title=data.get("title") or "",
        description=data.get("description") or "",
        channel=data.get("channel") or data.get("uploader") or "",
        channel_id=data.get("channel_id") or "",
        duration_s=float(duration) if duration is not None else None,
        upload_date=data.get("upload_date") or "",
        thumbnail_url=data.get("thumbnail") or "",
        language=data.get("language") or "",
        tags=tuple(data.get("tags") or ()),
        chapters=tuple(chapters),
        is_live=bool(data.get("is_live")),
        live_status=data.get("live_status") or "",
    )


# yt-dlp's info.json fields that pind reads, with the types yt-dlp writes (None allowed).
_STR_FIELDS = (
    "id", "title", "description", "channel", "uploader", "channel_id", "upload_date",
    "thumbnail", "language", "live_status",
)  # fmt: skip
_NUMBER = (int, float)


def _is_number(value: object) -> bool:
    return value is None or (isinstance(value, _NUMBER) and not isinstance(value, bool))


def _chapters_problem(chapters: object) -> str | None:
    if not isinstance(chapters, list):
        return "field 'chapters' is not a list"
    for chapter in chapters:
        if not isinstance(chapter, dict):
            return "a chapter is not an object"
        if chapter.get("title") is not None and not isinstance(chapter["title"], str):
            return "a chapter's title is not text"
        for key in ("start_time", "end_time"):
            if not _is_number(chapter.get(key)):
                return f"a chapter's {key} is not a number"
    return None


def _info_problem(data: dict) -> str | None:
    """What in an info.json object is not yt-dlp's shape, or None."""
    for name in _STR_FIELDS:
        if data.get(name) is not None and not isinstance(data[name], str):
            return f"field '{name}' is not text"
    if not _is_number(data.get("duration")):
        return "field 'duration' is not a number"
    tags = data.get("tags")
    if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        return "field 'tags' is not a list of text"
    if data.get("chapters") is not None:
        problem = _chapters_problem(data["chapters"])
        if problem:
            return problem
    for name in ("subtitles", "automatic_captions"):
        if data.get(name) is not None and not isinstance(data[name], dict):
            return f"field '{name}' is not an object"
    return None


def check_info_types(data: object, video_id: str) -> None:
    """A bundle whose info.json is not yt-dlp's shape is `bad_bundle`, said plainly."""
    if not isinstance(data, dict):
        problem = f"is a JSON {type(data).__name__}, not an object"
    else:
        problem = _info_problem(data)
    if problem:
        raise PipelineError(f"Bundle {video_id}: info.json {problem}", code="bad_bundle")


class LocalBundleSource:
    """Reads `<bundles>/<id>/<id>.info.json`, `<id>.<lang>.vtt`, `<id>.mp4`."""

    name = "local"

    def __init__(self, root: Path | None = None):
        self.root = Path(root or settings.PIND_BUNDLES_DIR)

    def folder(self, video_id: str) -> Path:
        return self.root / video_id

    def has(self, video_id: str) -> bool:
        return (self.folder(video_id) / f"{video_id}.info.json").is_file()

    def read_info(self, video_id: str) -> dict:
        """The bundle's info.json as a dict of yt-dlp's types, or a `PipelineError`.

        Messages name the video and the fault, never the server's folders."""
        path = self.folder(video_id) / f"{video_id}.info.json"
        if not path.is_file():
            raise PipelineError(f"No local bundle for video {video_id}", code="video_unavailable")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise PipelineError(
                f"Bundle {video_id}: info.json is not readable JSON ({exc.__class__.__name__})",
                code="bad_bundle",
            ) from exc
        check_info_types(data, video_id)
        return data

    def fetch_info(self, video_id: str) -> VideoInfo:
        data = self.read_info(video_id)
        data.setdefault("id", video_id)
        return info_from_ytdlp(data)

    def subtitle_files(self, video_id: str) -> list[Path]:
        folder = self.folder(video_id)
        found: list[Path] = []
        for ext in ("vtt", "srt", "json3"):
            found += sorted(folder.glob(f"{video_id}.*.{ext}"))
        return found

    def fetch_transcript(self, info: VideoInfo) -> Transcript | None:
        # yt-dlp's info dict says which languages were only automatic captions.
        automatic: list[str] = []
        try:
            data = self.read_info(info.video_id)
            automatic = [
                lang
                for lang in (data.get("automatic_captions") or {})
                if lang not in (data.get("subtitles") or {})
            ]
        except PipelineError:
            pass
        return transcript_from_files(
            self.subtitle_files(info.video_id),
            preferred=settings.PIND_TRANSCRIPT_LANGUAGES,
            automatic_languages=automatic,
        )

    def video_file(self, video_id: str, workdir: Path | None = None) -> Path | None:
        """The bundle's video, read in place (`workdir` is for sources that download)."""
        for ext in ("mp4", "webm", "mkv"):
            path = self.folder(video_id) / f"{video_id}.{ext}"
            if path.is_file():
                return path
        return None

    def audio_file(self, video_id: str, workdir: Path | None = None) -> Path | None:
        """Audio for ASR: the bundle's video (librosa reads its audio track via ffmpeg)."""
        for ext in ("m4a", "webm", "opus", "mp3", "wav"):
            path = self.folder(video_id) / f"{video_id}.{ext}"
            if path.is_file():
                return path
        return self.video_file(video_id)


def get_source():
    name = settings.PIND_SOURCE
    if name == "local":
        return LocalBundleSource()
    if name == "youtube":
        from videos.pipeline.youtube import YoutubeSource

        return YoutubeSource()
    raise PipelineError(f"Unknown PIND_SOURCE {name!r}", code="misconfigured")
