"""Optional: Gemini (google-genai) reads the texts and answers in a JSON schema.

Its claims are one more source ("llm") for fusion: on their own they are weak, with the
offline extractors they raise confidence. Malformed or blocked output is logged and the
other extractors' results stand.
"""

from __future__ import annotations

import logging
import time

from django.conf import settings
from pydantic import BaseModel

from pind.texts import VideoTexts
from places.extraction.base import HEAD, Extractor, ExtractorError, RawCandidate, Snippet

logger = logging.getLogger(__name__)

CHUNK_CHARS = 6000
ATTEMPTS = 3


class LlmPlace(BaseModel):
    name: str
    kind: str = ""
    address_hint: str = ""
    evidence: str = ""
    start_s: float | None = None


class LlmPlaces(BaseModel):
    places: list[LlmPlace]


PROMPT = (
    "List the real, visitable places (restaurants, cafés, markets, sights, stays, stations) "
    "that this video mentions or shows. Not cities, dishes, products or people. Quote the "
    "line that names each place as evidence and give its start time in seconds.\n\n"
)


def _chunks(snippets: list[Snippet]) -> list[str]:
    lines = [
        f"[{s.start_s:.1f}s {s.source}] {s.text}"
        if s.start_s is not None
        else f"[{s.source}] {s.text}"
        for s in snippets
    ]
    chunks, current = [], ""
    for line in lines:
        if current and len(current) + len(line) > CHUNK_CHARS:
            chunks.append(current)
            current = ""
        current += line + "\n"
    return [*chunks, current] if current else chunks


class GeminiExtractor(Extractor):
    name = "gemini"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        if not settings.GEMINI_API_KEY:
            raise ExtractorError("GEMINI_API_KEY is not set", permanent=True)
        from google import genai
        from google.genai import types

        http_options = (
            types.HttpOptions(base_url=settings.GEMINI_BASE_URL)
            if settings.GEMINI_BASE_URL
            else None
        )
        # The client must stay alive while calling: it owns the HTTP connection.
        client = genai.Client(api_key=settings.GEMINI_API_KEY, http_options=http_options)
        config = types.GenerateContentConfig(
            response_mime_type="application/json", response_schema=LlmPlaces, temperature=0
        )
        by_text = {s.text: s for s in snippets}
        out = []
        for chunk in _chunks(snippets):
            parsed = self._ask(client, config, PROMPT + chunk)
            for place in parsed.places if parsed else ():
                source = next(
                    (s for t, s in by_text.items() if place.evidence and place.evidence in t), None
                )
                snippet = Snippet(
                    "llm",
                    place.evidence or place.name,
                    source.start_s if source else place.start_s,
                    source.end_s if source else None,
                )
                out.append(
                    RawCandidate(
                        name=place.name.strip(),
                        snippet=snippet,
                        strength=HEAD,
                        extractor=self.name,
                        category=place.kind[:32],
                        address=place.address_hint,
                    )
                )
        return [r for r in out if r.name]

    def _ask(self, client, config, prompt: str) -> LlmPlaces | None:
        for attempt in range(ATTEMPTS):
            try:
                response = client.models.generate_content(
                    model=settings.GEMINI_MODEL, contents=prompt, config=config
                )
            except Exception as exc:  # the SDK raises its own error types per transport
                if attempt + 1 == ATTEMPTS:
                    raise ExtractorError(f"gemini: {exc}") from exc
                time.sleep(0.5 * 2**attempt)
                continue
            if response.parsed is None:
                logger.warning("gemini: unparseable or blocked answer; ignoring this chunk")
                return None
            return response.parsed
        return None
