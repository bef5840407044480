"""What the LLM extractors share: the question, the answer's schema and the checks on it.

A language model reads the video's texts in chunks, each line with its source and time, and
answers in a JSON schema: every place with a quote of the line that names it. The answer is
one more candidate source (rule "llm") for fusion and the decision, and it is held to the
texts: a place whose quote is not in the video's texts, or whose name is not in its quote,
is dropped as unsupported, and the quoted line gives the mention's source and time.

What it may cost is bounded: answers are cached by model and text, so reprocessing a video
asks nothing; a per-video token budget stops sending chunks once it is spent; each request
has a timeout, and only failures worth repeating (429, 5xx, timeouts, lost connections) are
retried, a few times, with backoff. Whatever else goes wrong (a refusal, a malformed answer, a
server that keeps failing) leaves the offline extractors' result standing.

A provider subclasses `LlmExtractor` and implements `connect()`, which returns an `LlmClient`.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import re
import time
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.core.cache import cache
from pydantic import BaseModel, ValidationError

from pind.texts import VideoTexts
from places.extraction.base import HEAD, Extractor, ExtractorError, RawCandidate, Snippet

logger = logging.getLogger(__name__)

RULE = "llm"
CATEGORIES = (
    "restaurant",
    "cafe",
    "bar",
    "market",
    "shop",
    "sight",
    "nature",
    "stay",
    "transport",
    "area",
    "other",
)

# Strict-mode JSON schema (OpenAI's structured outputs; Gemini's response_json_schema takes it
# too): every property required, nothing else allowed.
SCHEMA: dict = {
    "type": "object",
    "properties": {
        "places": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "category": {"type": "string", "enum": list(CATEGORIES)},
                    "quote": {"type": "string"},
                    "address": {"type": "string"},
                },
                "required": ["name", "category", "quote", "address"],
                "additionalProperties": False,
            },
        }
    },
    "required": ["places"],
    "additionalProperties": False,
}

SYSTEM = """\
You find the places in a travel or food video from its texts. Each line is labelled
[source time] text, where source is title, description, chapter, transcript (captions, often
lower-case auto-captions cut mid-sentence), ocr (on-screen text, sometimes misread) or asr.

List every specific, named place the video visits, shows or recommends: restaurants, cafés,
bars, markets, shops, sights and landmarks, museums, temples, parks, beaches, mountains and
other natural sights, hotels and stays, stations and airports. Add the cities and
neighbourhoods the video is in, with category "area".

Leave out dishes, drinks and products (even those named after a place), brands, people and
channels, words with no name ("the market", "our hotel"), places only talked about that
nobody goes to (a home town, a comparison, an economy, the news), and sponsor or link lines.
If the video goes to no place, answer {"places": []}.

For each place give:
- name: its proper name as the texts write it (same script and spelling; capitalised
  properly when the captions are lower-case; no trailing punctuation);
- category: one of the allowed categories;
- quote: a short passage, at most about fifteen words, copied exactly from the lines above,
  that contains the name; never translate, paraphrase or add words;
- address: an address the texts give for this place, else "".
List each place once, at its first mention."""


class LlmPlace(BaseModel):
    name: str
    category: str = ""
    quote: str = ""
    address: str = ""


class LlmAnswer(BaseModel):
    places: list[LlmPlace]


@dataclass(frozen=True, slots=True)
class Reply:
    """What one request gave back: the answer's text, or why there is none."""

    text: str | None
    refusal: str = ""
    tokens: int | None = None


class Retryable(Exception):
    """A failure worth asking again: a rate limit, a server error, a timeout, a lost line."""


class LlmClient(Protocol):
    model: str

    def ask(self, system: str, user: str) -> Reply:
        """One request. Raises `Retryable`, or `ExtractorError` when asking again cannot help."""
        ...


def retryable_status(status: int | None) -> bool:
    return status is not None and (status in (408, 409, 429) or status >= 500)


# --- The question ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Chunk:
    """Consecutive lines of the video's texts, sent in one request."""

    lines: range  # indexes into the snippets
    text: str


def estimate_tokens(text: str) -> int:
    """An upper estimate without a tokenizer: about four bytes a token for English and three
    for Hangul (three bytes a syllable, one or two syllables a token); three bytes is safe."""
    return len(text.encode("utf-8")) // 3 + 1


def _clock(seconds: float) -> str:
    s = int(seconds)
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


LINE_CHARS = 2000  # a description pasted as one paragraph must not fill a chunk alone


def line_of(snippet: Snippet) -> str:
    when = f" {_clock(snippet.start_s)}" if snippet.start_s is not None else ""
    text = snippet.text if len(snippet.text) <= LINE_CHARS else snippet.text[:LINE_CHARS] + "…"
    return f"[{snippet.source}{when}] {text}"


