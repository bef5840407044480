"""Speech recognition (`transcribing_audio`), only when a video has no transcript.

transformers' Whisper `automatic-speech-recognition` pipeline from a local model folder
(PIND_ASR_MODEL; never a hub download), chunked, with timestamps, on audio that ffmpeg
decodes and librosa loads at 16 kHz. Not configured, or the `ml` extra missing: the step
is passed over with a log line.
"""

from __future__ import annotations

import logging
import os
import subprocess
from functools import cache
from pathlib import Path

from django.conf import settings

from pind.texts import TimedText
from videos.pipeline.types import Transcript, VideoInfo

logger = logging.getLogger(__name__)

SAMPLE_RATE = 16_000


@cache
def load_pipeline(model_path: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import pipeline

    return pipeline(
        "automatic-speech-recognition", model=model_path, device="cpu", chunk_length_s=30
    )


def load_audio(path: Path, workdir: Path):
    """Any audio/video file → mono float32 at 16 kHz (ffmpeg decodes, librosa loads)."""
    import librosa

    wav = workdir / f"{path.stem}.16k.wav"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-y", "-i", str(path), "-vn", "-ac", "1",
         "-ar", str(SAMPLE_RATE), str(wav)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    audio, _ = librosa.load(str(wav), sr=SAMPLE_RATE, mono=True)
    return audio


def transcribe(source, info: VideoInfo, *, workdir: Path) -> Transcript | None:
    model = settings.PIND_ASR_MODEL
    if not model:
        logger.info("transcribing_audio passed over: PIND_ASR_MODEL is not set")
        return None
    if not Path(model).is_dir():
        logger.warning("transcribing_audio passed over: no model folder at %s", model)
        return None
    try:
        asr = load_pipeline(str(model))
    except ImportError as exc:
        logger.warning("transcribing_audio passed over: install the ml extra (%s)", exc)
        return None
    getter = getattr(source, "audio_file", None) or source.video_file
    path = getter(info.video_id, workdir=workdir)
    if path is None:
        logger.info("video %s: no audio, transcribing_audio passed over", info.video_id)
        return None
    try:
        audio = load_audio(Path(path), workdir)
    except (OSError, subprocess.SubprocessError) as exc:
        logger.warning("video %s: audio unreadable: %s", info.video_id, exc)
        return None
    kwargs = {"task": "transcribe"}
    if info.language:
        kwargs["language"] = info.language
    out = asr(
        {"raw": audio, "sampling_rate": SAMPLE_RATE},
        return_timestamps=True,
        generate_kwargs=kwargs,
    )
    duration = round(len(audio) / SAMPLE_RATE, 3)
    segments = []
    previous_end = 0.0
    for chunk in out.get("chunks") or []:
        text = " ".join((chunk.get("text") or "").split())
        start, end = (chunk.get("timestamp") or (None, None))[:2]
        # Whisper leaves the last (or an unfinished) chunk open: close it at the audio's end.
        start = previous_end if start is None else float(start)
        end = duration if end is None else float(end)
        previous_end = end
        if text:
            segments.append(TimedText("asr", text, round(start, 3), round(max(end, start), 3)))
    return Transcript(language=info.language, kind="asr", segments=tuple(segments))
