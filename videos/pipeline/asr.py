"""Speech recognition (`transcribing_audio`): filled by the media issue."""

from __future__ import annotations

from pathlib import Path

from videos.pipeline.types import Transcript, VideoInfo


def transcribe(source, info: VideoInfo, *, workdir: Path) -> Transcript | None:
    return None
