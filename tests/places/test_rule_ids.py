"""One example of our own for every rule id a candidate can carry (places.extraction.RULE_IDS):
the rule proposes the name it should, and no rule proposes under an id that is not listed.

Names are made up; no evaluation set contains them. The llm rule is proved on recorded
replies in test_llm.py, test_llm_gemini.py and test_llm_openai.py.
"""

import pytest

from pind.texts import TimedText, VideoTexts
from places.extraction import RULE_IDS, propose
from places.extraction.base import snippets_of
from places.extraction.spans import SPEECH_PATTERNS


def said(*lines: str) -> tuple[TimedText, ...]:
    return tuple(
        TimedText("transcript", line, 4.0 * i, 4.0 * i + 4) for i, line in enumerate(lines)
    )


def video(**fields) -> VideoTexts:
    return VideoTexts(video_id="own00000001", **{"title": "A day out", **fields})


# The start of a lower-case auto-caption track (eight cues or more make a track).
LOWER_TRACK = (
    "okay so good morning everyone",
    "it's a really grey day here",
    "we had a slow breakfast",
    "and it is finally time",
    "to go out and see things",
    "we took the tram down",
    "it was packed honestly",
    "anyway we made it",
)

# rule id → (the video's texts, the name that rule proposes)
EXAMPLES: dict[str, tuple[VideoTexts, str]] = {
    "en.caps_span": (video(transcript=said("the light at Brindlewick was lovely")), "Brindlewick"),
    "en.caps_text": (video(description="Thanks to Orsola Kettleby for the tip"), "Orsola Kettleby"),
    "en.caps_joined": (
        video(transcript=said("then lunch at Casa", "Orvieta by the river")),
        "Casa Orvieta",
    ),
    "en.name_kind": (video(transcript=said("we loved the Varlow restaurant")), "Varlow restaurant"),
    # A lower-case caption track: the name before a place word, split over two cues.
    "en.lower.head_phrase": (
        video(transcript=said(*LOWER_TRACK, "and then the old tessaly", "market hall it's")),
        "Old Tessaly Market Hall",
    ),
    "en.lower.lead": (
        video(transcript=said(*LOWER_TRACK, "so we went to brindlewick which")),
        "Brindlewick",
    ),
    "title.segment": (video(title="Rainy weekend | Quenby Harbour"), "Quenby Harbour"),
    "title.at_place": (
        video(title="Kids playing at Maple Thorn Park in Osterby"),
        "Maple Thorn Park",
    ),
    "tags.segment": (video(tags=("tessaly gardens", "travel vlog")), "Tessaly Gardens"),
    "en.speech.go_into": (video(transcript=said("let's go into Marrow Diner now")), "Marrow Diner"),
    "en.speech.we_are_at": (
        video(transcript=said("we're outside of Velmora Castle")),
        "Velmora Castle",
    ),
    "en.speech.called": (video(transcript=said("this bakery, it's called Pino Loco")), "Pino Loco"),
    "en.speech.place_called": (
        video(transcript=said("we found a little café called Miro Lane")),
        "Miro Lane",
    ),
    "en.speech.kind_before": (
        video(transcript=said("back on the roof of our hostel Velvet Owl")),
        "Velvet Owl",
    ),
    "en.speech.behind_me": (
        video(transcript=said("and right behind me is the Marlowe Arch")),
        "Marlowe Arch",
    ),
    "en.speech.standing": (
        video(transcript=said("we're now standing on the Fields of Ostrand")),
        "Fields of Ostrand",
    ),
    "en.speech.welcome_to": (
        video(transcript=said("Welcome to Harrowgate Gardens")),
        "Harrowgate Gardens",
    ),
    "en.speech.visit": (
        video(transcript=said("today we're visiting the Brindle Museum")),
        "Brindle Museum",
    ),
    "en.speech.ate_at": (video(transcript=said("we had dinner at Miku Verano")), "Miku Verano"),
    "en.speech.arrive": (video(transcript=said("we finally made it to Orlo Gorge")), "Orlo Gorge"),
    "en.speech.stay": (video(transcript=said("we stayed at the Tamsin Row Inn")), "Tamsin Row Inn"),
    "en.speech.climb": (video(transcript=said("we climbed up Mount Corrigan")), "Mount Corrigan"),
    "en.speech.in_front": (
        video(transcript=said("right in front of Brindle Cathedral")),
        "Brindle Cathedral",
    ),
    "en.speech.eat_at": (video(transcript=said("we grabbed a coffee at Pino Loco")), "Pino Loco"),
    "en.speech.landmark_is": (
        video(transcript=said("Kettle Bridge is one of the oldest")),
        "Kettle Bridge",
    ),
    "en.speech.stop": (video(transcript=said("Fennick Tower is our first stop")), "Fennick Tower"),
    "en.head": (video(transcript=said("so good at Brindle Market today")), "Brindle Market"),
    "en.spoken": (video(transcript=said("then we walked the Osprey Line at dusk")), "Osprey Line"),
    "ko.head": (video(transcript=said("여기는 솔향기식당이라는 곳인데요")), "솔향기식당"),
    "ko.spoken": (video(description="오늘은 하늘빛시장에 다녀왔어요"), "하늘빛시장"),
    "ko.nnp": (video(title="여수 여행 브이로그"), "여수"),
    "desc.strong": (
        video(description="📍 Marlowe Bakery\n서울 마포구 연남로 12"),
        "Marlowe Bakery",
    ),
    "card.card": (
        video(title="여행", chapters=(TimedText("chapter", "오동도", 60.0, 120.0),)),
        "오동도",
    ),
    "card.card.area": (
        video(title="여행", chapters=(TimedText("chapter", "Lisbon", 60.0, 120.0),)),
        "Lisbon",
    ),
    # A well-known sight from places/data/world_sights.csv, said in lower case.
    "sight.known": (
        video(transcript=said("so we took the bus up to neuschwanstein castle")),
        "neuschwanstein castle",
    ),
}
PROVED_ELSEWHERE = {"gazetteer": "test_gazetteer_rule below", "llm": "tests/places/test_llm*.py"}


def proposed(texts: VideoTexts) -> set[tuple[str, str]]:
    return {(r.rule, r.name) for r in propose(texts, snippets_of(texts))}


def test_every_rule_id_has_an_example_and_every_example_a_rule_id():
    assert set(EXAMPLES) | set(PROVED_ELSEWHERE) == set(RULE_IDS)
    assert len(RULE_IDS) == len(set(RULE_IDS))


def test_every_speech_pattern_is_a_listed_rule():
    assert {p.rule for p in SPEECH_PATTERNS} <= set(RULE_IDS)


@pytest.mark.django_db
@pytest.mark.parametrize("rule", sorted(EXAMPLES))
def test_rule_proposes_its_name(rule):
    texts, name = EXAMPLES[rule]
    assert (rule, name) in proposed(texts)


@pytest.mark.django_db
@pytest.mark.parametrize("rule", sorted(EXAMPLES))
def test_no_rule_id_outside_the_list(rule):
    texts, _ = EXAMPLES[rule]
    assert {r for r, _ in proposed(texts)} <= set(RULE_IDS)


@pytest.mark.django_db
def test_gazetteer_rule():
    from places.models import Place

    Place.objects.create(name="Quellbrunn Hall", verified=True, lat=1.0, lng=1.0)
    texts = video(transcript=said("tonight we are in quellbrunn hall"))
    assert ("gazetteer", "Quellbrunn Hall") in proposed(texts)
