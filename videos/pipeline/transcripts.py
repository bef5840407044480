"""Timed transcripts (`fetching_transcript`).

Subtitle files (WebVTT, SRT, YouTube json3) become `Transcript` segments
`{start_s, end_s, text}` with their language and kind (manual, automatic, asr).
YouTube's rolling auto-captions repeat the previous line in every cue and time each
word with `<c>` tags; `parse_vtt` folds them back to one segment per spoken line.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import webvtt

from pind.texts import TimedText
from videos.pipeline.types import Transcript, VideoInfo

logger = logging.getLogger(__name__)

KINDS = ("manual", "automatic", "asr")
_TIMING_TAG = re.compile(r"<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>|</?c(?:\.[\w.]+)?>")
_ANY_TAG = re.compile(r"</?[^>]+>")
_SPACES = re.compile(r"\s+")
# "[Music]", "[음악]": sound annotations, not speech.
_ANNOTATION = re.compile(r"^\[[^\]]*\]$")
# A cue this short only flashes the finished line between two rolling cues.
_FLASH_S = 0.05


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + float(part)
    return round(seconds, 3)


def _clean(line: str) -> str:
    return _SPACES.sub(" ", _ANY_TAG.sub("", line)).strip()


def is_rolling(raw_cues: Iterable[str]) -> bool:
    """True for YouTube auto-caption style: word timings inside cues."""
    return any(_TIMING_TAG.search(raw) for raw in raw_cues)


def segments_from_cues(
    cues: Sequence[tuple[float, float, str]], *, rolling: bool, source: str = "transcript"
) -> list[TimedText]:
    """Cues `(start, end, raw text)` → segments, one per distinct line.

    In rolling style a cue's lines that repeat what was just shown are dropped and only
    extend that line's end time. Otherwise identical back-to-back cues are merged.
    """
    segments: list[TimedText] = []
    previous = ""  # the line a rolling cue repeats on top of the new one
    for start, end, raw in cues:
        lines = [_clean(line) for line in raw.splitlines()]
        lines = [line for line in lines if line]
        if not rolling:
            lines = [line for line in lines if not _ANNOTATION.match(line)]
            if not lines:
                continue
            text = " ".join(lines)
            last = segments[-1] if segments else None
            if last and last.text == text and start - (last.end_s or start) <= 0.1:
                segments[-1] = TimedText(source, text, last.start_s, max(end, last.end_s or end))
            else:
                segments.append(TimedText(source, text, start, end))
            continue
        for line in lines:
            if line == previous:
                last = segments[-1] if segments else None
                if last and last.text == line and end - start <= _FLASH_S:
                    segments[-1] = TimedText(source, line, last.start_s, max(end, last.end_s))
                continue
            previous = line
            if not _ANNOTATION.match(line):
                segments.append(TimedText(source, line, start, end))
    return segments


def parse_vtt(path_or_text: Path | str, *, source: str = "transcript") -> list[TimedText]:
    """WebVTT file (a Path) or WebVTT text (a str) → segments, rolling duplicates removed."""
    if isinstance(path_or_text, Path):
        doc = webvtt.read(str(path_or_text))
    else:
        doc = webvtt.from_buffer(io.StringIO(path_or_text), format="vtt")
    cues = [(_seconds(c.start), _seconds(c.end), c.raw_text) for c in doc.captions]
    return segments_from_cues(cues, rolling=is_rolling(raw for *_, raw in cues), source=source)


def parse_srt(path_or_text: Path | str, *, source: str = "transcript") -> list[TimedText]:
    if isinstance(path_or_text, Path):
        doc = webvtt.from_srt(str(path_or_text))
    else:
        doc = webvtt.from_buffer(io.StringIO(path_or_text), format="srt")
    cues = [(_seconds(c.start), _seconds(c.end), c.raw_text) for c in doc.captions]
    return segments_from_cues(cues, rolling=False, source=source)


def parse_json3(data: str | dict, *, source: str = "transcript") -> list[TimedText]:
    """YouTube's json3 timed text (`events` with `segs`); yt-dlp's preferred format."""
    doc = json.loads(data) if isinstance(data, str) else data
    cues = []
    for event in doc.get("events") or []:
        segs = event.get("segs")
        if not segs:
            continue
        text = "".join(s.get("utf8", "") for s in segs)
        if not text.strip():
            continue
        start = (event.get("tStartMs") or 0) / 1000
        end = start + (event.get("dDurationMs") or 0) / 1000
        cues.append((round(start, 3), round(end, 3), text))
    # json3 auto-captions carry each line once, with an "aAppend" newline event between.
    return segments_from_cues(cues, rolling=False, source=source)


def parse_file(path: Path, *, source: str = "transcript") -> list[TimedText]:
    suffix = path.suffix.lower()
    if suffix == ".srt":
        return parse_srt(path, source=source)
    if suffix in (".json3", ".json"):
        return parse_json3(path.read_text(encoding="utf-8"), source=source)
    return parse_vtt(path, source=source)


def subtitle_language(path: Path) -> str:
    """`<id>.<lang>.vtt` → lang (yt-dlp's naming)."""
    parts = path.name.split(".")
    return parts[-2] if len(parts) >= 3 else ""


def pick_language(available: Sequence[str], preferred: Sequence[str]) -> str | None:
    """First preferred language present (`ko` also matches `ko-KR`, `ko-orig`), else any."""
    if not available:
        return None
    for want in preferred:
        for lang in available:
            if lang == want:
                return lang
        for lang in available:
            if lang.split("-")[0] == want:
                return lang
    return available[0]


def transcript_from_files(
    files: Sequence[Path],
    *,
    preferred: Sequence[str],
    automatic_languages: Iterable[str] = (),
) -> Transcript | None:
    """Choose one subtitle file by language and parse it.

    Kind: `automatic` when yt-dlp listed the language only under automatic captions, or
    when the cues carry word timings (YouTube's auto-caption style); `manual` otherwise.
    """
    by_lang: dict[str, Path] = {}
    for path in files:
        by_lang.setdefault(subtitle_language(path), path)
    lang = pick_language(list(by_lang), preferred)
    if lang is None:
        return None
    path = by_lang[lang]
    try:
        segments = parse_file(path)
    except (
        OSError,
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
        webvtt.errors.MalformedFileError,
    ) as exc:
        # Subtitles of the wrong shape (a json3 list, cues of wrong types): no transcript.
        logger.warning("unreadable subtitles %s: %s", path, exc)
        return None
    raw = path.read_text(encoding="utf-8", errors="replace")
    automatic = lang in set(automatic_languages) or bool(_TIMING_TAG.search(raw))
    return Transcript(
        language=lang, kind="automatic" if automatic else "manual", segments=tuple(segments)
    )


def fetch_transcript(source, info: VideoInfo) -> Transcript | None:
    """The video's timed transcript from its source, or None when it has none."""
    fetch = getattr(source, "fetch_transcript", None)
    if fetch is not None:
        transcript = fetch(info)
    else:
        from django.conf import settings

        transcript = transcript_from_files(
            source.subtitle_files(info.video_id), preferred=settings.PIND_TRANSCRIPT_LANGUAGES
        )
    if transcript is None or not transcript.segments:
        logger.info("video %s: no transcript", info.video_id)
        return None
    return transcript
