"""Any OpenAI-compatible chat-completions server as an LLM extractor: `openai` in
PIND_EXTRACTORS with OPENAI_API_KEY and/or OPENAI_BASE_URL — OpenAI itself, or Ollama
(http://localhost:11434/v1), vLLM, llama.cpp's server, LM Studio … with OPENAI_MODEL.

The question, the checks on the answer, the cache, budget and retries are shared with every
LLM extractor (places.extraction.llm); this module only speaks chat completions.
"""

from __future__ import annotations

from django.conf import settings

from places.extraction import llm
from places.extraction.base import ExtractorError


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
        # What most servers take (Ollama knows only max_tokens); reasoning models refuse
        # both, and say so, so `ask` adapts once per video.
        self._options: dict = {
            "temperature": 0,
            "max_tokens": settings.PIND_LLM_MAX_OUTPUT_TOKENS,
        }

    def ask(self, system: str, user: str) -> llm.Reply:
        import openai

        for _ in range(len(self._options) + 1):
            try:
                return _reply(self._create(system, user))
            except openai.BadRequestError as exc:
                if not self._adapt(exc.param):
                    raise ExtractorError(f"HTTP 400: {exc.message}", permanent=True) from exc
            except openai.APIConnectionError as exc:  # includes APITimeoutError
                raise llm.Retryable(f"{type(exc).__name__}: {exc}") from exc
            except openai.APIStatusError as exc:
                if llm.retryable_status(exc.status_code):
                    raise llm.Retryable(f"HTTP {exc.status_code}") from exc
                raise ExtractorError(
                    f"HTTP {exc.status_code}: {exc.message}", permanent=True
                ) from exc
            except openai.OpenAIError as exc:  # a 200 whose body is not a completion
                return llm.Reply(None, f"unreadable reply: {exc}")
        raise ExtractorError("the server refuses every form of the request", permanent=True)

    def _create(self, system: str, user: str):
        return self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "places", "strict": True, "schema": llm.SCHEMA},
            },
            **self._options,
        )

    def _adapt(self, param: str | None) -> bool:
        """Rephrase the request for a model that refused one of its options (OpenAI's
        reasoning models take only max_completion_tokens and the default temperature)."""
        if param == "max_tokens" and "max_tokens" in self._options:
            self._options["max_completion_tokens"] = self._options.pop("max_tokens")
            return True
        if param == "temperature" and "temperature" in self._options:
            del self._options["temperature"]
            return True
        return False


def _reply(completion) -> llm.Reply:
    """The answer in a completion; the SDK builds one from any JSON, so nothing is assumed."""
    usage = getattr(completion, "usage", None)
    tokens = getattr(usage, "total_tokens", None)
    choices = getattr(completion, "choices", None) or [None]
    message = getattr(choices[0], "message", None)
    if getattr(message, "refusal", None):
        return llm.Reply(None, f"refused: {message.refusal}", tokens)
    content = getattr(message, "content", None)
    if not isinstance(content, str) or not content:
        reason = getattr(choices[0], "finish_reason", None)
        return llm.Reply(None, f"no answer in the reply (finish reason {reason})", tokens)
    return llm.Reply(content, "", tokens)


class OpenAIExtractor(llm.LlmExtractor):
    name = "openai"

    def connect(self) -> llm.LlmClient:
        if not (settings.OPENAI_API_KEY or settings.OPENAI_BASE_URL):
            raise ExtractorError("set OPENAI_API_KEY or OPENAI_BASE_URL", permanent=True)
        return OpenAIClient()
