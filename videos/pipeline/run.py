"""The pipeline, top to bottom: fetch → transcript → frames/OCR → ASR → extract → geocode → save.

It knows nothing of jobs or queues: the caller passes `progress(step, percent)`, which
may raise (e.g. to stop a cancelled job at a step boundary). Nothing is written until
`saving`, in one transaction, so a failed or killed run leaves no half result.

`run_video` runs it all; `run_from` may start later (`extracting_places`, `geocoding`)
from the texts and candidates an earlier run kept on the Video row.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from pind.texts import TimedText, VideoTexts
from places.extraction import extract_places
from places.geocoding import geocode_places
from places.services import video_places_replace
from places.types import Evidence, PlaceCandidate, ResolvedPlace
from videos.models import Video
from videos.pipeline import asr, frames, transcripts
from videos.pipeline.sources import get_source
from videos.pipeline.types import FrameText, PipelineError, Transcript, VideoInfo

logger = logging.getLogger(__name__)

Progress = Callable[[str, int], None]

# (step, percent reached when the step starts). Job.step uses these names.
STEPS: tuple[tuple[str, int], ...] = (
    ("fetching_metadata", 2),
    ("fetching_transcript", 10),
    ("reading_frames", 20),
    ("transcribing_audio", 70),
    ("extracting_places", 80),
    ("geocoding", 90),
    ("saving", 96),
)
STEP_NAMES = tuple(name for name, _ in STEPS)
_START = dict(STEPS)
# Steps a run can start from (Job.from_step); earlier steps always rerun from the source.
FROM_STEPS = ("fetching_metadata", "extracting_places", "geocoding")


def _noop(step: str, percent: int) -> None:
    pass


@dataclass(frozen=True)
class MediaResult:
    info: VideoInfo
    texts: VideoTexts
    transcript: Transcript | None
    frame_text: FrameText
    asr: Transcript | None


@dataclass(frozen=True)
class RunResult:
    video: Video
    places: list[ResolvedPlace]
    stats: dict = field(default_factory=dict)


def check_guards(info: VideoInfo) -> None:
    """Cost guards: refuse live streams and videos longer than the limit."""
    if info.is_live or info.live_status in ("is_live", "is_upcoming"):
        raise PipelineError(
            "Live streams and premieres are not supported", code="live_not_supported"
        )
    limit = settings.PIND_MAX_VIDEO_SECONDS
    if info.duration_s and limit and info.duration_s > limit:
        raise PipelineError(
            f"Video is {int(info.duration_s)} s long; the limit is {limit} s",
            code="video_too_long",
        )


def build_texts(
    info: VideoInfo,
    transcript: Transcript | None,
    frame_text: FrameText,
    asr_result: Transcript | None,
) -> VideoTexts:
    return VideoTexts.of(
        info,
        language=(transcript.language if transcript else "") or info.language,
        transcript=transcript.segments if transcript else (),
        ocr=frame_text.lines,
        asr=asr_result.segments if asr_result else (),
    )


def read_media(
    video_id: str,
    *,
    source=None,
    progress: Progress = _noop,
    on_info: Callable[[VideoInfo], None] | None = None,
) -> MediaResult:
    """Steps 1–4: everything the video says and shows, as timed texts.

    `on_info` hears the video's metadata as soon as it is read, before the long steps.
    """
    source = source or get_source()
    progress("fetching_metadata", _START["fetching_metadata"])
    info = source.fetch_info(video_id)
    check_guards(info)
    if on_info is not None:
        on_info(info)

    progress("fetching_transcript", _START["fetching_transcript"])
    transcript = transcripts.fetch_transcript(source, info)

    with tempfile.TemporaryDirectory(prefix=f"pind-{video_id}-") as tmp:
        workdir = Path(tmp)
        span = _START["transcribing_audio"] - _START["reading_frames"]
        progress("reading_frames", _START["reading_frames"])
        frame_text = frames.read_frames(
            source,
            info,
            workdir=workdir,
            progress=lambda f: progress(
                "reading_frames", _START["reading_frames"] + int(span * min(f, 1.0))
            ),
        )
        asr_result = None
        if transcript is None or not transcript.segments:
            progress("transcribing_audio", _START["transcribing_audio"])
            asr_result = asr.transcribe(source, info, workdir=workdir)

    texts = build_texts(info, transcript, frame_text, asr_result)
    return MediaResult(
        info=info, texts=texts, transcript=transcript, frame_text=frame_text, asr=asr_result
    )


def find_places(
    texts: VideoTexts,
    *,
    progress: Progress = _noop,
    candidates: list[PlaceCandidate] | None = None,
) -> tuple[list[PlaceCandidate], list[ResolvedPlace]]:
    """Steps 5–6: candidates with evidence (unless given), then coordinates."""
    if candidates is None:
        progress("extracting_places", _START["extracting_places"])
        candidates = extract_places(texts)
    progress("geocoding", _START["geocoding"])
    return candidates, geocode_places(candidates, texts=texts)


def _texts_to_json(media: MediaResult) -> dict:
    def dump(items: tuple[TimedText, ...]) -> list[dict]:
        return [t.to_dict() for t in items]

    t, f, a = media.transcript, media.frame_text, media.asr
    return {
        "transcript": {
            "language": t.language if t else "",
            "kind": t.kind if t else "",
            "segments": dump(t.segments) if t else [],
        },
        "ocr": {
            "lines": dump(f.lines),
            "frames_sampled": f.frames_sampled,
            "frames_read": f.frames_read,
        },
        "asr": {"language": a.language if a else "", "segments": dump(a.segments) if a else []},
    }


def save(
    *,
    media: MediaResult,
    candidates: list[PlaceCandidate],
    places: list[ResolvedPlace],
    within: Callable[[Video], None] | None = None,
) -> Video:
    """Step 7: one transaction writes the video, its texts and its places."""
    info = media.info
    published = None
    if len(info.upload_date) == 8 and info.upload_date.isdigit():
        from datetime import date

        d = info.upload_date
        published = date(int(d[:4]), int(d[4:6]), int(d[6:]))
    with transaction.atomic():
        video, _ = Video.objects.select_for_update().get_or_create(youtube_id=info.video_id)
        video.title = info.title[:500]
        video.channel = info.channel[:255]
        video.channel_id = info.channel_id[:64]
        video.description = info.description
        video.duration_s = int(info.duration_s) if info.duration_s else None
        video.published_on = published
        video.thumbnail_url = info.thumbnail_url[:500]
        video.language = media.texts.language[:16]
        video.chapters = [c.to_dict() for c in info.chapters]
        video.tags = list(info.tags)
        video.texts = _texts_to_json(media)
        video.candidates = _candidates_json(candidates)
        _mark_processed(video)
        video.save()
        video_places_replace(video=video, places=places)
        if within is not None:
            within(video)
    return video


def _mark_processed(video: Video) -> None:
    video.state = Video.State.PROCESSED
    video.processed_at = timezone.now()
    video.pipeline_version = settings.PIND_PIPELINE_VERSION


def _candidates_json(candidates: list[PlaceCandidate]) -> list[dict]:
    return [
        {
            "name": c.name,
            "category": c.category,
            "address_hint": c.address_hint,
            "aliases": list(c.aliases),
            "confidence": c.confidence,
            "mentions": [m.to_dict() for m in c.mentions],
        }
        for c in candidates
    ]


# --- a run from a later step: what an earlier run kept on the Video row ------------------


def video_texts(video: Video) -> VideoTexts:
    """The VideoTexts the media steps produced, rebuilt from the row `save` wrote."""
    texts = video.texts or {}

    def timed(items, source: str) -> tuple[TimedText, ...]:
        return tuple(TimedText.from_dict(d, source=d.get("source") or source) for d in items or [])

    return VideoTexts(
        video_id=video.youtube_id,
        title=video.title,
        description=video.description,
        channel=video.channel,
        language=video.language,
        tags=tuple(video.tags or ()),
        chapters=timed(video.chapters, "chapter"),
        transcript=timed((texts.get("transcript") or {}).get("segments"), "transcript"),
        ocr=timed((texts.get("ocr") or {}).get("lines"), "ocr"),
        asr=timed((texts.get("asr") or {}).get("segments"), "asr"),
        duration_s=video.duration_s,
    )


def video_candidates(video: Video) -> list[PlaceCandidate]:
    """The candidates `save` wrote, rebuilt from the row."""
    return [
        PlaceCandidate(
            name=c["name"],
            category=c.get("category", ""),
            address_hint=c.get("address_hint", ""),
            aliases=tuple(c.get("aliases") or ()),
            confidence=c.get("confidence", 0.0),
            mentions=tuple(
                Evidence(
                    source=m.get("source", ""),
                    text=m.get("text", ""),
                    start_s=m.get("start_s"),
                    end_s=m.get("end_s"),
                    rules=tuple(m.get("rules") or ()),
                )
                for m in c.get("mentions") or []
            ),
        )
        for c in video.candidates or []
    ]


def save_places(
    video: Video,
    *,
    candidates: list[PlaceCandidate],
    places: list[ResolvedPlace],
    within: Callable[[Video], None] | None = None,
) -> Video:
    """Step 7 for a run from a later step: the texts stay, candidates and places are new."""
    with transaction.atomic():
        video = Video.objects.select_for_update().get(pk=video.pk)
        video.candidates = _candidates_json(candidates)
        _mark_processed(video)
        video.save(
            update_fields=["candidates", "state", "processed_at", "pipeline_version", "updated_at"]
        )
        video_places_replace(video=video, places=places)
        if within is not None:
            within(video)
    return video


def _remember_title(info: VideoInfo) -> None:
    """A video's title is shown (progress page, job status) while the long steps run."""
    if info.title:
        Video.objects.filter(youtube_id=info.video_id, title="").update(title=info.title[:500])


