"""What every extractor takes and gives, and the registry that picks them from settings."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from pind.backends import BackendError
from pind.texts import TimedText, VideoTexts
from places.extraction.ocr_hangul import correct as correct_ocr

logger = logging.getLogger(__name__)

# How much one piece of evidence says "this is a place", by kind.
STRONG = 0.9  # a 📍 line, a name next to its address, a curated gazetteer name
HEAD = 0.6  # a proper noun phrase ending in a place word ("자갈치시장", "N Seoul Tower")
TITLE_CARD = 0.45  # a chapter title or an on-screen caption that is only a proper noun
SPOKEN = 0.35  # a name said after a visit word, or a place phrase said in passing
ECHO = 0.3  # the name found again in another text

# The snippet sources that are speech: a caption track, or speech recognised from audio.
SPEECH = frozenset({"transcript", "asr"})


class ExtractorError(BackendError):
    """An extractor could not run; `permanent` says whether retrying can help."""


# One line of text from one source, with its time in the video when known: the one "text
# with a time" type of the project (pind.texts.TimedText), under the name extraction reads.
Snippet = TimedText


@dataclass(frozen=True, slots=True)
class RawCandidate:
    """One extractor's claim that `name` is a place, with the snippet that supports it."""

    name: str
    snippet: Snippet
    strength: float
    extractor: str
    category: str = ""
    address: str = ""
    aliases: tuple[str, ...] = ()
    place_id: int | None = None
    # True for cities and neighbourhoods: context for geocoding, a pin only with strong evidence.
    area: bool = False
    rule: str = ""  # id of the named rule that proposed it, e.g. "en.speech.go_into"


class Extractor:
    """One way of finding places. Subclasses implement `extract`."""

    name = "base"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        raise NotImplementedError


_TIMESTAMP_LINE = re.compile(r"^\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s*[-–—:|)]?\s*(.+)$")


def timestamp_line(line: str) -> tuple[float, str] | None:
    """ "00:08 어니언 성수" → (8.0, "어니언 성수"); YouTube turns these into chapters."""
    m = _TIMESTAMP_LINE.match(line)
    if not m:
        return None
    h, mnt, sec, rest = m.groups()
    return int(h or 0) * 3600 + int(mnt) * 60 + int(sec), rest.strip()


_HANGUL = re.compile(r"[가-힣]")


def snippets_of(texts: VideoTexts) -> list[Snippet]:
    """Every line the video has, each with its source and time."""
    out: list[Snippet] = []
    if texts.title.strip():
        out.append(Snippet("title", texts.title.strip()))
    for line in texts.description.splitlines():
        line = line.strip()
        if not line:
            continue
        stamped = timestamp_line(line)
        if stamped is not None:
            out.append(Snippet("description", line, stamped[0], None))
        else:
            out.append(Snippet("description", line))
    # Tesseract reading Korean sees Hangul in textures too: in a video that nowhere else
    # writes or says a word of Korean, Hangul on screen is debris.
    all_texts = (
        texts.title,
        texts.description,
        *(t.text for t in (*texts.chapters, *texts.transcript, *texts.asr)),
    )
    korean_video = any(_HANGUL.search(s) for s in all_texts) or not any(
        re.search(r"[A-Za-z]{3}", s) for s in all_texts
    )
    for t in (*texts.chapters, *texts.transcript, *texts.ocr, *texts.asr):
        if t.text and t.text.strip():
            text = t.text.strip()
            if t.source == "ocr":
                if not korean_video and _HANGUL.search(text):
                    continue
                text = snap_misread_head(correct_ocr(text))
            out.append(Snippet(t.source, text, t.start_s, t.end_s, t.confidence))
    return out


def snap_misread_head(text: str) -> str:
    """OCR misreads one syllable of a place word at the end of a caption ("83 타워 전망매"):
    a last word one letter away from a place word of three or more syllables is that word."""
    from rapidfuzz.distance import Levenshtein

    from places.lexicon import KO_HEADS

    words = text.split()
    if not words or not re.fullmatch(r"[가-힣]{3,}", words[-1]) or words[-1] in KO_HEADS:
        return text
    last = words[-1]
    for head in KO_HEADS:
        if len(head) >= 3 and len(head) == len(last) and Levenshtein.distance(head, last) == 1:
            return " ".join([*words[:-1], head])
    return text
