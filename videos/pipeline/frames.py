"""On-screen text (`reading_frames`): filled by the media issue."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from videos.pipeline.types import FrameText, VideoInfo


def read_frames(
    source, info: VideoInfo, *, workdir: Path, progress: Callable[[float], None] | None = None
) -> FrameText:
    return FrameText()