def run_video(
    video_id: str,
    *,
    progress: Progress = _noop,
    source=None,
    within: Callable[[Video], None] | None = None,
) -> RunResult:
    """The whole pipeline for one video."""
    started = time.monotonic()
    media = read_media(video_id, source=source, progress=progress, on_info=_remember_title)
    candidates, places = find_places(media.texts, progress=progress)
    progress("saving", _START["saving"])
    video = save(media=media, candidates=candidates, places=places, within=within)
    stats = {
        "seconds": round(time.monotonic() - started, 3),
        "frames_sampled": media.frame_text.frames_sampled,
        "frames_read": media.frame_text.frames_read,
        "places": len(places),
    }
    logger.info("video %s processed: %s", video_id, stats)
    return RunResult(video=video, places=places, stats=stats)


def run_from(
    video: Video,
    from_step: str = "",
    *,
    progress: Progress = _noop,
    source=None,
    within: Callable[[Video], None] | None = None,
) -> RunResult:
    """Run the pipeline for a stored video from `from_step` (blank: from the start)."""
    if from_step in ("", "fetching_metadata"):
        return run_video(video.youtube_id, progress=progress, source=source, within=within)
    if from_step not in FROM_STEPS:
        raise ValueError(f"cannot start from {from_step!r}; choose one of {', '.join(FROM_STEPS)}")
    started = time.monotonic()
    texts = video_texts(video)
    kept = video_candidates(video) if from_step == "geocoding" else None
    candidates, places = find_places(texts, progress=progress, candidates=kept)
    progress("saving", _START["saving"])
    video = save_places(video, candidates=candidates, places=places, within=within)
    stats = {"seconds": round(time.monotonic() - started, 3), "places": len(places)}
    logger.info("video %s processed from %s: %s", video.youtube_id, from_step, stats)
    return RunResult(video=video, places=places, stats=stats)
