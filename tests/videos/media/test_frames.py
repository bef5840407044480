import logging
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from tests.videos.media.clips import bundle
from videos.pipeline import frames, ocr
from videos.pipeline.sources import LocalBundleSource

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _fresh_backends():
    ocr._cache.clear()
    yield
    ocr._cache.clear()


def _close(a: str, b: str) -> bool:
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def _read(root: Path, video_id: str):
    source = LocalBundleSource(root=root)
    return frames.read_frames(source, source.fetch_info(video_id), workdir=root)


def test_caption_changing_over_a_static_shot_is_read_and_static_stretches_cost_nothing(
    tmp_path,
):
    shots = [(1, "광장시장 빈대떡")] * 4 + [(1, "명동교자 칼국수")] * 4
    bundle(tmp_path, "staticshot1", shots)

    result = _read(tmp_path, "staticshot1")

    captions = [
        line for line in result.lines if line.start_s >= 0 and line.end_s - line.start_s >= 2
    ]
    assert len(captions) == 2, result.lines
    first, second = captions
    assert _close(first.text, "광장시장 빈대떡") and (first.start_s, first.end_s) == (0.0, 4.0)
    assert _close(second.text, "명동교자 칼국수") and (second.start_s, second.end_s) == (4.0, 8.0)
    assert 0 < first.confidence <= 1
    assert result.frames_sampled == 8
    # One look at the first frame, one when the caption changed.
    assert result.frames_read == 2
    assert result.extra["frames_detected"] == 2


def test_static_caption_over_changing_shots_is_one_line(tmp_path):
    shots = [(1, "Gwangjang Market")] * 3 + [(2, "Gwangjang Market")] * 3
    bundle(tmp_path, "newshots001", shots)

    result = _read(tmp_path, "newshots001")

    [line] = [line for line in result.lines if _close(line.text, "Gwangjang Market")]
    assert (line.start_s, line.end_s) == (0.0, 6.0)


def test_sampling_follows_the_fps_setting(tmp_path, settings):
    settings.PIND_OCR_FPS = 0.5
    bundle(tmp_path, "halffps0001", [(1, None)] * 6)

    result = _read(tmp_path, "halffps0001")

    assert result.frames_sampled == 3
    assert result.lines == ()


def test_missing_tesseract_skips_the_step_with_a_warning(tmp_path, settings, caplog):
    settings.PIND_TESSERACT_CMD = "/nonexistent/tesseract"
    bundle(tmp_path, "notess00001", [(1, "서울숲")] * 2)

    with caplog.at_level(logging.WARNING):
        result = _read(tmp_path, "notess00001")

    assert result.lines == () and result.frames_sampled == 0
    assert "Tesseract not found" in caplog.text


def test_ocr_none_reads_nothing(tmp_path, settings):
    settings.PIND_OCR = "none"
    bundle(tmp_path, "noocr000001", [(1, "서울숲")] * 2)
    assert _read(tmp_path, "noocr000001").frames_sampled == 0


def test_bundle_without_video_reads_nothing(tmp_path):
    folder = tmp_path / "novideo0001"
    folder.mkdir()
    (folder / "novideo0001.info.json").write_text('{"id": "novideo0001"}')
    result = _read(tmp_path, "novideo0001")
    assert result.lines == () and result.extra["skipped"] == "no video file"


def test_progress_reaches_the_end(tmp_path):
    bundle(tmp_path, "progress001", [(1, None)] * 4)
    seen = []
    source = LocalBundleSource(root=tmp_path)
    frames.read_frames(
        source, source.fetch_info("progress001"), workdir=tmp_path, progress=seen.append
    )
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
