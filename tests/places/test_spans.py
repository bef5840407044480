"""The recall-first generator (places.extraction.spans): each rule on examples of our own,
made-up names that no evaluation set contains."""

import pytest

from pind.texts import TimedText, VideoTexts
from places.extraction.base import snippets_of
from places.extraction.spans import (
    SpansExtractor,
    clean_span,
    joined_cues,
    name_spans,
    named_kinds,
    spoken_places,
    tag_names,
    title_segments,
)


@pytest.mark.parametrize(
    ("rule", "line", "name"),
    [
        ("en.speech.go_into", "Okay so let's go into Marrow Diner and grab a seat", "Marrow Diner"),
        ("en.speech.go_into", "we're going to head over to Quillby Market now", "Quillby Market"),
        ("en.speech.we_are_at", "Right now we're outside of Velmora Castle", "Velmora Castle"),
        ("en.speech.we_are_at", "so we are at the Ostrander Gallery", "Ostrander Gallery"),
        ("en.speech.called", "this little bakery, it's called Pino Loco", "Pino Loco"),
        ("en.speech.place_called", "we're looking for a place called Orlo", "Orlo"),
        ("en.speech.place_called", "a tiny café that's called Miro Lane", "Miro Lane"),
        ("en.speech.kind_before", "dinner at our favourite restaurant Quenby", "Quenby"),
        ("en.speech.kind_before", "the rooftop of our hostel Velvet Owl", "Velvet Owl"),
        ("en.speech.behind_me", "This behind me is the Marlowe Arch.", "Marlowe Arch"),
        ("en.speech.behind_me", "just behind us we have the Varn Hall which", "Varn Hall"),
        ("en.speech.standing", "We are now standing on the Fields of Ostrand", "Fields of Ostrand"),
        ("en.speech.standing", "i'm sitting outside Pell Library", "Pell Library"),
        ("en.speech.welcome_to", "Welcome to Harrowgate Gardens everyone", "Harrowgate Gardens"),
        ("en.speech.visit", "today we're visiting the Brindle Museum", "Brindle Museum"),
        ("en.speech.ate_at", "we had lunch at Casa Orvieta by the river", "Casa Orvieta"),
        ("en.speech.stop", "Fennick Tower is our first stop of the day", "Fennick Tower"),
        ("en.speech.arrive", "and we finally made it to Orlo Gorge after two hours", "Orlo Gorge"),
        ("en.speech.arrive", "so now we're heading over to Quillby Market", "Quillby Market"),
        ("en.speech.stay", "we stayed at the Tamsin Row Inn for three nights", "Tamsin Row Inn"),
        ("en.speech.climb", "this morning we climbed up Mount Corrigan", "Mount Corrigan"),
        ("en.speech.climb", "we wandered through Vessa Old Town all afternoon", "Vessa Old Town"),
        ("en.speech.in_front", "right in front of Brindle Cathedral", "Brindle Cathedral"),
        ("en.speech.eat_at", "we grabbed a quick coffee at Pino Loco", "Pino Loco"),
        ("en.speech.eat_at", "then we stopped by Marrow Diner for pie", "Marrow Diner"),
        ("en.speech.landmark_is", "Kettle Bridge is one of the oldest here", "Kettle Bridge"),
        ("en.speech.landmark_is", "Ostrander Abbey was built in the 1200s", "Ostrander Abbey"),
    ],
)
def test_speech_patterns_name_the_place_they_announce(rule, line, name):
    assert (rule, name) in list(spoken_places(line))


@pytest.mark.parametrize(
    "line",
    [
        "let's go into the details of the recipe",
        "we're at home today, just relaxing",
        "it's called a flat white over here",
        "our hostel is lovely",
        "behind me you can see the sea",
    ],
)
def test_speech_patterns_need_a_capitalised_name(line):
    assert list(spoken_places(line)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cafe Tessaly.", ["Cafe Tessaly"]),
        ("So we walked to Brom Hill, then the Kettle Bridge!", ["Brom Hill", "Kettle Bridge"]),
        ("We learned about the Norvan Union. And then we ate.", ["Norvan Union"]),
        ("Rue St. Pellan is busy", ["Rue St. Pellan"]),
        ("And then. Okay. Yeah.", []),
    ],
)
def test_capitalised_spans_are_trimmed_of_punctuation_and_sentence_words(text, expected):
    assert [n for _, n in name_spans(text)] == expected