def chunks_of(snippets: list[Snippet], max_tokens: int) -> list[Chunk]:
    """The texts in order (title, description, chapters, captions, on-screen text), cut into
    chunks of about `max_tokens` at line boundaries."""
    out: list[Chunk] = []
    start, size = 0, 0
    for i, snippet in enumerate(snippets):
        tokens = estimate_tokens(line_of(snippet))
        if i > start and size + tokens > max_tokens:
            out.append(_chunk(snippets, start, i))
            start, size = i, 0
        size += tokens
    if start < len(snippets):
        out.append(_chunk(snippets, start, len(snippets)))
    return out


def _chunk(snippets: list[Snippet], start: int, stop: int) -> Chunk:
    return Chunk(range(start, stop), "\n".join(line_of(s) for s in snippets[start:stop]))


def question(chunk: Chunk, title: str) -> str:
    if chunk.lines.start == 0 or not title.strip():
        return f"The video's texts:\n{chunk.text}"
    # Later chunks keep the title for context; its places were asked about in the first.
    return (
        f"The video is titled: {title.strip()}\n"
        f"More of the video's texts, from line {chunk.lines.start + 1}:\n{chunk.text}"
    )


def request_cost(user: str) -> int:
    """What one request may spend at most: its estimated input and the output cap."""
    return estimate_tokens(SYSTEM + user) + settings.PIND_LLM_MAX_OUTPUT_TOKENS


# --- The answer ---------------------------------------------------------------------------

_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")


def parse(reply: Reply, label: str) -> list[LlmPlace] | None:
    """The places in a reply; None, with a warning, when it refused or is not the schema."""
    if reply.text is None:
        logger.warning("%s: no answer (%s); this chunk is skipped", label, reply.refusal)
        return None
    try:
        # Servers without structured output sometimes fence the JSON like Markdown.
        return LlmAnswer.model_validate_json(_FENCE.sub("", reply.text)).places
    except ValidationError as exc:
        logger.warning(
            "%s: malformed answer (%s): %.200r; this chunk is skipped",
            label,
            exc.errors()[0]["msg"],
            reply.text,
        )
        return None


