import json

from videos.pipeline import transcripts
from videos.pipeline.sources import LocalBundleSource
from videos.pipeline.transcripts import (
    parse_json3,
    parse_srt,
    parse_vtt,
    pick_language,
    transcript_from_files,
)


def test_rolling_auto_captions_become_one_segment_per_spoken_line(media_data):
    segments = parse_vtt(media_data / "rolling.en.vtt")

    assert [s.text for s in segments] == [
        "so today we are going to the market",
        "and then a tiny noodle shop",
        "and then a tiny noodle shop",
    ]
    first, second, again = segments
    assert (first.start_s, first.end_s) == (0.16, 2.6)
    assert (second.start_s, second.end_s) == (2.6, 5.12)
    # Said again after the music: a new utterance, not a rolling repeat.
    assert again.start_s == 8.0
    assert all(s.source == "transcript" for s in segments)


def test_timestamps_keep_milliseconds(media_data):
    segments = parse_vtt(media_data / "rolling.en.vtt")
    assert isinstance(segments[0].start_s, float)
    assert segments[0].start_s == 0.16


def test_srt_lines_join_and_identical_adjacent_cues_merge(media_data):
    segments = parse_srt(media_data / "manual.ko.srt")

    assert [(s.text, s.start_s, s.end_s) for s in segments] == [
        ("안녕하세요 오늘은 광장시장에 왔어요", 1.0, 3.5),
        ("빈대떡이 정말 맛있어요", 4.0, 8.0),
    ]


def test_vtt_text_parses_like_a_file():
    text = "WEBVTT\n\n00:01:02.500 --> 00:01:04.000\n<v Minji>서울숲 도착</v>\n"
    [segment] = parse_vtt(text)
    assert (segment.text, segment.start_s, segment.end_s) == ("서울숲 도착", 62.5, 64.0)


def test_json3_events_become_segments(media_data):
    segments = parse_json3((media_data / "auto.ko.json3").read_text(encoding="utf-8"))
    assert [(s.text, s.start_s) for s in segments] == [
        ("오늘은 성수동에 왔어요", 0.16),
        ("어니언 성수 도착", 3.21),
    ]


def test_language_preference_falls_back_to_any():
    assert pick_language(["en", "ko-KR"], ["ko", "en"]) == "ko-KR"
    assert pick_language(["ja", "en"], ["ko", "en"]) == "en"
    assert pick_language(["ja"], ["ko", "en"]) == "ja"
    assert pick_language([], ["ko"]) is None


def test_kind_is_automatic_for_word_timed_captions(media_data):
    t = transcript_from_files([media_data / "rolling.en.vtt"], preferred=["ko", "en"])
    assert (t.language, t.kind) == ("en", "automatic")
    t = transcript_from_files([media_data / "manual.ko.srt"], preferred=["ko"])
    assert (t.language, t.kind) == ("ko", "manual")


def test_kind_follows_info_json_automatic_captions(tmp_path, media_data):
    folder = tmp_path / "abcdefghijk"
    folder.mkdir()
    (folder / "abcdefghijk.info.json").write_text(
        json.dumps({"id": "abcdefghijk", "title": "t", "automatic_captions": {"ko": []}})
    )
    (folder / "abcdefghijk.ko.srt").write_bytes((media_data / "manual.ko.srt").read_bytes())
    source = LocalBundleSource(root=tmp_path)

    t = transcripts.fetch_transcript(source, source.fetch_info("abcdefghijk"))

    assert (t.language, t.kind) == ("ko", "automatic")


def test_bundle_without_subtitles_has_no_transcript(tmp_path):
    folder = tmp_path / "abcdefghijk"
    folder.mkdir()
    (folder / "abcdefghijk.info.json").write_text(json.dumps({"id": "abcdefghijk"}))
    source = LocalBundleSource(root=tmp_path)
    assert transcripts.fetch_transcript(source, source.fetch_info("abcdefghijk")) is None


def test_every_dev_transcript_segment_present_without_rolling_duplicates(dev_bundles):
    source = LocalBundleSource(root=dev_bundles)
    for info_path in sorted(dev_bundles.glob("*/*.info.json")):
        video_id = info_path.parent.name
        transcript = transcripts.fetch_transcript(source, source.fetch_info(video_id))
        assert transcript is not None, video_id
        texts = [s.text for s in transcript.segments]
        assert len(texts) == len(set(texts)), video_id
        # Every cue's final text (the line each cue ends on) is one of the segments.
        doc_lines = {
            line.strip()
            for path in source.subtitle_files(video_id)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and "-->" not in line and "<" not in line and ":" not in line
        } - {"WEBVTT"}
        assert doc_lines <= set(texts), video_id
        assert all(s.end_s > s.start_s for s in transcript.segments)
