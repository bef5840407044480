"""Values the media stages pass along. Frozen: no shared mutable context."""

from __future__ import annotations

from dataclasses import dataclass, field

from pind.texts import TimedText, VideoMeta


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
class VideoInfo(VideoMeta):
    """A video's metadata as its source gives it, with what only the source knows."""

    channel_id: str = ""
    upload_date: str = ""  # YYYYMMDD as yt-dlp writes it
    thumbnail_url: str = ""
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
