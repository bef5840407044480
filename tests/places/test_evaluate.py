"""`manage.py evaluate` gives exactly score.py's figures on the same predictions."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db
SCORE_PY = Path(__file__).resolve().parents[1] / "data" / "eval" / "score.py"


def _bundle(root: Path, vid: str, title: str, description: str, vtt: str, expected: dict):
    folder = root / vid
    folder.mkdir(parents=True)
    info = {
        "id": vid,
        "title": title,
        "description": description,
        "channel": "c",
        "duration": 30,
        "language": "ko",
        "chapters": [],
    }
    (folder / f"{vid}.info.json").write_text(json.dumps(info, ensure_ascii=False), "utf-8")
    (folder / f"{vid}.ko.vtt").write_text(vtt, "utf-8")
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False), "utf-8")


@pytest.fixture
def bundles(tmp_path, settings):
    settings.PIND_OCR = "none"
    settings.PIND_GEOCODERS = ["gazetteer"]
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n오늘은 전주 한옥마을에 왔어요\n\n"
        "00:00:05.000 --> 00:00:09.000\n남부시장 야시장에서 저녁 먹어요\n"
    )
    _bundle(
        tmp_path,
        "jeonju00001",
        "전주 여행",
        "📍 전주 한옥마을 | 전북 전주시 완산구 기린대로 99\n",
        vtt,
        {
            "places": [
                {"name": "전주한옥마을", "aliases": ["Jeonju Hanok Village"]},
                {"name": "남부시장", "aliases": []},
                {"name": "경기전", "aliases": []},
            ],
            "optional": ["전주"],
        },
    )
    _bundle(
        tmp_path,
        "noplace0001",
        "라면 끓이기",
        "재료: 라면, 계란\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n물이 끓으면 면을 넣어요\n",
        {"places": [], "optional": []},
    )
    return tmp_path


def test_evaluate_matches_score_py(bundles, tmp_path):
    preds = tmp_path / "preds.jsonl"
    out = StringIO()
    call_command("evaluate", str(bundles), "--json", "--predictions", str(preds), stdout=out)
    report = json.loads(out.getvalue())
    reference = (
        subprocess.run(
            [sys.executable, str(SCORE_PY), str(bundles), str(preds)],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()
    )
    assert reference[-1] == report["line"]
    assert reference[:-1] == [v["line"] for v in report["videos"]]
    jeonju = next(v for v in report["videos"] if v["video_id"] == "jeonju00001")
    assert jeonju["found"] == 2 and jeonju["missed"] == ["경기전"]
    assert next(v for v in report["videos"] if v["video_id"] == "noplace0001")["places"] == []


def test_scoring_rule_edge_cases_agree_with_score_py(tmp_path):
    from places.evaluation import score

    folder = tmp_path / "vid00000001"
    folder.mkdir()
    (folder / "expected.json").write_text(
        json.dumps(
            {
                "places": [
                    {"name": "Osaka Castle", "aliases": ["오사카성"]},
                    {"name": "N Seoul Tower"},
                ],
                "optional": ["Osaka"],
            }
        )
    )
    guesses = ["Osaka", "오사카 성", "Seoul Tower", "Tower", "Dotonbori"]
    preds = tmp_path / "p.jsonl"
    preds.write_text(
        json.dumps({"video_id": "vid00000001", "places": [{"name": g} for g in guesses]})
    )
    ours = score(tmp_path, {"vid00000001": guesses})
    reference = (
        subprocess.run(
            [sys.executable, str(SCORE_PY), str(tmp_path), str(preds)],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()
    )
    assert reference == [v.line() for v in ours.videos] + [ours.line()]


def test_a_folder_without_bundles_fails_loudly(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="holds no bundles"):
        call_command("evaluate", str(tmp_path), stdout=StringIO())


def test_bundles_one_level_down_are_named_in_the_failure(bundles, tmp_path):
    from django.core.management.base import CommandError

    parent = tmp_path.parent / f"{tmp_path.name}-outer"
    parent.mkdir()
    (parent / "set").symlink_to(bundles, target_is_directory=True)
    with pytest.raises(CommandError, match="one level down"):
        call_command("evaluate", str(parent), stdout=StringIO())


def _cases_file(path, town: str, cafes: list[str]) -> None:
    cases = []
    for i, cafe in enumerate(cafes):
        cases.append(
            {
                "id": f"{town[:4]}{i:07d}",
                "lang": "en",
                "title": f"{town} day {i}",
                "channel": "own",
                "duration": 30,
                "description": f"📍 {cafe} | {i + 1} Harbour Road, {town}\nCamera: a phone",
                "chapters": [],
                "transcript": [
                    (1.0, 3.0, f"So let's go into {cafe} for a coffee."),
                    (5.0, 3.0, "The weather is lovely. Subscribe for more!"),
                ],
                "captions": [(1, 4, cafe)],
                "places": [{"name": cafe, "aliases": []}],
                "optional": [town],
            }
        )
    cases.append(
        {
            "id": f"{town[:4]}nothing",
            "lang": "en",
            "title": "Pasta at home",
            "channel": "own",
            "duration": 20,
            "description": "Ingredients: pasta, garlic, butter",
            "chapters": [],
            "transcript": [(1.0, 3.0, "First the garlic. Then the Butter. Done!")],
            "captions": [],
            "places": [],
            "optional": [],
        }
    )
    path.write_text(f"CASES = {cases!r}\n", encoding="utf-8")


def test_cross_validation_reports_held_out_figures_per_set(tmp_path, monkeypatch):
    from videos.management.commands import evaluate

    monkeypatch.setattr(evaluate, "TEXTS_DIR", tmp_path / "cache")
    a, b = tmp_path / "cases_vessa.py", tmp_path / "cases_dorrow.py"
    _cases_file(a, "Vessa", ["Casa Orvieta", "Pino Loco", "Marrow Diner"])
    _cases_file(b, "Dorrow", ["Quillby Market", "Brindle Museum", "Kettle Bridge"])
    out = StringIO()
    call_command("evaluate", str(a), str(b), "--cv", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert [r["set"] for r in report["sets"]] == ["cases_vessa", "cases_dorrow"]
    assert all(r["split"] == "left out" for r in report["sets"])
    assert report["lines"][0].startswith("HELD-OUT")
    for row in report["sets"]:
        assert 0.0 <= row["f1"] <= 1.0
        assert row["no_venue_videos"] == 1
    # Candidate features are cached per set and reused while the code is unchanged.
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 2


def test_fold_splits_are_whole_videos_dealt_in_order_or_shuffled_by_seed():
    from places.extraction.training import Video, folds_by_video

    videos = [Video(f"vid{i:08d}", "real", [], [], []) for i in range(10)]
    first = folds_by_video(videos, 5)
    assert [[v.video_id for v in f] for f in first][0] == ["vid00000000", "vid00000005"]
    shuffled = folds_by_video(videos, 5, split=1)
    again = folds_by_video(videos, 5, split=1)
    other = folds_by_video(videos, 5, split=2)
    ids = lambda folds: [[v.video_id for v in f] for f in folds]  # noqa: E731
    assert ids(shuffled) == ids(again)
    assert ids(shuffled) != ids(first) and ids(shuffled) != ids(other)
    for folds in (first, shuffled, other):
        assert sorted(v.video_id for f in folds for v in f) == [v.video_id for v in videos]


def test_cross_validation_repeats_a_folder_over_several_splits(bundles, tmp_path, monkeypatch):
    from videos.management.commands import evaluate

    monkeypatch.setattr(evaluate, "TEXTS_DIR", tmp_path / "cache")
    cases, more = tmp_path / "cases_vessa.py", tmp_path / "cases_dorrow.py"
    _cases_file(cases, "Vessa", ["Casa Orvieta", "Pino Loco", "Marrow Diner"])
    _cases_file(more, "Dorrow", ["Quillby Market", "Brindle Museum", "Kettle Bridge"])
    out = StringIO()
    call_command(
        "evaluate", str(bundles), str(cases), str(more), "--cv", "--folds", "2",
        "--repeats", "3", "--json", stdout=out,
    )  # fmt: skip
    report = json.loads(out.getvalue())
    folder = next(r for r in report["sets"] if r["set"] == bundles.name)
    assert [x["split"] for x in folder["repeats"]] == [0, 1, 2]
    low, high = folder["mean"]["f1_range"]
    assert low <= folder["mean"]["f1"] <= high
    assert any("mean of 3 splits" in line for line in report["lines"])
    # A cases file is left out whole, once.
    assert "repeats" not in next(r for r in report["sets"] if r["set"] == "cases_vessa")
