"""Gemini (google-genai) as an LLM extractor: `gemini` in PIND_EXTRACTORS with GEMINI_API_KEY.

The question, the checks on the answer, the cache, budget and retries are shared with every
LLM extractor (places.extraction.llm); this module only speaks Gemini's generateContent.
"""

from __future__ import annotations

import importlib

from django.conf import settings

from places.extraction import llm
from places.extraction.base import ExtractorError


class GeminiClient:
    def __init__(self) -> None:
        from google import genai
        from google.genai import types

        self.model = settings.GEMINI_MODEL
        self._types = types
        # The SDK retries nothing by default on the synchronous path; LlmExtractor does.
        self._client = genai.Client(
            api_key=settings.GEMINI_API_KEY,
            http_options=types.HttpOptions(
                base_url=settings.GEMINI_BASE_URL or None,
                timeout=int(settings.PIND_LLM_TIMEOUT * 1000),
            ),
        )

    def ask(self, system: str, user: str) -> llm.Reply:
        from google.genai import errors

        config = self._types.GenerateContentConfig(
            system_instruction=system,
            response_mime_type="application/json",
            response_json_schema=llm.SCHEMA,
            temperature=0,
            max_output_tokens=settings.PIND_LLM_MAX_OUTPUT_TOKENS,
        )
        try:
            response = self._client.models.generate_content(
                model=self.model, contents=user, config=config
            )
        except errors.APIError as exc:
            if llm.retryable_status(exc.code):
                raise llm.Retryable(f"HTTP {exc.code} {exc.status}") from exc
            raise ExtractorError(f"HTTP {exc.code}: {exc.message}", permanent=True) from exc
        except _transport_errors() as exc:  # timeouts and lost connections
            raise llm.Retryable(f"{type(exc).__name__}: {exc}") from exc
        except ValueError as exc:  # a 200 whose body is not JSON, or not a response
            return llm.Reply(None, f"unreadable reply: {type(exc).__name__}")
        return _reply(response)


def _transport_errors() -> tuple[type[BaseException], ...]:
    """The HTTP library's network errors: the SDK runs on httpx or on its fork httpx2."""
    found: list[type[BaseException]] = [ConnectionError, TimeoutError]
    for module in ("httpx", "httpx2"):
        try:
            found.append(importlib.import_module(module).TransportError)
        except ImportError:
            pass
    return tuple(found)


def _reply(response) -> llm.Reply:
    usage = response.usage_metadata
    tokens = usage.total_token_count if usage else None
    feedback = response.prompt_feedback
    if feedback is not None and feedback.block_reason:
        return llm.Reply(None, f"prompt blocked: {feedback.block_reason}", tokens)
    if not response.candidates:
        return llm.Reply(None, "no candidates", tokens)
    text = response.text
    if not text:
        return llm.Reply(None, f"finish reason {response.candidates[0].finish_reason}", tokens)
    return llm.Reply(text, "", tokens)


class GeminiExtractor(llm.LlmExtractor):
    name = "gemini"

    def connect(self) -> llm.LlmClient:
        if not settings.GEMINI_API_KEY:
            raise ExtractorError("GEMINI_API_KEY is not set", permanent=True)
        return GeminiClient()
