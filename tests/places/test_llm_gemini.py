"""The Gemini extractor against a local generateContent server (recorded replies)."""

import json
import logging

import pytest

from places.extraction import extract_places, get_extractor
from places.extraction.base import ExtractorError, snippets_of
from places.extraction.llm import SCHEMA
from tests.places.llm_cases import BUSAN, reply
from tests.stubs import Scripted, Slow, StubServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def llm_log(caplog):
    caplog.set_level(logging.INFO, logger="places.extraction.llm")
    return caplog


def _serve(*replies) -> StubServer:
    # The SDK posts to /v1beta/… by default and /v1/… with some base URLs: serve both.
    route = Scripted(*replies)
    return StubServer(
        {("POST", f"/{v}/models/gemini-2.5-flash:generateContent"): route for v in ("v1", "v1beta")}
    )


def _use(settings, stub, **extra):
    settings.PIND_EXTRACTORS = ["gemini"]
    settings.GEMINI_API_KEY = "test-key"
    settings.GEMINI_MODEL = "gemini-2.5-flash"
    settings.GEMINI_BASE_URL = stub.url
    settings.PIND_LLM_BACKOFF_SECONDS = 0.01
    for name, value in extra.items():
        setattr(settings, name, value)


def _extract(texts=BUSAN):
    return get_extractor("gemini").extract(texts, snippets_of(texts))


def test_each_supported_place_becomes_a_candidate_at_the_line_it_quotes(settings, llm_log):
    with _serve((200, reply("gemini_places.json"))) as stub:
        _use(settings, stub)
        got = {c.name: c for c in _extract()}
    # 태종대 is quoted from a line the video does not have.
    assert list(got) == ["부산", "감천문화마을", "해운대 암소갈비집"]
    assert {(c.rule, c.extractor) for c in got.values()} == {("llm", "gemini")}
    assert got["부산"].area and got["부산"].snippet.source == "title"
    village = got["감천문화마을"]
    assert (village.snippet.source, village.snippet.start_s) == ("transcript", 10.5)
    assert village.address == "부산 사하구 감내2로 203"
    assert got["해운대 암소갈비집"].snippet.start_s == 300.0
    assert any("'태종대' as unsupported" in r.getMessage() for r in llm_log.records)

    (request,) = stub.requests
    body = json.loads(request.body)
    assert {k.lower(): v for k, v in request.headers.items()}["x-goog-api-key"] == "test-key"
    config = body["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert config["responseJsonSchema"] == SCHEMA
    assert config["temperature"] == 0
    assert "systemInstruction" in body
    assert (
        "[transcript 0:10] 버스 타고 감천문화마을에 왔는데"
        in body["contents"][0]["parts"][0]["text"]
    )


def test_a_second_run_on_the_same_texts_asks_nothing(settings):
    with _serve((200, reply("gemini_places.json"))) as stub:
        _use(settings, stub)
        assert _extract() == _extract()
    assert len(stub.requests) == 1


def test_an_overloaded_server_is_retried_and_the_answer_then_used(settings):
    with _serve(
        (503, reply("gemini_unavailable.json")), (200, reply("gemini_places.json"))
    ) as stub:
        _use(settings, stub)
        assert len(_extract()) == 3
    assert len(stub.requests) == 2


def test_a_server_slower_than_the_timeout_is_retried_then_given_up(settings, llm_log):
    with _serve(Slow(1.5, (200, reply("gemini_places.json")))) as stub:
        _use(settings, stub, PIND_LLM_TIMEOUT=0.3, PIND_LLM_RETRIES=1)
        assert _extract() == []
        assert len(stub.requests) == 2
    assert any("gave up after 2 attempts" in r.getMessage() for r in llm_log.records)


def test_an_answer_that_is_not_json_leaves_the_offline_result_standing(settings, llm_log):
    settings.PIND_EXTRACTORS = ["korean"]
    offline = extract_places(BUSAN)
    assert "감천문화마을" in [p.name for p in offline]
    with _serve((200, reply("gemini_not_json.json"))) as stub:
        _use(settings, stub)
        settings.PIND_EXTRACTORS = ["korean", "gemini"]
        assert extract_places(BUSAN) == offline
    assert len(stub.requests) == 1  # a malformed answer is not retried
    assert any("malformed answer" in r.getMessage() for r in llm_log.records)


def test_a_blocked_prompt_is_logged_and_yields_nothing(settings, llm_log):
    with _serve((200, reply("gemini_blocked.json"))) as stub:
        _use(settings, stub)
        assert _extract() == []
    assert any("prompt blocked" in r.getMessage() for r in llm_log.records)


def test_a_rejected_request_is_not_retried(settings):
    error = {"error": {"code": 400, "message": "API key not valid.", "status": "INVALID_ARGUMENT"}}
    with _serve((400, error)) as stub:
        _use(settings, stub)
        with pytest.raises(ExtractorError):
            _extract()
    assert len(stub.requests) == 1


def test_without_a_key_the_extractor_is_skipped(settings):
    settings.PIND_EXTRACTORS = ["gemini"]
    settings.GEMINI_API_KEY = ""
    assert extract_places(BUSAN) == []


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body>502 Bad Gateway</body></html>",
        {"candidates": [{"content": {"parts": [], "role": "model"}, "finishReason": "MAX_TOKENS"}]},
        {"candidates": "none"},
    ],
)
def test_a_success_that_is_not_an_answer_yields_nothing(settings, body, llm_log):
    with _serve(
        (200, body, {"Content-Type": "text/html"} if isinstance(body, bytes) else {})
    ) as stub:
        _use(settings, stub)
        assert _extract() == []
    assert any("this chunk is skipped" in r.getMessage() for r in llm_log.records)
