"""Values the media stages pass along. Frozen: no shared mutable context."""

from __future__ import annotations

from dataclasses import dataclass, field

from pind.texts import TimedText


class PipelineError(Exception):
    """A stage failed. `code` is the stable error_code the job reports.

    `retryable` tells the job runner whether running again later may succeed
    (YouTube blocking us) or not (a private video).
    """

    def __init__(self, message: str, *, code: str, retryable: bool = False):
        super().__init__(message)
        self.code = code
        self.retryable = retryable


@dataclass(frozen=True, slots=True)
class VideoInfo:
    video_id: str
    title: str = ""
    description: str = ""
    channel: str = ""
    channel_id: str = ""
    duration_s: float | None = None
    upload_date: str = ""  # YYYYMMDD as yt-dlp writes it
    thumbnail_url: str = ""
    language: str = ""
    tags: tuple[str, ...] = ()
    chapters: tuple[TimedText, ...] = ()  # source="chapter"
    is_live: bool = False
    live_status: str = ""  # yt-dlp: not_live, is_live, is_upcoming, was_live, post_live


@dataclass(frozen=True, slots=True)
class Transcript:
    language: str
    kind: str  # "manual" | "automatic" | "asr"
    segments: tuple[TimedText, ...] = ()


@dataclass(frozen=True, slots=True)
class FrameText:
    """What `reading_frames` read: merged OCR lines plus how much work it took."""

    lines: tuple[TimedText, ...] = ()
    frames_sampled: int = 0
    frames_read: int = 0
    seconds: float = 0.0
    extra: dict = field(default_factory=dict, compare=False, hash=False)
