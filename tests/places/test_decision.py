"""The one learned decision: the shipped model file loads without scikit-learn, scores every
candidate, explains itself, and the training script writes a file that loads back."""

import json

import pytest

from pind.texts import TimedText, VideoTexts
from places.extraction import extract_places, propose
from places.extraction.base import snippets_of
from places.extraction.decision import (
    MODEL_PATH,
    Model,
    explain_video,
    judge,
    never_a_place,
    shipped_model,
)
from places.extraction.fusion import group

pytestmark = pytest.mark.django_db

LISBON_LIKE = VideoTexts(
    video_id="own00000001",
    title="A day in Vessa | Harbour walk and lunch",
    description="📍 Casa Orvieta | 12 Rua das Flores, Vessa\n",
    transcript=(
        TimedText("transcript", "Good morning! Today we explore the old harbour.", 1.0, 4.0),
        TimedText("transcript", "So let's go into Casa Orvieta for lunch.", 10.0, 14.0),
        TimedText("transcript", "Casa Orvieta has the best grilled fish.", 15.0, 19.0),
    ),
)
COOKING = VideoTexts(
    video_id="own00000002",
    title="Three easy pasta sauces",
    transcript=(
        TimedText("transcript", "First the garlic. Then the butter and salt.", 1.0, 5.0),
        TimedText("transcript", "Stir it. Done! Subscribe for more.", 6.0, 9.0),
    ),
)


def _verdicts(texts):
    snippets = snippets_of(texts)
    return judge(group(propose(texts, snippets), snippets))


def _features_of(texts, name):
    for v in _verdicts(texts):
        if v.fused.candidate.name == name:
            return v.features
    raise AssertionError(f"no candidate {name!r}")


def test_a_place_word_leading_the_name_or_standing_beside_it_is_a_feature():
    texts = VideoTexts(
        video_id="own00000003",
        title="Two days in Vessa",
        transcript=(
            TimedText("transcript", "Our first morning we climbed Mount Corrigan early.", 1, 4),
            TimedText("transcript", "Back at our hostel Brackwater Lane we had tea.", 5, 9),
            TimedText("transcript", "Then Odile Brams made us dinner.", 10, 14),
            TimedText("transcript", "Later we strolled along Rue Castagnet again.", 15, 19),
        ),
    )
    # Where the language puts the place word first too ("Rue", "Wat", "Jalan").
    assert _features_of(texts, "Rue Castagnet")["head.first"] == 1.0
    mount = _features_of(texts, "Mount Corrigan")
    assert mount["head.first"] == 1.0
    assert mount["head.en"] == 0.0
    assert _features_of(texts, "Brackwater Lane")["place_noun_before"] == 1.0
    person = _features_of(texts, "Odile Brams")
    assert person["head.first"] == 0.0
    assert person["place_noun_before"] == 0.0


def test_a_name_after_an_indefinite_article_is_one_of_a_kind():
    texts = VideoTexts(
        video_id="own00000004",
        title="Snacks in Vessa",
        transcript=(
            TimedText("transcript", "For a snack I grabbed a Tollby Crunch from the shop.", 1, 4),
            TimedText("transcript", "Then we walked over to the Orrin Gardens.", 5, 9),
        ),
    )
    assert _features_of(texts, "Tollby Crunch")["after_a"] == 1.0
    assert _features_of(texts, "Orrin Gardens")["after_a"] == 0.0


def test_a_lower_case_track_finds_its_names_context_in_lower_case():
    cues = [
        "okay good morning everyone",
        "so today is a slow day",
        "we had coffee first",
        "then we walked around",
        "it was sunny and warm",
        "and after lunch we",
        "walked into the orrin gardens",
        "which were lovely",
        "and then back home",
    ]
    texts = VideoTexts(
        video_id="own00000005",
        transcript=tuple(
            TimedText("transcript", c, 3.0 * i, 3.0 * i + 3) for i, c in enumerate(cues)
        ),
    )
    feats = _features_of(texts, "Orrin Gardens")
    assert feats["rule:en.lower.head_phrase"] == 1.0
    assert feats["after_the"] == 1.0  # "into the orrin gardens", found in lower case
    assert feats["after_preposition"] == 1.0
    assert feats["speech_patterns"] >= 1  # "walked into the …": a speech pattern's words


def test_the_shipped_model_is_small_and_versioned():
    assert MODEL_PATH.stat().st_size < 5 * 1024 * 1024
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["version"] and data["features"] and data["trees"]
    model = shipped_model()
    assert 0.0 < model.threshold < 1.0
    assert "rule:llm" in model.priors


