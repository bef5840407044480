"""The recall-first generator (places.extraction.spans): each rule on examples of our own,
made-up names that no evaluation set contains."""

import pytest

from pind.texts import TimedText, VideoTexts
from places.extraction.base import snippets_of
from places.extraction.spans import (
    SpansExtractor,
    clean_span,
    joined_cues,
    lowercase_names,
    lowercase_track,
    name_spans,
    named_kinds,
    patterns_around,
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
        # A date inside a name before a Romance joiner; a bare number ends a name.
        ("lunch at Mercado 14 de Marzal today", ["Mercado 14 de Marzal"]),
        ("we crossed Plaza 3 del Sorvo twice", ["Plaza 3 del Sorvo"]),
        ("Gate 5 and Terminal 2 were closed", ["Gate 5", "Terminal 2"]),
    ],
)
def test_capitalised_spans_are_trimmed_of_punctuation_and_sentence_words(text, expected):
    assert [n for _, n in name_spans(text)] == expected


def test_a_name_may_begin_with_an_accented_capital():
    found = [name for _, name in name_spans("then Ørlund Gardens and later Église Vessay, Łomir")]
    assert found == ["Ørlund Gardens", "Église Vessay", "Łomir"]


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


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        ("and right there is Café du", "Quenby which is tiny", "Café du Quenby"),
        ("we finally made it to the Museum of", "Vessa Lights so", "Museum of Vessa Lights"),
    ],
)
def test_a_name_split_after_its_joining_word_is_joined(first, second, name):
    texts = VideoTexts(
        video_id="own00000001",
        transcript=(
            TimedText("transcript", first, 1.0, 3.0),
            TimedText("transcript", second, 3.0, 5.0),
        ),
    )
    assert name in [n for _, n in joined_cues(snippets_of(texts))]


def test_speech_patterns_are_counted_around_a_name_in_lower_case():
    assert patterns_around("okay so let's go into the ", " and grab a table") >= 1
    assert patterns_around("right now ", " is our first stop") >= 1
    assert patterns_around("i think the ", " is nice") == 0


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


# A lower-case auto-caption track of our own: made-up names, said as auto-captions write them.
LOWER = (
    "okay so good morning guys",
    "we are starting the day at the",
    "old quenby fish market down by",
    "the water and then we walked",
    "into dorrow castle which is",
    "huge honestly after that",
    "we went to brindlewick which is",
    "a tiny bar and then back to the beach",
    "at night we went to the hotel",
)


def _track(lines, source="transcript"):
    texts = VideoTexts(
        video_id="own00000001",
        transcript=tuple(
            TimedText(source, line, 3.0 * i, 3.0 * i + 3) for i, line in enumerate(lines)
        ),
    )
    return lowercase_track(snippets_of(texts))


def test_a_lower_case_track_is_read_as_one_text_for_names():
    found = {(rule, name) for _, rule, name in lowercase_names(_track(LOWER))}
    # Words before a place word, across two cues, stopped by a sentence word ("the") or a
    # preposition ("into"); a place word alone is no name.
    assert ("en.lower.head_phrase", "Old Quenby Fish Market") in found
    assert ("en.lower.head_phrase", "Dorrow Castle") in found
    assert not any(name in ("Market", "Hotel", "Bar") for _, name in found)
    # After a verb of going, up to a sentence word, when a word is rare enough to be a name;
    # "the beach" and "the hotel" are things.
    assert ("en.lower.lead", "Brindlewick") in found
    assert not any(name in ("Beach", "Hotel") for rule, name in found if rule == "en.lower.lead")


def test_a_name_is_credited_to_the_cue_it_starts_in():
    cues = {name: cue.text for cue, _, name in lowercase_names(_track(LOWER))}
    assert cues["Old Quenby Fish Market"] == LOWER[2]


def test_a_cased_track_is_not_read_as_lower_case():
    cased = tuple(line.capitalize() for line in LOWER)
    assert _track(cased) == []
    assert _track(LOWER[:5]) == []  # too short to tell
    assert _track(("안녕하세요 여러분",) * 9) == []
