"""OCR backends: read one line of on-screen text (PIND_OCR = tesseract | easyocr | none).

Finding *where* text is happens once, in `textdetect` (the detector bundled in rapidocr);
a backend only turns one cropped line into text. Backends are loaded lazily by name and
import their heavy libraries inside; one that cannot run raises `OcrError` when built,
and `get_ocr` turns that into a logged skip, never a failed job.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import import_module
from itertools import pairwise
from pathlib import Path

import cv2
import numpy as np
from django.conf import settings

from pind.backends import BackendError, UnknownBackend, backend_class

logger = logging.getLogger(__name__)


class OcrError(BackendError):
    """The backend cannot read. `permanent`: it never will in this process (no engine)."""


@dataclass(frozen=True, slots=True)
class Reading:
    text: str
    confidence: float  # 0..1
    # Unsure Latin words dropped beside Hangul, and the confidence with them counted:
    # a line that had them gets a second reading in Korean alone.
    dropped: str = ""
    confidence_all: float | None = None


class OcrBackend:
    """Reads lines of text from small BGR images (detected text lines)."""

    name = ""

    def read_line(self, image: np.ndarray) -> Reading | None:
        raise NotImplementedError

    def read_lines(self, images: list[np.ndarray]) -> list[Reading | None]:
        """Several lines at once; backends with a per-call cost override this."""
        return [self.read_line(image) for image in images]


class TesseractOcr(OcrBackend):
    """Tesseract CLI, `--psm 7` (one line), on several ink masks of each line.

    Every mask of every line of a frame goes to Tesseract in one call per worker (a list
    file: loading the kor+eng models costs more than reading a line), and each line keeps
    the reading that is both confident and complete (`_score`). A line whose best reading
    is mostly Latin is read once more by the Korean model alone. Languages in
    PIND_TESSERACT_LANG whose traineddata is not installed are left out (logged once).
    """

    name = "tesseract"
    workers = 2

    def __init__(self, *, cmd: str | None = None, lang: str | None = None):
        self.cmd = shutil.which(cmd or settings.PIND_TESSERACT_CMD)
        self.lang = lang or settings.PIND_TESSERACT_LANG
        if not self.cmd:
            raise OcrError(
                f"Tesseract not found ({settings.PIND_TESSERACT_CMD!r}); "
                "install tesseract-ocr and tesseract-ocr-kor",
                permanent=True,
            )
        # One thread per call: many short calls run faster side by side than each threaded.
        self.env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        self.lang = self._installed(self.lang)
        langs = self.lang.split("+")
        self.korean_only = "kor" if "kor" in langs and langs != ["kor"] else None
        self.tmp = Path(tempfile.mkdtemp(prefix="pind-ocr-"))
        self._pool = ThreadPoolExecutor(max_workers=self.workers)

    def _installed(self, lang: str) -> str:
        """`lang` less the languages whose traineddata is missing (extra packs such as jpn
        or chi_tra are used only where installed); unchanged when Tesseract can't say."""
        try:
            done = subprocess.run(
                [self.cmd, "--list-langs"], capture_output=True, env=self.env, timeout=30
            )
        except (OSError, subprocess.TimeoutExpired):
            return lang
        have = set(done.stdout.decode(errors="replace").split()[1:])
        wanted = [code for code in lang.split("+") if code]
        kept = [code for code in wanted if code in have]
        if done.returncode != 0 or not kept:
            return lang
        if missing := [code for code in wanted if code not in have]:
            logger.warning("Tesseract languages %s not installed; reading %s", missing, kept)
        return "+".join(kept)

    def read_line(self, image: np.ndarray) -> Reading | None:
        return self.read_lines([image])[0]

    def read_lines(self, images: list[np.ndarray]) -> list[Reading | None]:
        variants = [prepare_line(image) for image in images]
        flat = [(i, v) for i, vs in enumerate(variants) for v in vs]
        if not flat:
            return [None] * len(images)
        results = self._run(flat)
        best: list[Reading | None] = [None] * len(images)
        best_mask: list[np.ndarray | None] = [None] * len(images)
        candidates: list[list[tuple[Reading, np.ndarray]]] = [[] for _ in images]
        for (i, mask), reading in zip(flat, results, strict=True):
            if reading is not None:
                candidates[i].append((reading, mask))
        for i, found in enumerate(candidates):
            if found:
                longest = max(_letters(r.text) for r, _ in found)
                best[i], best_mask[i] = max(found, key=lambda rm: _score(rm[0], longest))
        # Dense Hangul in small captions often comes out of kor+eng as Latin letters; the
        # same mask read by the Korean model alone gets a second say, kept when it is surer
        # and reads more Hangul (English lines stay as they were).
        again = [(i, best_mask[i]) for i, r in enumerate(best) if r and _latin_heavy(r)]
        if again and self.korean_only:
            for (i, _), reading in zip(again, self._run(again, self.korean_only), strict=True):
                if (
                    reading is not None
                    and reading.confidence > _confidence_all(best[i])
                    and _hangul(reading.text) > _hangul(best[i].text)
                ):
                    best[i] = reading
        return best

    def _run(
        self, flat: list[tuple[int, np.ndarray]], lang: str | None = None
    ) -> list[Reading | None]:
        """Readings of `flat`'s images, in order, split across the workers."""
        size = -(-len(flat) // self.workers)
        chunks = [flat[k : k + size] for k in range(0, len(flat), size)]
        results = self._pool.map(lambda c: self._tesseract([v for _, v in c], lang), chunks)
        return [r for rs in results for r in rs]

    def _tesseract(
        self, prepared: list[np.ndarray], lang: str | None = None
    ) -> list[Reading | None]:
        stem = self.tmp / f"batch-{threading.get_ident()}"
        paths = [stem.with_name(f"{stem.name}-{k}.png") for k in range(len(prepared))]
        listing = stem.with_suffix(".txt")
        for path, image in zip(paths, prepared, strict=True):
            cv2.imwrite(str(path), image)
        listing.write_text("".join(f"{path}\n" for path in paths))
        try:
            done = subprocess.run(
                [
                    self.cmd,
                    str(listing),
                    "stdout",
                    "--psm",
                    "7",
                    "-l",
                    lang or self.lang,
                    "tsv",
                ],
                capture_output=True,
                env=self.env,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OcrError(f"tesseract failed: {exc}") from exc
        finally:
            listing.unlink(missing_ok=True)
            for path in paths:
                path.unlink(missing_ok=True)
        if done.returncode != 0:
            stderr = done.stderr.decode(errors="replace").strip()
            raise OcrError(f"tesseract exit {done.returncode}: {stderr[-300:]}")
        pages = _split_pages(done.stdout.decode("utf-8", errors="replace"), len(prepared))
        return [
            _reading_from_tsv(tsv, word_gaps(image))
            for tsv, image in zip(pages, prepared, strict=True)
        ]

    def __del__(self):
        shutil.rmtree(getattr(self, "tmp", ""), ignore_errors=True)


def _split_pages(tsv: str, count: int) -> list[str]:
    """Tesseract's TSV for a list of images, one TSV per image (`page_num` counts from 1)."""
    header, *rows = tsv.splitlines()
    pages: list[list[str]] = [[] for _ in range(count)]
    for row in rows:
        page = row.split("\t", 2)[1] if row.count("\t") >= 2 else ""
        if page.isdigit() and 1 <= int(page) <= count:
            pages[int(page) - 1].append(row)
    return ["\n".join([header, *page]) for page in pages]


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def _score(reading: Reading, longest: int) -> float:
    """Confidence, discounted when another mask of the same line found more letters.

    A mask of the wrong polarity often keeps a stroke or two that Tesseract reads as one
    sure letter; the mask that kept the whole line reads longer.
    """
    return reading.confidence * (_letters(reading.text) / max(longest, 1)) ** 0.25


_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_UNSURE_LATIN = 70  # Tesseract's word confidence, 0..100


def _hangul(text: str) -> int:
    return len(_HANGUL.findall(text))


def _confidence_all(reading: Reading) -> float:
    if reading.confidence_all is None:
        return reading.confidence
    return reading.confidence_all


def _latin_heavy(reading: Reading) -> bool:
    """At least as many Latin letters as Hangul: worth a second reading in Korean alone."""
    latin = len(_LATIN.findall(reading.text + reading.dropped))
    return latin >= 2 and latin >= _hangul(reading.text)


_JAMO = re.compile(r"[\u3131-\u318e]")


def word_gaps(prepared: np.ndarray) -> list[tuple[int, int]]:
    """Column ranges of blank space wide enough to be a space between words."""
    ink = prepared < 128
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    if len(rows) < 2 or len(cols) < 2:
        return []
    # Between syllables ≲ 0.2 of the ink height, between words ≳ 0.35 (NanumGothic,
    # Noto Sans CJK, Malgun at caption sizes).
    wide = 0.28 * (rows[-1] - rows[0])
    steps = np.diff(cols)
    return [(int(cols[i]), int(cols[i + 1])) for i in np.flatnonzero(steps > wide)]


def _reading_from_tsv(tsv: str, gaps: list[tuple[int, int]] | None = None) -> Reading | None:
    """Words and confidences from Tesseract's TSV.

    Tesseract's Korean model often puts a space between every syllable; between two
    Hangul words a space is kept only where the image shows a gap (`gaps`).
    """
    words: list[tuple[str, float, int, int]] = []  # text, conf, left, right
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        try:
            conf = float(row.get("conf") or -1)
            left, width = int(row.get("left") or 0), int(row.get("width") or 0)
        except ValueError:
            continue
        if text and conf >= 0:
            words.append((text, conf, left, left + width))
    # A lone jamo (ㅡ, ㅜ, ㆍ) is a stroke, a bar or a middle dot read as Hangul: captions
    # spell syllables, and repeated jamo (ㅋㅋ, ㅠㅠ) come as one word of two or more.
    words = [w for w in words if not (len(w[0]) == 1 and _JAMO.match(w[0]))]
    # A lone low-confidence symbol at either end is an undrawable glyph or a speck.
    while words and len(words[0][0]) == 1 and not _HANGUL.match(words[0][0]) and words[0][1] < 60:
        words.pop(0)
    while (
        words and len(words[-1][0]) == 1 and not _HANGUL.match(words[-1][0]) and words[-1][1] < 60
    ):
        words.pop()
    # Beside Hangul, an unsure all-Latin word is mostly a script the models lack (Han
    # characters of a name written twice, e.g. 浅草寺 beside 센소지) read as letters.
    all_confs = [w[1] for w in words]
    dropped = ""
    if any(_HANGUL.search(w[0]) for w in words):
        unsure = [bool(_LATIN_WORD.fullmatch(w[0]) and w[1] < _UNSURE_LATIN) for w in words]
        dropped = " ".join(w[0] for w, u in zip(words, unsure, strict=True) if u)
        words = [w for w, u in zip(words, unsure, strict=True) if not u]
    if not words:
        return None
    out = words[0][0]
    for (prev, _, p_left, p_right), (text, _, left, right) in pairwise(words):
        joined = gaps is not None and _HANGUL.search(prev[-1]) and _HANGUL.search(text[0])
        if joined:
            mid_prev, mid_next = (p_left + p_right) / 2, (left + right) / 2
            joined = not any(mid_prev < (g0 + g1) / 2 < mid_next for g0, g1 in gaps)
        out += text if joined else " " + text
    confs = [w[1] for w in words]
    return Reading(
        out,
        round(sum(confs) / len(confs) / 100, 3),
        dropped,
        round(sum(all_confs) / len(all_confs) / 100, 3) if dropped else None,
    )


class EasyOcr(OcrBackend):
    """EasyOCR recogniser (ko+en) from local weights only (`download_enabled=False`)."""

    name = "easyocr"

    def __init__(self, *, model_dir: str | None = None):
        try:
            easyocr = import_module("easyocr")
        except Exception as exc:  # ImportError, or torchvision failing to load
            raise OcrError(f"easyocr is not installed: {exc}", permanent=True) from exc
        model_dir = model_dir or settings.PIND_EASYOCR_MODEL_DIR
        try:
            self.reader = easyocr.Reader(
                ["ko", "en"],
                gpu=False,
                model_storage_directory=model_dir,
                download_enabled=False,
                verbose=False,
            )
        except Exception as exc:  # easyocr raises FileNotFoundError or bare Exception
            raise OcrError(
                f"easyocr weights missing in {model_dir}: {exc}", permanent=True
            ) from exc

    def read_line(self, image: np.ndarray) -> Reading | None:
        h, w = image.shape[:2]
        results = self.reader.recognize(image, horizontal_list=[[0, w, 0, h]], free_list=[])
        texts = [(text, conf) for _, text, conf in results if text.strip()]
        if not texts:
            return None
        return Reading(
            " ".join(t for t, _ in texts), round(sum(c for _, c in texts) / len(texts), 3)
        )


BACKENDS: dict[str, str] = {
    "tesseract": "videos.pipeline.ocr.TesseractOcr",
    "easyocr": "videos.pipeline.ocr.EasyOcr",
}

_cache: dict[str, OcrBackend | None] = {}


def get_ocr(name: str | None = None) -> OcrBackend | None:
    """The configured backend, built once per process; None (logged once) when it can't run.

    `name` is a short name from BACKENDS or the dotted path of a class of one's own."""
    name = (name or settings.PIND_OCR or "none").strip()
    if "." not in name:
        name = name.lower()
    if name in ("", "none", "off"):
        return None
    if name not in _cache:
        _cache[name] = _build_ocr(name)
    return _cache[name]


def _build_ocr(name: str) -> OcrBackend | None:
    try:
        return backend_class(name, BACKENDS, kind="OCR backend")()
    except UnknownBackend as exc:
        logger.warning("PIND_OCR=%r is not a known OCR backend (%s); OCR skipped", name, exc)
    except (OcrError, ImportError) as exc:
        logger.warning("OCR backend %s skipped: %s", name, exc)
    return None


# --- preparing a line for Tesseract ------------------------------------------------------

_WORK_HEIGHT = 96  # crops are scaled to this before masking: smoother masks, ~40 px glyphs
_BRIGHT = 180
_DARK = 100
_MIN_AREA = 0.002


def _is_missing_glyph(blob: np.ndarray) -> bool:
    """The crossed box a font draws for a character it lacks (emoji, symbols).

    A square-ish outline whose four sides are drawn nearly end to end, with nothing
    between the sides and the centre except, optionally, the two diagonals. Letters and
    Hangul syllables are not drawn like that (ㅁ never stands alone in captions).
    """
    rows = np.flatnonzero(blob.any(axis=1))
    cols = np.flatnonzero(blob.any(axis=0))
    if len(rows) < 8 or len(cols) < 8:
        return False
    box = blob[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1] > 0
    h, w = box.shape
    if not 0.6 <= w / h <= 1.4:
        return False
    k = max(2, min(h, w) // 10)
    # Each side: the best-covered row (column) in the outer quarter, k lines thick.
    q = max(k, h // 4), max(k, w // 4)
    band_rows = [box[i : i + k].any(axis=0).mean() for i in range(h - k + 1)]
    band_cols = [box[:, i : i + k].any(axis=1).mean() for i in range(w - k + 1)]
    sides = (
        max(band_rows[: q[0]]),
        max(band_rows[-q[0] :]),
        max(band_cols[: q[1]]),
        max(band_cols[-q[1] :]),
    )
    drawn = sum(side >= 0.85 for side in sides)
    if drawn < 3:
        return False

    def inked(fy: float, fx: float) -> bool:
        y, x = int(fy * (h - 1)), int(fx * (w - 1))
        window = box[max(0, y - k // 2) : y + k // 2 + 1, max(0, x - k // 2) : x + k // 2 + 1]
        return bool(window.any())

    # Between each side and the centre, off the diagonals: empty in a missing-glyph box.
    if any(inked(fy, fx) for fy, fx in ((0.5, 0.3), (0.5, 0.7), (0.3, 0.5), (0.7, 0.5))):
        return False
    steps = np.linspace(0.2, 0.8, 13)
    crossed = (
        np.mean([inked(f, f) for f in steps]) >= 0.7
        and np.mean([inked(f, 1 - f) for f in steps]) >= 0.7
    )
    # An empty box is left alone: the ㅁ of 마 or 몸 looks just like one.
    return crossed


def _drop_missing_glyphs(mask: np.ndarray) -> np.ndarray:
    cols = np.flatnonzero(mask.any(axis=0))
    if len(cols) < 2:
        return mask
    h = mask.shape[0]
    breaks = np.flatnonzero(np.diff(cols) > 0.08 * h)
    starts = [cols[0], *cols[breaks + 1]]
    ends = [*cols[breaks], cols[-1]]
    for x0, x1 in zip(starts, ends, strict=True):
        if _is_missing_glyph(mask[:, x0 : x1 + 1]):
            mask[:, x0 : x1 + 1] = 0
    return mask


def _outlined_ink(level: np.ndarray, *, bright_ink: bool) -> np.ndarray:
    """Thin components of one polarity whose edges are mostly on the opposite one.

    Bright ink: a caption's fill inside its dark outline or shadow. Dark ink: text on a
    light box. Wide areas (background between and behind letters) are left out.
    """
    h = level.shape[0]
    ink = (level >= _BRIGHT if bright_ink else level <= _DARK).astype(np.uint8)
    rim = (level <= _DARK if bright_ink else level >= _BRIGHT).astype(np.uint8)
    near_rim = cv2.dilate(rim, np.ones((5, 5), np.uint8))
    depth = cv2.distanceTransform(ink, cv2.DIST_L2, 3)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    keep = np.zeros_like(ink)
    edge_kernel = np.ones((3, 3), np.uint8)
    for i in range(1, count):
        x, y, w, hh, area = stats[i]
        if area < _MIN_AREA * h * h:
            continue
        component = labels[y : y + hh, x : x + w] == i
        if depth[y : y + hh, x : x + w][component].max() > 0.09 * h:
            continue  # an area, not a letter stroke
        comp8 = component.astype(np.uint8)
        edge = cv2.copyMakeBorder(comp8, 1, 1, 1, 1, cv2.BORDER_CONSTANT, value=0)
        edge = (edge - cv2.erode(edge, edge_kernel))[1:-1, 1:-1]
        if near_rim[y : y + hh, x : x + w][edge > 0].mean() < 0.6:
            continue
        keep[y : y + hh, x : x + w] |= comp8
    return _drop_missing_glyphs(keep) * 255


def _plain_ink(level: np.ndarray, *, bright_ink: bool) -> np.ndarray:
    """The crop's brighter (or darker) side by Otsu, letter-sized components only.

    For captions whose outline is too thin or soft to survive video compression (small
    price tags, thin strokes), where `_outlined_ink` finds no rim around the letters.
    """
    h, w = level.shape
    threshold, _ = cv2.threshold(level, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink = (level > threshold if bright_ink else level <= threshold).astype(np.uint8)
    depth = cv2.distanceTransform(ink, cv2.DIST_L2, 3)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    keep = np.zeros_like(ink)
    for i in range(1, count):
        x, y, cw, ch, area = stats[i]
        if area < _MIN_AREA * h * h or ch > 0.9 * h or cw > 0.9 * w:
            continue  # a speck, or background around and behind the letters
        component = labels[y : y + ch, x : x + cw] == i
        if depth[y : y + ch, x : x + cw][component].max() > 0.09 * h:
            continue
        keep[y : y + ch, x : x + cw] |= component.astype(np.uint8)
    return _drop_missing_glyphs(keep) * 255


def _same_mask(a: np.ndarray, b: np.ndarray) -> bool:
    union = np.count_nonzero(a | b)
    return union == 0 or np.count_nonzero(a & b) / union > 0.9


def text_masks(image: np.ndarray) -> list[np.ndarray]:
    """Candidate ink masks (255 = ink), each read; near-duplicates dropped.

    Captions are mostly bright fill with a dark outline or shadow; dark text on a light
    box is the other common style; thin-outlined or small text needs a plain split of
    the crop into its bright and dark sides (`_plain_ink`).
    """
    level = image.max(axis=2) if image.ndim == 3 else image
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    h = level.shape[0]
    masks: list[np.ndarray] = []
    for mask in (
        _outlined_ink(level, bright_ink=True),
        _outlined_ink(level, bright_ink=False),
        _plain_ink(level, bright_ink=True),
        _plain_ink(gray, bright_ink=False),
    ):
        if (mask > 0).sum() >= 0.02 * h * h and not any(_same_mask(mask, m) for m in masks):
            masks.append(mask)
    return masks


def prepare_line(image: np.ndarray) -> list[np.ndarray]:
    """Black-on-white versions of a line at a Tesseract-friendly size, most likely first."""
    scale = _WORK_HEIGHT / image.shape[0]
    image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return [
        cv2.copyMakeBorder(255 - mask, 16, 16, 16, 16, cv2.BORDER_CONSTANT, value=255)
        for mask in text_masks(image)
    ]