def fold(text: str) -> str:
    """Text compared without case, accents, spaces or punctuation: 'Café  A Brasileira!' →
    'cafeabrasileira'. Hangul decomposes into jamo on both sides alike."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if ch.isalnum())


class Grounding:
    """Where a quote occurs in the video's texts. Each source's lines are searched as one
    folded stream, so a quote may run across two caption cues ('…into café a' / 'brasileira')."""

    def __init__(self, snippets: list[Snippet]):
        self.snippets = snippets
        self.streams: dict[str, tuple[str, list[int], list[int]]] = {}
        parts: dict[str, list[tuple[int, str]]] = {}
        for i, snippet in enumerate(snippets):
            parts.setdefault(snippet.source, []).append((i, fold(snippet.text)))
        for source, folded in parts.items():
            offsets, at = [], 0
            for _, text in folded:
                offsets.append(at)
                at += len(text)
            stream = "".join(text for _, text in folded)
            self.streams[source] = (stream, offsets, [i for i, _ in folded])

    def find(self, quote: str, near: range) -> Snippet | None:
        """The line the quote is from, preferring lines in `near` (the chunk it was asked on)."""
        needle = fold(quote)
        if len(needle) < 2:
            return None
        spans = sorted(self._spans(needle), key=lambda span: (span[0] not in near, span[0]))
        if not spans:
            return None
        first, last = spans[0]
        if first == last:
            return self.snippets[first]
        lines = self.snippets[first : last + 1]
        return Snippet(
            lines[0].source,
            " ".join(s.text for s in lines),
            lines[0].start_s,
            lines[-1].end_s if lines[-1].end_s is not None else lines[-1].start_s,
        )

    def _spans(self, needle: str):
        for stream, offsets, indexes in self.streams.values():
            at = stream.find(needle)
            while at >= 0:
                first = bisect.bisect_right(offsets, at) - 1
                last = bisect.bisect_right(offsets, at + len(needle) - 1) - 1
                yield indexes[first], indexes[last]
                at = stream.find(needle, at + 1)


_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*")
_EDGE = "\"'“”‘’「」『』()[] \t"


def clean_name(name: str) -> str:
    return name.strip(_EDGE).rstrip(".,;:!?").strip(_EDGE)


def support(place: LlmPlace, grounding: Grounding, near: range) -> tuple[Snippet | None, str]:
    """The line that supports a place, or None and why not."""
    name = clean_name(place.name)
    if len(fold(name)) < 2:
        return None, "no name"
    # A quote shortened with an ellipsis: the piece that holds the name must be in the texts.
    piece = next((p for p in _ELLIPSIS.split(place.quote) if fold(name) in fold(p)), None)
    if piece is None:
        return None, f"its name is not in its quote {place.quote!r}"
    snippet = grounding.find(piece, near)
    if snippet is None:
        return None, f"its quote {piece!r} is not in the video's texts"
    return snippet, ""


# --- Cache --------------------------------------------------------------------------------


def cache_key(provider: str, model: str, user: str) -> str:
    digest = hashlib.sha256(
        "\n".join((provider, model, SYSTEM, json.dumps(SCHEMA, sort_keys=True), user)).encode()
    ).hexdigest()
    return f"pind:llm:{digest}"


def _cached(key: str) -> list[LlmPlace] | None:
    try:
        hit = cache.get(key)
    except Exception:  # a missing cache table must not cost the answer
        logger.warning("llm answer cache unreadable; asking the model", exc_info=True)
        return None
    return None if hit is None else [LlmPlace(**p) for p in hit]


def _remember(key: str, places: list[LlmPlace]) -> None:
    if settings.PIND_LLM_CACHE_SECONDS <= 0:
        return
    try:
        cache.set(key, [p.model_dump() for p in places], settings.PIND_LLM_CACHE_SECONDS)
    except Exception:
        logger.warning("llm answer cache unwritable; the answer is not kept", exc_info=True)


# --- The extractor --------------------------------------------------------------------------


class LlmExtractor(Extractor):
    """Asks a language model chunk by chunk and keeps the places its quotes support."""

    name = "llm"

    def connect(self) -> LlmClient:
        """A client for this provider; ExtractorError(permanent) when it is not configured."""
        raise NotImplementedError

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        client = self.connect()
        label = f"{self.name} {client.model} {texts.video_id}"
        grounding = Grounding(snippets)
        budget = settings.PIND_LLM_MAX_TOKENS_PER_VIDEO
        chunks = chunks_of(snippets, settings.PIND_LLM_CHUNK_TOKENS)
        out: list[RawCandidate] = []
        for n, chunk in enumerate(chunks):
            user = question(chunk, texts.title)
            # Cached chunks count too, so a reprocess stops where the first run stopped and
            # asks nothing new.
            cost = request_cost(user)
            if cost > budget:
                logger.warning(
                    "%s: token budget of %d spent; %d of %d chunks not read",
                    label,
                    settings.PIND_LLM_MAX_TOKENS_PER_VIDEO,
                    len(chunks) - n,
                    len(chunks),
                )
                break
            budget -= cost
            try:
                places = self._places(client, user, f"{label} chunk {n + 1}/{len(chunks)}")
            except ExtractorError as exc:
                if exc.permanent:
                    raise
                logger.warning("%s: %s; the chunks after it are not read", label, exc)
                break
            out.extend(self._candidates(places, grounding, chunk, label))
        return out

    def _places(self, client: LlmClient, user: str, label: str) -> list[LlmPlace]:
        key = cache_key(self.name, client.model, user)
        places = _cached(key)
        if places is not None:
            return places
        reply = self._ask(client, user, label)
        if reply.tokens is not None:
            logger.info("%s: %d tokens", label, reply.tokens)
        places = parse(reply, label)
        if places is None:  # not cached: the next run may get a good answer
            return []
        _remember(key, places)
        return places

    def _ask(self, client: LlmClient, user: str, label: str) -> Reply:
        attempts = 1 + max(0, settings.PIND_LLM_RETRIES)
        for attempt in range(attempts - 1):
            try:
                return client.ask(SYSTEM, user)
            except Retryable as exc:
                delay = settings.PIND_LLM_BACKOFF_SECONDS * 2**attempt
                logger.info("%s: %s; retrying in %.1f s", label, exc, delay)
                time.sleep(delay)
        try:
            return client.ask(SYSTEM, user)
        except Retryable as exc:
            raise ExtractorError(f"gave up after {attempts} attempts: {exc}") from exc

    def _candidates(
        self, places: list[LlmPlace], grounding: Grounding, chunk: Chunk, label: str
    ) -> list[RawCandidate]:
        out = []
        for place in places:
            snippet, why = support(place, grounding, chunk.lines)
            if snippet is None:
                logger.info("%s: dropped %r as unsupported: %s", label, place.name, why)
                continue
            category = place.category if place.category in CATEGORIES else "other"
            out.append(
                RawCandidate(
                    name=clean_name(place.name),
                    snippet=snippet,
                    strength=HEAD,
                    extractor=self.name,
                    category="" if category == "other" else category,
                    address=place.address.strip()[:200],
                    area=category == "area",
                    rule=RULE,
                )
            )
        return out
