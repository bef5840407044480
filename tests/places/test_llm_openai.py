"""The OpenAI-compatible extractor against a local chat-completions server (recorded replies)."""

import json
import logging

import pytest

from places.extraction import extract_places, get_extractor
from places.extraction.base import ExtractorError, snippets_of
from places.extraction.llm import SYSTEM, chunks_of, question, request_cost
from tests.places.llm_cases import LISBON, reply
from tests.stubs import Scripted, Slow, StubServer

pytestmark = pytest.mark.django_db
PATH = "/v1/chat/completions"


@pytest.fixture
def llm_log(caplog):
    caplog.set_level(logging.INFO, logger="places.extraction.llm")
    return caplog


def _serve(*replies) -> StubServer:
    return StubServer({("POST", PATH): Scripted(*replies)})


def _use(settings, stub, **extra):
    settings.PIND_EXTRACTORS = ["openai"]
    settings.OPENAI_API_KEY = "sk-test"
    settings.OPENAI_BASE_URL = f"{stub.url}/v1"
    settings.OPENAI_MODEL = "gpt-4.1-mini"
    settings.PIND_LLM_BACKOFF_SECONDS = 0.01
    for name, value in extra.items():
        setattr(settings, name, value)


def _extract(texts=LISBON):
    return get_extractor("openai").extract(texts, snippets_of(texts))


def test_each_supported_place_becomes_a_candidate_at_the_line_it_quotes(settings):
    with _serve((200, reply("openai_places.json"))) as stub:
        _use(settings, stub)
        got = {c.name: c for c in _extract()}
    assert list(got) == ["Lisbon", "Jerónimos Monastery", "Time Out Market", "Café A Brasileira"]
    assert {(c.rule, c.extractor) for c in got.values()} == {("llm", "openai")}
    monastery = got["Jerónimos Monastery"].snippet
    assert (monastery.source, monastery.start_s, monastery.end_s) == ("transcript", 65.0, 69.0)
    assert got["Lisbon"].area and not got["Time Out Market"].area
    market = got["Time Out Market"]
    assert market.snippet.source == "description" and market.snippet.text.startswith("📍")
    assert (market.category, market.address) == ("market", "Av. 24 de Julho 49, 1200-479 Lisboa")
    # The quote runs across two caption cues: the mention spans both.
    cafe = got["Café A Brasileira"].snippet
    assert (cafe.source, cafe.start_s, cafe.end_s) == ("transcript", 410.0, 416.0)
    assert cafe.text == "okay now let's head into café a brasileira for a quick coffee"

    (request,) = stub.requests
    body = json.loads(request.body)
    assert {k.lower(): v for k, v in request.headers.items()}["authorization"] == "Bearer sk-test"
    assert body["model"] == "gpt-4.1-mini" and body["temperature"] == 0
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["strict"] is True
    assert body["messages"][0] == {"role": "system", "content": SYSTEM}
    assert "[transcript 1:05] so we're standing right outside" in body["messages"][1]["content"]


def test_a_place_not_supported_by_the_texts_is_dropped_and_logged(settings, llm_log):
    with _serve((200, reply("openai_places.json"))) as stub:
        _use(settings, stub)
        names = {c.name for c in _extract()}
    # Pastéis de Belém's quote is nowhere in the texts; Belém Tower's quote is about another place.
    assert not names & {"Pastéis de Belém", "Belém Tower"}
    dropped = [r.getMessage() for r in llm_log.records if "unsupported" in r.getMessage()]
    assert len(dropped) == 2
    assert "'Pastéis de Belém'" in dropped[0] and "not in the video's texts" in dropped[0]
    assert "'Belém Tower'" in dropped[1] and "name is not in its quote" in dropped[1]


def test_the_places_reach_fusion_as_mentions_at_their_times(settings):
    with _serve((200, reply("openai_places.json"))) as stub:
        _use(settings, stub)
        places = {p.name: p for p in extract_places(LISBON)}
    assert places["Jerónimos Monastery"].mentions[0].start_s == 65.0


def test_a_local_server_needs_only_a_base_url(settings):
    with _serve((200, reply("openai_no_places.json"))) as stub:
        _use(settings, stub, OPENAI_API_KEY="")
        assert _extract() == []
    assert len(stub.requests) == 1


def test_a_second_run_on_the_same_texts_asks_nothing(settings):
    with _serve((200, reply("openai_places.json"))) as stub:
        _use(settings, stub)
        first = _extract()
        second = _extract()
        assert len(stub.requests) == 1
        assert second == first
        settings.OPENAI_MODEL = "qwen2.5:7b"  # another model's answer is its own
        _extract()
    assert len(stub.requests) == 2


def test_the_token_budget_stops_sending_chunks(settings, llm_log):
    with _serve((200, reply("openai_no_places.json"))) as stub:
        _use(settings, stub, PIND_LLM_CHUNK_TOKENS=40, PIND_LLM_MAX_OUTPUT_TOKENS=50)
        chunks = chunks_of(snippets_of(LISBON), 40)
        costs = [request_cost(question(c, LISBON.title)) for c in chunks]
        assert len(chunks) >= 4
        settings.PIND_LLM_MAX_TOKENS_PER_VIDEO = costs[0] + costs[1] + costs[2] // 2
        _extract()
    assert len(stub.requests) == 2
    assert any("token budget" in r.getMessage() for r in llm_log.records)
    # A later chunk carries the title for context.
    assert LISBON.title in json.loads(stub.requests[1].body)["messages"][1]["content"]


