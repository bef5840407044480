"""Where the text lines are in a frame: the ONNX text detector that ships in the rapidocr
wheel (PP-OCR DB detector), run directly with onnxruntime. Only detection: its bundled
recogniser cannot read Hangul, so reading is left to the OCR backends.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import cv2
import numpy as np


class DetectorUnavailable(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Box:
    x: int
    y: int
    w: int
    h: int
    score: float

    def iou(self, other: Box) -> float:
        ix = max(0, min(self.x + self.w, other.x + other.w) - max(self.x, other.x))
        iy = max(0, min(self.y + self.h, other.y + other.h) - max(self.y, other.y))
        inter = ix * iy
        union = self.w * self.h + other.w * other.h - inter
        return inter / union if union else 0.0

    def crop(self, frame: np.ndarray) -> np.ndarray:
        return frame[self.y : self.y + self.h, self.x : self.x + self.w]


def bundled_model() -> Path:
    spec = find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        raise DetectorUnavailable("rapidocr is not installed")
    models = Path(next(iter(spec.submodule_search_locations))) / "models"
    found = sorted(models.glob("*det*.onnx"))
    if not found:
        raise DetectorUnavailable(f"no text detection model in {models}")
    # Newest PP-OCR version sorts last.
    return found[-1]


class TextDetector:
    """`detect(frame) -> [Box]`: axis-aligned boxes of text lines, top to bottom."""

    def __init__(
        self,
        model: Path | None = None,
        *,
        width: int = 640,
        threshold: float = 0.3,
        box_threshold: float = 0.5,
        threads: int = 2,
    ):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(model or bundled_model()), options, providers=["CPUExecutionProvider"]
        )
        self.input = self.session.get_inputs()[0].name
        self.width = width
        self.threshold = threshold
        self.box_threshold = box_threshold
        self._lock = threading.Lock()

    def detect(self, frame: np.ndarray) -> list[Box]:
        h, w = frame.shape[:2]
        # The network wants sides that are multiples of 32.
        scale = self.width / w
        in_w = max(32, int(round(w * scale / 32)) * 32)
        in_h = max(32, int(round(h * scale / 32)) * 32)
        resized = cv2.resize(frame, (in_w, in_h), interpolation=cv2.INTER_AREA)
        x = resized[:, :, ::-1].astype(np.float32) / 127.5 - 1.0
        x = x.transpose(2, 0, 1)[None]
        with self._lock:
            prob = self.session.run(None, {self.input: x})[0][0, 0]
        return self._boxes(prob, w / in_w, h / in_h, w, h)

    def _boxes(self, prob: np.ndarray, sx: float, sy: float, w: int, h: int) -> list[Box]:
        binary = (prob > self.threshold).astype(np.uint8)
        binary = cv2.dilate(binary, np.ones((2, 2), np.uint8))
        count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
        boxes = []
        for i in range(1, count):
            x, y, bw, bh, area = stats[i]
            if bh < 4 or bw < 4:
                continue
            score = float(prob[y : y + bh, x : x + bw][labels[y : y + bh, x : x + bw] == i].mean())
            if score < self.box_threshold:
                continue
            # DB shrinks text regions when training; grow them back (unclip ≈ 1.6 area).
            pad = 0.45 * bh
            x0 = max(0, int((x - pad) * sx))
            y0 = max(0, int((y - pad) * sy))
            x1 = min(w, int((x + bw + pad) * sx + 1))
            y1 = min(h, int((y + bh + pad) * sy + 1))
            boxes.append(Box(x0, y0, x1 - x0, y1 - y0, round(score, 3)))
        boxes.sort(key=lambda b: (b.y, b.x))
        return boxes
