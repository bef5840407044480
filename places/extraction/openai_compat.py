"""Any OpenAI-compatible chat-completions server as an LLM extractor: `openai` in
PIND_EXTRACTORS with OPENAI_API_KEY and/or OPENAI_BASE_URL — OpenAI itself, or Ollama
(http://localhost:11434/v1), vLLM, llama.cpp's server, LM Studio … with OPENAI_MODEL.

The question, the checks on the answer, the cache, budget and retries are shared with every
LLM extractor (places.extraction.llm); this module only speaks chat completions.
"""

from __future__ import annotations

from django.conf import settings

from places.extraction.base import ExtractorError
from places.extraction.llm import (
    SCHEMA,
    LlmClient,
    LlmExtractor,
    Reply,
    Retryable,
    retryable_status,
)


class OpenAIClient:
    def __init__(self) -> None:
        from openai import OpenAI

        self.model = settings.OPENAI_MODEL
        # Local servers want no key, but the SDK insists on one.
        self._client = OpenAI(
            api_key=settings.OPENAI_API_KEY or "unused",
            base_url=settings.OPENAI_BASE_URL or None,
            timeout=settings.PIND_LLM_TIMEOUT,
            max_retries=0,  # LlmExtractor retries, and only what is worth retrying
        )

    def ask(self, system: str, user: str) -> Reply:
        import openai

        try:
            completion = self._client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": system},
                    {"role": "user", "content": user},
                ],
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": "places", "strict": True, "schema": SCHEMA},
                },
                temperature=0,
                max_tokens=settings.PIND_LLM_MAX_OUTPUT_TOKENS,
            )
        except openai.APIConnectionError as exc:  # includes APITimeoutError
            raise Retryable(f"{type(exc).__name__}: {exc}") from exc
        except openai.APIStatusError as exc:
            if retryable_status(exc.status_code):
                raise Retryable(f"HTTP {exc.status_code}") from exc
            raise ExtractorError(f"HTTP {exc.status_code}: {exc.message}", permanent=True) from exc
        except openai.OpenAIError as exc:  # a 200 whose body is not a completion
            return Reply(None, f"unreadable reply: {exc}")
        return _reply(completion)


def _reply(completion) -> Reply:
    tokens = completion.usage.total_tokens if getattr(completion, "usage", None) else None
    choices = getattr(completion, "choices", None)
    if not choices:
        return Reply(None, "no choices", tokens)
    message = choices[0].message
    if getattr(message, "refusal", None):
        return Reply(None, f"refused: {message.refusal}", tokens)
    if not message.content:
        return Reply(None, f"empty answer, finish reason {choices[0].finish_reason}", tokens)
    return Reply(message.content, "", tokens)


class OpenAIExtractor(LlmExtractor):
    name = "openai"

    def connect(self) -> LlmClient:
        if not (settings.OPENAI_API_KEY or settings.OPENAI_BASE_URL):
            raise ExtractorError("set OPENAI_API_KEY or OPENAI_BASE_URL", permanent=True)
        return OpenAIClient()