def test_a_rate_limit_is_retried_and_the_answer_then_used(settings):
    with _serve(
        (429, reply("openai_rate_limited.json")), (200, reply("openai_places.json"))
    ) as stub:
        _use(settings, stub)
        assert len(_extract()) == 4
    assert len(stub.requests) == 2


def test_a_server_slower_than_the_timeout_is_retried_then_given_up(settings, llm_log):
    slow = Slow(1.5, (200, reply("openai_places.json")))
    with _serve(slow) as stub:
        _use(settings, stub, PIND_LLM_TIMEOUT=0.3, PIND_LLM_RETRIES=1)
        assert _extract() == []
        assert len(stub.requests) == 2
    assert any("gave up after 2 attempts" in r.getMessage() for r in llm_log.records)


def test_a_server_error_on_a_later_chunk_keeps_the_earlier_chunks_places(settings):
    replies = ((200, reply("openai_places.json")), (500, {"error": {"message": "boom"}}))
    with _serve(*replies) as stub:
        _use(settings, stub, PIND_LLM_CHUNK_TOKENS=120, PIND_LLM_RETRIES=1)
        assert len(chunks_of(snippets_of(LISBON), 120)) >= 3
        got = _extract()
    assert len(got) == 4  # the first chunk's answer, grounded anywhere in the texts
    assert len(stub.requests) == 3  # chunk 1, chunk 2 twice, and no chunk 3


def test_a_malformed_answer_leaves_the_offline_result_standing(settings, llm_log):
    settings.PIND_EXTRACTORS = ["rules", "english"]
    offline = extract_places(LISBON)
    assert offline
    with _serve((200, reply("openai_truncated.json"))) as stub:
        _use(settings, stub)
        assert _extract() == []
        settings.PIND_EXTRACTORS = ["rules", "english", "openai"]
        assert extract_places(LISBON) == offline
    # Not retried, and not cached: the next run asks again.
    assert len(stub.requests) == 2
    assert any("malformed answer" in r.getMessage() for r in llm_log.records)


def test_a_refusal_is_logged_and_yields_nothing(settings, llm_log):
    with _serve((200, reply("openai_refusal.json"))) as stub:
        _use(settings, stub)
        assert _extract() == []
    assert len(stub.requests) == 1
    assert any("refused: I'm sorry" in r.getMessage() for r in llm_log.records)


def test_a_rejected_key_is_not_retried_and_skips_the_extractor(settings):
    with _serve((401, reply("openai_bad_key.json"))) as stub:
        _use(settings, stub)
        with pytest.raises(ExtractorError) as caught:
            _extract()
        assert caught.value.permanent
        # The pipeline goes on without it: whatever the offline generators find (the
        # recall-first spans always run) stands, and nothing claims the LLM said it.
        assert all("llm" not in p.rules for p in extract_places(LISBON))
    assert len(stub.requests) == 2  # once per call, never retried


def test_without_a_key_or_a_base_url_the_extractor_is_skipped(settings):
    settings.PIND_EXTRACTORS = ["openai"]
    settings.OPENAI_API_KEY = ""
    settings.OPENAI_BASE_URL = ""
    with pytest.raises(ExtractorError):
        _extract()
    assert all("llm" not in p.rules for p in extract_places(LISBON))


def test_a_reasoning_model_that_refuses_max_tokens_and_temperature_gets_its_own_request(
    settings,
):
    def unsupported(param, code, message):
        error = {"message": message, "type": "invalid_request_error", "param": param}
        return 400, {"error": {**error, "code": code}}

    replies = (
        unsupported(
            "max_tokens",
            "unsupported_parameter",
            "Unsupported parameter: 'max_tokens' is not supported with this model. "
            "Use 'max_completion_tokens' instead.",
        ),
        unsupported(
            "temperature",
            "unsupported_value",
            "Unsupported value: 'temperature' does not support 0 with this model. "
            "Only the default (1) value is supported.",
        ),
        (200, reply("openai_places.json")),
    )
    with _serve(*replies) as stub:
        _use(settings, stub, PIND_LLM_MAX_OUTPUT_TOKENS=2000)
        assert len(_extract()) == 4
    bodies = [json.loads(r.body) for r in stub.requests]
    assert [("max_tokens" in b, "temperature" in b) for b in bodies] == [
        (True, True),
        (False, True),
        (False, False),
    ]
    assert bodies[2]["max_completion_tokens"] == 2000


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body>502 Bad Gateway</body></html>",
        {"object": "list", "data": []},
        {"choices": [{}]},
    ],
)
def test_a_success_that_is_not_a_completion_yields_nothing(settings, body, llm_log):
    with _serve(
        (200, body, {"Content-Type": "text/html"} if isinstance(body, bytes) else {})
    ) as stub:
        _use(settings, stub)
        assert _extract() == []
    assert any("this chunk is skipped" in r.getMessage() for r in llm_log.records)
