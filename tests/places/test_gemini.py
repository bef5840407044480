import json
from pathlib import Path

import pytest

from pind.texts import TimedText, VideoTexts
from places.extraction import extract_places
from tests.stubs import StubServer

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parent.parent / "data" / "places"
TEXTS = VideoTexts(
    video_id="busan000001",
    transcript=(TimedText("transcript", "버스 타고 감천문화마을에 왔는데", 10.5, 14.5),),
)


def _routes(body):
    # The SDK posts to /v1beta/… by default and /v1/… with some base URLs: serve both.
    return {
        ("POST", f"/{v}/models/gemini-2.5-flash:generateContent"): (200, body)
        for v in ("v1", "v1beta")
    }


def _settings(settings, url):
    settings.PIND_EXTRACTORS = ["gemini"]
    settings.GEMINI_API_KEY = "test-key"
    settings.GEMINI_MODEL = "gemini-2.5-flash"
    settings.GEMINI_BASE_URL = url


def test_gemini_answer_becomes_an_llm_mention(settings):
    payload = json.loads((DATA / "gemini_generate.json").read_text(encoding="utf-8"))
    with StubServer(_routes(payload)) as stub:
        _settings(settings, stub.url)
        (place,) = extract_places(TEXTS)
    assert place.name == "감천문화마을"
    assert place.mentions[0].source == "llm"
    assert place.mentions[0].start_s == 10.5
    body = json.loads(stub.requests[0].body)
    assert body["generationConfig"]["responseMimeType"] == "application/json"


def test_malformed_gemini_output_leaves_the_other_extractors_standing(settings):
    bad = {
        "candidates": [
            {
                "content": {"parts": [{"text": "not json"}], "role": "model"},
                "finishReason": "STOP",
                "index": 0,
            }
        ]
    }
    with StubServer(_routes(bad)) as stub:
        _settings(settings, stub.url)
        settings.PIND_EXTRACTORS = ["korean", "gemini"]
        got = extract_places(TEXTS)
    assert [p.name for p in got] == ["감천문화마을"]
    assert {m.source for m in got[0].mentions} == {"transcript"}
    assert len(stub.requests) == 1  # parsed=None is not retried


def test_gemini_without_a_key_is_skipped(settings):
    settings.PIND_EXTRACTORS = ["gemini"]
    settings.GEMINI_API_KEY = ""
    assert extract_places(TEXTS) == []
