"""What every LLM extractor shares: the chunks it sends and the checks on what comes back."""

import pytest

from places.extraction.base import Snippet, snippets_of
from places.extraction.llm import (
    SYSTEM,
    Grounding,
    LlmPlace,
    Reply,
    cache_key,
    chunks_of,
    estimate_tokens,
    fold,
    line_of,
    parse,
    support,
)
from tests.places.llm_cases import LISBON

CUES = [
    Snippet("title", "Lisbon in a Day"),
    Snippet("transcript", "okay now let's head into café a", 410.0, 413.5),
    Snippet("transcript", "brasileira for a quick coffee", 413.5, 416.0),
    Snippet("ocr", "A BRASILEIRA", 414.0, 418.0),
    Snippet("transcript", "back at a brasileira the next morning", 3605.0, 3609.0),
]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Café  A Brasileira!", "cafeabrasileira"),
        ("JERÓNIMOS-Monastery", "jeronimosmonastery"),
        ("해운대 암소갈비집", fold("해운대암소갈비집")),
        ("“Time Out” Market…", "timeoutmarket"),
    ],
)
def test_fold_ignores_case_accents_spacing_and_punctuation(text, folded):
    assert fold(text) == folded


def test_a_quote_is_found_across_two_caption_cues():
    found = Grounding(CUES).find("let's head into Café A Brasileira", near=range(0, 5))
    assert (found.source, found.start_s, found.end_s) == ("transcript", 410.0, 416.0)
    assert found.text == "okay now let's head into café a brasileira for a quick coffee"


def test_a_quote_in_one_line_is_that_very_line():
    assert Grounding(CUES).find("A Brasileira", near=range(3, 4)) is CUES[3]


def test_a_quote_said_twice_is_placed_in_the_chunk_it_was_asked_on():
    grounding = Grounding(CUES)
    assert grounding.find("a brasileira", near=range(4, 5)) is CUES[4]
    assert grounding.find("a brasileira", near=range(0, 1)).start_s == 410.0  # the first


@pytest.mark.parametrize(
    ("name", "quote", "why"),
    [
        ("A Brasileira", "we sat outside A Brasileira", "not in the video's texts"),
        ("Time Out Market", "let's head into café a brasileira", "name is not in its quote"),
        (".", "a brasileira", "no name"),
    ],
)
def test_a_place_without_support_says_why(name, quote, why):
    snippet, reason = support(LlmPlace(name=name, quote=quote), Grounding(CUES), range(0, 5))
    assert snippet is None and why in reason


def test_a_quote_shortened_with_an_ellipsis_is_checked_by_its_named_piece():
    place = LlmPlace(name="Café A Brasileira", quote="okay now … head into café a brasileira")
    snippet, _ = support(place, Grounding(CUES), range(0, 5))
    assert snippet is not None and snippet.start_s == 410.0


def test_chunks_keep_every_line_in_order_with_its_time_and_respect_the_size():
    snippets = snippets_of(LISBON)
    chunks = chunks_of(snippets, 60)
    assert len(chunks) > 2
    assert [i for c in chunks for i in c.lines] == list(range(len(snippets)))
    for chunk in chunks:
        assert len(chunk.lines) == 1 or estimate_tokens(chunk.text) <= 60 + len(chunk.lines)
    assert "[transcript 1:05] so we're standing" in "".join(c.text for c in chunks)
    assert line_of(CUES[4]) == "[transcript 1:00:05] back at a brasileira the next morning"
    assert len(chunks_of(snippets, 100_000)) == 1


def test_the_token_estimate_does_not_undercount():
    # Real tokenizers give about 4 characters a token in English, 1-2 syllables in Korean.
    assert estimate_tokens("so we're standing right outside of the monastery") >= 48 // 4
    assert estimate_tokens("버스 타고 감천문화마을에 왔는데") >= 13


@pytest.mark.parametrize(
    "text",
    [
        '{"places": [{"name": "A Brasileira", "category": "cafe", "quote": "a", "address": ""}]}',
        '```json\n{"places": [{"name": "A Brasileira", "category": "cafe", "quote": "a"}]}\n```',
    ],
)
def test_a_schema_answer_parses_even_when_fenced(text):
    (place,) = parse(Reply(text), "test")
    assert place.name == "A Brasileira"


@pytest.mark.parametrize(
    "reply", [Reply('{"places": [{"name": "A Bra'), Reply('{"place": []}'), Reply(None, "refused")]
)
def test_a_broken_or_refused_answer_parses_to_none(reply):
    assert parse(reply, "test") is None


def test_the_cache_key_depends_on_provider_model_and_text():
    keys = {
        cache_key("openai", "gpt-4.1-mini", "texts"),
        cache_key("openai", "qwen2.5", "texts"),
        cache_key("gemini", "gpt-4.1-mini", "texts"),
        cache_key("openai", "gpt-4.1-mini", "other texts"),
    }
    assert len(keys) == 4
    assert cache_key("openai", "gpt-4.1-mini", "texts") in keys
    assert len(cache_key("openai", "m", SYSTEM)) < 250  # the database cache's key limit
