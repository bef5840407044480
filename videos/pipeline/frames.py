"""On-screen text (`reading_frames`): sample frames, read only the text that changed.

The video is decoded sequentially with OpenCV (seeking in H.264 is slower and inexact),
keeping PIND_OCR_FPS frames per second. Work is skipped at two levels:

1. a sampled frame that looks like the previous one (downscaled difference) keeps the
   previous frame's readings without detection;
2. otherwise text lines are detected, and a line whose region and pixels match a line
   already read keeps that reading: a new caption over a static shot, or a new shot
   under a static caption, costs one line of OCR, not a frame.

The lines to read are not read frame by frame: they are gathered and read together, up to
_BATCH_LINES at a time, before the samples that wait on them are merged. Tesseract loads
its kor+eng models once per call (longer than reading a line), so a video costs a few
calls instead of several per frame; each line is still read once.

Readings that continue from one sample to the next become one `TimedText(source="ocr")`
spanning them.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import cv2
import numpy as np
from django.conf import settings

from pind.texts import TimedText
from videos.pipeline import ocr
from videos.pipeline.textdetect import Box, DetectorUnavailable, TextDetector
from videos.pipeline.types import FrameText, VideoInfo

logger = logging.getLogger(__name__)

# Tuned on generated clips, not on any video's words.
_FRAME_CHANGE = 0.004  # share of thumbnail pixels that must change for a new look
_PIXEL_CHANGE = 24  # grey levels
_REGION_IOU = 0.6
_REGION_DIFF = 10.0  # mean grey difference of two crops of the same line
_MIN_CONFIDENCE = 0.5
_SAME_TEXT = 0.8
_SAME_PLACE_TEXT = 0.6
_WORD = re.compile(r"\w", re.UNICODE)
_KEEP_START = "(#[₩$"
_KEEP_END = "%)]!?.₩원"
_BATCH_LINES = 48  # lines read per OCR call (bounded so a long video's crops stay small)

_detector: TextDetector | None = None


def get_detector() -> TextDetector:
    global _detector
    if _detector is None:
        _detector = TextDetector()
    return _detector


@dataclass
class _Slot:
    """One line's reading, shared by every later sample that shows the same line."""

    crop: np.ndarray | None
    reading: ocr.Reading | None = None


@dataclass
class _Region:
    box: Box
    thumb: np.ndarray
    slot: _Slot

    @property
    def reading(self) -> ocr.Reading | None:
        return self.slot.reading


@dataclass
class _Track:
    start_s: float
    last_s: float
    box: Box
    votes: Counter = field(default_factory=Counter)
    best_confidence: float = 0.0

    @property
    def text(self) -> str:
        return self.votes.most_common(1)[0][0]


def clean_text(text: str) -> str:
    """Collapse spaces; trim stray marks (specks, bars, underscores) off both ends."""
    text = " ".join(text.split())
    start, end = 0, len(text)
    while start < end and not (text[start].isalnum() or text[start] in _KEEP_START):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in _KEEP_END):
        end -= 1
    return text[start:end].strip()


def similar(a: str, b: str) -> float:
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _thumb(gray: np.ndarray, box: Box) -> np.ndarray:
    return cv2.resize(box.crop(gray), (128, 24), interpolation=cv2.INTER_AREA).astype(np.int16)