def test_the_model_round_trips_through_json():
    model = shipped_model()
    again = Model.from_json(json.loads(json.dumps(model.to_json())))
    feats = {name: 1.0 for name in model.names[:10]}
    assert again.score(feats) == pytest.approx(model.score(feats))


def test_scoring_many_candidates_at_once_gives_each_its_own_score():
    verdicts = _verdicts(LISBON_LIKE)
    rows = [v.features for v in verdicts] + [{}, {n: 1.0 for n in shipped_model().names}]
    model = shipped_model()
    assert model.scores(rows) == pytest.approx([model.score(f) for f in rows], abs=1e-12)
    assert model.scores([]) == []


def test_every_candidate_gets_a_score_and_a_reason():
    verdicts = _verdicts(LISBON_LIKE)
    assert verdicts
    for v in verdicts:
        assert 0.0 <= v.score <= 1.0
        assert v.reason.startswith(("kept", "dropped", "never a place"))
        assert v.fused.candidate.rules


def test_a_place_pinned_and_said_is_kept_and_a_cooking_video_has_none():
    assert "Casa Orvieta" in [c.name for c in extract_places(LISBON_LIKE)]
    assert extract_places(COOKING) == []


def test_the_llm_rule_raises_a_score_by_its_prior():
    model = shipped_model()
    feats = {"rule:en.caps_span": 1.0, "src:transcript": 1.0}
    assert model.score({**feats, "rule:llm": 1.0}) > model.score(feats)


def test_explain_lists_rules_features_and_verdicts():
    text = explain_video(LISBON_LIKE)
    assert "KEEP" in text and "Casa Orvieta" in text
    assert "rules:" in text and "features:" in text and "why:" in text


@pytest.mark.parametrize("name", ["12,000원", "@vessa.eats", "#travel", "https://x.y", "2024"])
def test_prices_handles_links_and_numbers_are_never_places(name):
    assert never_a_place(name)


def test_a_name_is_no_never_place():
    assert not never_a_place("Casa Orvieta")


@pytest.mark.parametrize("name", ["Vietnamese", "Dutch", "Korean"])
def test_a_peoples_adjective_alone_is_never_a_place(name):
    assert never_a_place(name) == "a people's adjective"
    assert not never_a_place(f"{name} Quarter")


def test_training_writes_a_model_that_loads(tmp_path):
    from places.extraction.training import fit, labelled_video

    videos = [
        labelled_video(LISBON_LIKE, {"places": [{"name": "Casa Orvieta"}]}, "a"),
        labelled_video(COOKING, {"places": []}, "b"),
    ]
    model = fit(videos)
    path = tmp_path / "decision.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    loaded = Model.from_json(json.loads(path.read_text(encoding="utf-8")))
    assert loaded.trained_on == ("a", "b")
    assert loaded.names == model.names


def test_extract_explain_prints_each_candidate_with_its_verdict(tmp_path, settings):
    from io import StringIO

    from django.core.management import call_command

    settings.PIND_OCR = "none"
    folder = tmp_path / "vessaday001"
    folder.mkdir()
    info = {
        "id": "vessaday001",
        "title": "A day in Vessa",
        "description": "📍 Casa Orvieta | 12 Rua das Flores, Vessa",
        "channel": "own",
        "duration": 20,
        "language": "en",
        "chapters": [],
    }
    (folder / "vessaday001.info.json").write_text(json.dumps(info), encoding="utf-8")
    (folder / "vessaday001.en.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nSo let's go into Casa Orvieta for lunch.\n",
        encoding="utf-8",
    )
    out = StringIO()
    call_command("extract", "vessaday001", "--bundles", str(tmp_path), "--explain", stdout=out)
    text = out.getvalue()
    assert "KEEP" in text and "Casa Orvieta" in text
    assert "en.speech.go_into" in text and "why:" in text


@pytest.mark.parametrize("name", ["Montreal", "Portugal", "경기도", "Big Apple"])
def test_a_country_province_or_big_city_is_never_a_pin(name):
    assert "region" in never_a_place(name)


@pytest.mark.parametrize("name", ["Neuschwanstein Castle", "Hallstatt"])
def test_a_known_sight_or_a_small_town_may_be_a_pin(name):
    assert not never_a_place(name)


@pytest.mark.parametrize("name", ["Central Europe", "the Balkans", "South-East Asia", "중남미"])
def test_a_continent_or_world_region_is_never_a_pin(name):
    assert never_a_place(name) == "a continent or world region"
