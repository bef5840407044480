"""Building blocks for the rule tests: timed lines, a video's texts, the names the rules keep."""

from pind.texts import TimedText, VideoTexts
from places.extraction import ruled_places


def tt(source: str, text: str, start: float, end: float | None = None) -> TimedText:
    return TimedText(source, text, float(start), float(end if end is not None else start + 4))


def names(texts: VideoTexts) -> list[str]:
    return [c.name for c in ruled_places(texts)]


def video(**kwargs) -> VideoTexts:
    return VideoTexts(video_id=kwargs.pop("video_id", "own00000001"), **kwargs)