class FrameReader:
    """Feeds sampled frames in time order; `lines()` gives the merged OCR lines."""

    def __init__(self, backend: ocr.OcrBackend, detector: TextDetector, *, interval: float):
        self.backend = backend
        self.detector = detector
        self.interval = interval
        self.frames_sampled = 0
        self.frames_read = 0
        self.frames_detected = 0
        self.lines_read = 0
        self._last_small: np.ndarray | None = None
        self._regions: list[_Region] = []
        self._waiting: list[tuple[float, list[_Region]]] = []  # samples not merged yet
        self._unread: list[_Slot] = []
        self._open: list[_Track] = []
        self._done: list[_Track] = []

    def add(self, t: float, frame: np.ndarray) -> None:
        self.frames_sampled += 1
        gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        small = cv2.resize(gray, (160, 90), interpolation=cv2.INTER_AREA).astype(np.int16)
        unchanged = (
            self._last_small is not None
            and (np.abs(small - self._last_small) > _PIXEL_CHANGE).mean() < _FRAME_CHANGE
        )
        self._last_small = small
        if not unchanged:
            self._regions = self._find_regions(frame, gray)
        self._waiting.append((t, self._regions))
        if len(self._unread) >= _BATCH_LINES:
            self.flush()

    def flush(self) -> None:
        """Read the lines gathered so far, then merge the samples that waited on them."""
        todo, self._unread = self._unread, []
        if todo:
            try:
                readings = self.backend.read_lines([slot.crop for slot in todo])
            except ocr.OcrError as exc:
                logger.warning("OCR of %d lines failed: %s", len(todo), exc)
                readings = [None] * len(todo)
            for slot, reading in zip(todo, readings, strict=True):
                slot.reading, slot.crop = self._kept(reading), None
        for t, regions in self._waiting:
            self._merge(t, [(r.box, r.reading) for r in regions if r.reading is not None])
        self._waiting = []

    def _find_regions(self, frame: np.ndarray, gray: np.ndarray) -> list[_Region]:
        self.frames_detected += 1
        regions, todo = [], []
        for box in self.detector.detect(frame):
            thumb = _thumb(gray, box)
            known = next(
                (
                    r
                    for r in self._regions
                    if r.box.iou(box) >= _REGION_IOU
                    and np.abs(r.thumb - thumb).mean() < _REGION_DIFF
                ),
                None,
            )
            slot = known.slot if known else _Slot(box.crop(frame).copy())
            regions.append(_Region(box, thumb, slot))
            if known is None:
                todo.append(slot)
        if todo:
            self.frames_read += 1
            self.lines_read += len(todo)
            self._unread += todo
        return regions

    def _kept(self, reading: ocr.Reading | None) -> ocr.Reading | None:
        if reading is None:
            return None
        text = clean_text(reading.text)
        if reading.confidence < _MIN_CONFIDENCE or len(_WORD.findall(text)) < 2:
            return None
        return ocr.Reading(text, reading.confidence)

    def _merge(self, t: float, readings: list[tuple[Box, ocr.Reading]]) -> None:
        """Continue the open line each reading belongs to, or start one.

        Same text (≥ 0.8 similar) continues a line anywhere on screen; in the same place a
        looser match (≥ 0.6) does, since a new background can change a letter or two.
        """
        still_open: list[_Track] = []
        for box, reading in readings:
            best, best_score = None, 0.0
            for track in self._open:
                if track in still_open:
                    continue
                score = similar(track.text, reading.text)
                same_place = track.box.iou(box) >= 0.5
                if (score >= _SAME_TEXT or (same_place and score >= _SAME_PLACE_TEXT)) and (
                    score > best_score
                ):
                    best, best_score = track, score
            track = best or _Track(start_s=t, last_s=t, box=box)
            track.last_s = t
            track.box = box
            track.votes[reading.text] += reading.confidence
            track.best_confidence = max(track.best_confidence, reading.confidence)
            still_open.append(track)
        self._done += [tr for tr in self._open if tr not in still_open]
        self._open = still_open

    def lines(self, duration_s: float | None = None) -> tuple[TimedText, ...]:
        self.flush()
        tracks = sorted(self._done + self._open, key=lambda tr: (tr.start_s, tr.text))
        lines = []
        for tr in tracks:
            end = tr.last_s + self.interval
            if duration_s:
                end = min(end, duration_s)
            lines.append(
                TimedText("ocr", tr.text, round(tr.start_s, 3), round(end, 3), tr.best_confidence)
            )
        return tuple(lines)


def iter_samples(
    path: Path, *, fps: float, progress: Callable[[float], None] | None = None
) -> Iterator[tuple[float, np.ndarray]]:
    """`(t, frame)` about every 1/fps seconds, decoding sequentially (no seeking)."""
    cap = cv2.VideoCapture(str(path))
    if not cap.isOpened():
        raise OSError(f"cannot open video {path}")
    try:
        native = cap.get(cv2.CAP_PROP_FPS) or 30.0
        total = int(cap.get(cv2.CAP_PROP_FRAME_COUNT) or 0)
        interval = 1.0 / fps
        next_t = 0.0
        index = 0
        while cap.grab():
            t = index / native
            index += 1
            # A frame within half a native frame of the sample time is the sample.
            if t + 0.5 / native < next_t:
                continue
            ok, frame = cap.retrieve()
            if not ok:
                break
            next_t += interval
            while next_t <= t:
                next_t += interval
            yield round(t, 3), frame
            if progress and total:
                progress(min(index / total, 1.0))
    finally:
        cap.release()


def read_frames(
    source, info: VideoInfo, *, workdir: Path, progress: Callable[[float], None] | None = None
) -> FrameText:
    """OCR lines of the text the video shows, with how many frames it took."""
    started = time.monotonic()
    backend = ocr.get_ocr()
    if backend is None:
        return FrameText(extra={"skipped": "no OCR backend"})
    try:
        detector = get_detector()
    except (DetectorUnavailable, ImportError, OSError) as exc:
        logger.warning("reading_frames skipped: text detector unavailable: %s", exc)
        return FrameText(extra={"skipped": str(exc)})
    video = source.video_file(info.video_id, workdir=workdir)
    if video is None:
        logger.info("video %s: no video file, frames not read", info.video_id)
        return FrameText(extra={"skipped": "no video file"})

    fps = settings.PIND_OCR_FPS
    reader = FrameReader(backend, detector, interval=1.0 / fps)
    try:
        for t, frame in iter_samples(Path(video), fps=fps, progress=progress):
            reader.add(t, frame)
    except OSError as exc:
        logger.warning("video %s unreadable, frames not read: %s", info.video_id, exc)
    lines = reader.lines(info.duration_s)
    if progress:
        progress(1.0)
    return FrameText(
        lines=lines,
        frames_sampled=reader.frames_sampled,
        frames_read=reader.frames_read,
        seconds=round(time.monotonic() - started, 3),
        extra={
            "backend": backend.name,
            "fps": fps,
            "frames_detected": reader.frames_detected,
            "lines_read": reader.lines_read,
        },
    )
