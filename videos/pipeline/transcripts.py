"""Timed transcripts (`fetching_transcript`). Minimal local version; the media issue
adds rolling-caption cleanup, SRT, and the youtube-transcript-api / yt-dlp paths."""

from __future__ import annotations

from pathlib import Path

import webvtt

from pind.texts import TimedText
from videos.pipeline.types import Transcript, VideoInfo


def parse_vtt(path: Path) -> list[TimedText]:
    segments = []
    for cue in webvtt.read(str(path)):
        text = " ".join(line.strip() for line in cue.text.splitlines() if line.strip())
        if text:
            segments.append(TimedText("transcript", text, cue.start_in_seconds, cue.end_in_seconds))
    return segments


def fetch_transcript(source, info: VideoInfo) -> Transcript | None:
    files = source.subtitle_files(info.video_id)
    if not files:
        return None
    path = files[0]
    lang = path.name.split(".")[-2]
    return Transcript(language=lang, kind="manual", segments=tuple(parse_vtt(path)))
