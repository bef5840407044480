"""Timed texts: where the media steps (videos.pipeline) and place extraction (places) meet.

The media steps turn a video into `VideoTexts`; `places.extraction` turns `VideoTexts`
into place candidates. Neither side imports the other's internals, only these types.
All are frozen: stages pass values, never a shared mutable context.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields


@dataclass(frozen=True, slots=True)
class TimedText:
    """One piece of text from one source; times in seconds from the start (None if untimed)."""

    source: str
    text: str
    start_s: float | None = None
    end_s: float | None = None
    confidence: float | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None or k in ("start_s",)}

    @classmethod
    def from_dict(cls, data: dict, source: str | None = None) -> TimedText:
        return cls(
            source=source or data.get("source", ""),
            text=data.get("text", ""),
            start_s=data.get("start_s"),
            end_s=data.get("end_s"),
            confidence=data.get("confidence"),
        )


@dataclass(frozen=True, slots=True)
class VideoMeta:
    """What a video says about itself: its title and description, who posted it, its tags,
    chapters and length."""

    video_id: str
    title: str = ""
    description: str = ""
    channel: str = ""
    language: str = ""
    tags: tuple[str, ...] = ()
    chapters: tuple[TimedText, ...] = ()
    duration_s: float | None = None


@dataclass(frozen=True, slots=True)
class VideoTexts(VideoMeta):
    """Everything a video says and shows, each piece with its source and time."""

    transcript: tuple[TimedText, ...] = ()
    ocr: tuple[TimedText, ...] = ()
    asr: tuple[TimedText, ...] = ()
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, meta: VideoMeta, **texts) -> VideoTexts:
        """`meta`'s own fields (a source's VideoInfo, say) with what was read from the video;
        `texts` may also replace a metadata field."""
        return cls(**{f.name: getattr(meta, f.name) for f in fields(VideoMeta)} | texts)

    def timed(self) -> tuple[TimedText, ...]:
        """Chapters, transcript, OCR and ASR together, in the order they appear."""
        items = (*self.chapters, *self.transcript, *self.ocr, *self.asr)
        return tuple(sorted(items, key=lambda t: (t.start_s or 0.0, t.source)))