def test_clean_span_drops_leading_sentence_words():
    assert clean_span("So Today Marrow Diner.") == "Marrow Diner"


def test_a_name_split_over_two_caption_cues_is_joined():
    texts = VideoTexts(
        video_id="own00000001",
        transcript=(
            TimedText("transcript", "and now we are standing in front of Kessler", 1.0, 3.0),
            TimedText("transcript", "Tower which is huge", 3.0, 5.0),
        ),
    )
    joined = [name for _, name in joined_cues(snippets_of(texts))]
    assert "Kessler Tower" in joined


def test_title_segments_and_the_place_after_at():
    found = list(title_segments("Sunset Picnic at Dorrow Point | Lake Vessa Travel Guide"))
    assert ("title.at_place", "Dorrow Point") in found
    assert ("title.segment", "Lake Vessa Travel Guide") in found


def test_tags_in_lower_case_become_title_case_names():
    assert list(tag_names(("dorrow point", "#Vessa", "a", "travel"))) == [
        "Dorrow Point",
        "Vessa",
        "Travel",
    ]


def test_every_candidate_carries_its_rule_id():
    texts = VideoTexts(
        video_id="own00000001",
        title="Lunch at Marrow Diner",
        tags=("marrow diner",),
        transcript=(TimedText("transcript", "let's go into Marrow Diner", 1.0, 3.0),),
    )
    raws = SpansExtractor().extract(texts, snippets_of(texts))
    rules = {r.rule for r in raws}
    assert {"title.at_place", "tags.segment", "en.caps_span", "en.speech.go_into"} <= rules
    assert all(r.extractor == "spans" and r.rule for r in raws)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("we had dinner at the Varlow restaurant by the river", "Varlow restaurant"),
        ("the Quince Hill market opens at six", "Quince Hill market"),
        ("we slept at the Tamsin Row hostel", "Tamsin Row hostel"),
    ],
)
def test_a_name_followed_by_its_kind_of_place_keeps_the_kind(line, name):
    assert name in list(named_kinds(line))


@pytest.mark.parametrize(
    "line",
    ["Pino Loco was great", "we met Odile yesterday", "Varlow cooked for us"],
)
def test_a_name_followed_by_any_other_word_is_no_named_kind(line):
    assert list(named_kinds(line)) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # A proper noun with the place word that follows it.
        ("오늘은 연무장길 걸었어요", "연무장길"),
        ("남산타워 보이시죠", "남산타워"),
        ("광장시장 빈대떡 먹으러 갑니다", "광장시장"),
    ],
)
def test_every_korean_proper_noun_run_is_a_candidate(line, name):
    from places.extraction.korean import proper_noun_runs, tokens

    assert name in proper_noun_runs(line, tokens([line], [True])[0])


def test_korean_proper_noun_runs_carry_their_rule():
    texts = VideoTexts(
        video_id="own00000004",
        title="주말 브이로그",
        transcript=(TimedText("transcript", "남산타워 보이시죠", 1.0, 3.0),),
    )
    from places.extraction.korean import KoreanExtractor

    raws = KoreanExtractor().extract(texts, snippets_of(texts))
    assert ("ko.nnp", "남산타워") in [(r.rule, r.name) for r in raws]


def test_korean_words_that_are_no_names_are_no_runs():
    from places.extraction.korean import proper_noun_runs, tokens

    line = "진짜 맛있어요 너무 좋아요"
    assert proper_noun_runs(line, tokens([line], [True])[0]) == []


def test_two_names_on_one_shared_tail_stay_two_places():
    """ "Night Market" said alone does not make the Varnel and the Ostby night markets one."""
    from places.extraction.base import RawCandidate, Snippet
    from places.extraction.fusion import cluster

    def said(name: str, t: float) -> RawCandidate:
        line = Snippet("transcript", f"we ate at the {name}", t, t + 4)
        return RawCandidate(name=name, snippet=line, strength=0.2, extractor="spans")

    clusters = cluster(
        [said("Varnel Night Market", 0), said("Night Market", 4), said("Ostby Night Market", 8)]
    )
    assert sorted(sorted(c.keys) for c in clusters) == [
        ["nightmarket", "varnelnightmarket"],
        ["ostbynightmarket"],
    ]
