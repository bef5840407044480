import logging
from difflib import SequenceMatcher

import numpy as np
import pytest

from tests.videos.media.clips import background, font
from videos.pipeline import ocr
from videos.pipeline.frames import clean_text
from videos.pipeline.ocr import _reading_from_tsv

TSV_HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\t"
    "left\ttop\twidth\theight\tconf\ttext\n"
)


def _tsv(*words):
    rows = [
        f"5\t1\t1\t1\t1\t{i}\t{left}\t10\t{w}\t40\t{conf}\t{text}"
        for i, (text, left, w, conf) in enumerate(words, 1)
    ]
    return TSV_HEADER + "\n".join(rows) + "\n"


@pytest.fixture(autouse=True)
def _fresh_backends():
    ocr._cache.clear()
    yield
    ocr._cache.clear()


def test_syllables_split_by_tesseract_are_joined_unless_the_image_shows_a_space():
    tsv = _tsv(("감", 10, 40, 93), ("천", 55, 40, 92), ("문화", 100, 80, 95), ("마을", 240, 80, 94))
    reading = _reading_from_tsv(tsv, gaps=[(180, 235)])
    assert reading.text == "감천문화 마을"
    assert reading.confidence == pytest.approx(0.935)


def test_latin_words_keep_tesseracts_spaces():
    tsv = _tsv(("Gwangjang", 10, 150, 95), ("Market", 170, 100, 93))
    assert _reading_from_tsv(tsv, gaps=[]).text == "Gwangjang Market"


def test_lone_unsure_symbol_at_the_edge_is_dropped():
    tsv = _tsv(("4", 10, 20, 46), ("성산일출봉", 60, 200, 92))
    assert _reading_from_tsv(tsv, gaps=[]).text == "성산일출봉"


def test_clean_text_trims_edge_punctuation():
    assert clean_text("  | 해운대   해수욕장 _ ") == "해운대 해수욕장"
    assert clean_text("SALE 30%") == "SALE 30%"


def _line_image(text: str, *, fill="white", stroke=3, box=False):
    from PIL import ImageDraw

    img = background(7)
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = d.textbbox((40, 150), text, font=font(34), stroke_width=stroke)
    if box:
        d.rounded_rectangle([x0 - 10, y0 - 6, x1 + 10, y1 + 10], radius=8, fill="white")
    d.text((40, 150), text, font=font(34), fill=fill, stroke_width=stroke, stroke_fill="black")
    # Cropped with the margin the text detector leaves around a line.
    pad = int(0.3 * (y1 - y0))
    return np.asarray(img)[y0 - pad : y1 + pad, x0 - pad : x1 + pad, ::-1].copy()


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("해운대 해수욕장", {}),
        ("N Seoul Tower", {}),
        ("츠키지 장외시장", {"fill": (255, 221, 0)}),
        ("감천문화마을", {"fill": "black", "stroke": 0, "box": True}),
    ],
)
def test_tesseract_reads_caption_styles(text, style):
    backend = ocr.get_ocr("tesseract")
    if backend is None:
        pytest.skip("tesseract not installed")
    reading = backend.read_line(_line_image(text, **style))
    assert reading is not None
    # The target: ≥ 0.8 similar (Tesseract's kor model confuses e.g. 대/때 in bold fonts).
    got, want = reading.text.replace(" ", ""), text.replace(" ", "")
    assert SequenceMatcher(None, got, want).ratio() >= 0.8, reading.text


@pytest.mark.parametrize(
    "text",
    [
        "📍 어니언 성수",
        "📍 성수동 카페 투어",
        "📍 서울숲",
    ],
)
def test_undrawable_glyph_box_is_not_read_as_a_letter(text):
    backend = ocr.get_ocr("tesseract")
    if backend is None:
        pytest.skip("tesseract not installed")
    reading = backend.read_line(_line_image(text))  # NanumGothic draws a crossed box for 📍
    want = text.removeprefix("📍 ")
    # Nothing before the first syllable; the syllables themselves within the usual error.
    assert reading.text[0] == want[0], reading.text
    assert SequenceMatcher(None, reading.text, want).ratio() >= 0.8, reading.text


def test_dense_syllables_are_not_taken_for_missing_glyph_boxes():
    backend = ocr.get_ocr("tesseract")
    if backend is None:
        pytest.skip("tesseract not installed")
    assert backend.read_line(_line_image("성수동 카페 투어")).text == "성수동 카페 투어"


def test_unknown_or_absent_backends_are_skipped_with_one_log_line(settings, caplog):
    with caplog.at_level(logging.WARNING):
        assert ocr.get_ocr("paddle") is None
        assert ocr.get_ocr("paddle") is None
    assert caplog.text.count("not a known OCR backend") == 1
    settings.PIND_OCR = "none"
    assert ocr.get_ocr() is None


@pytest.mark.parametrize("name", ["Paddle", "videos.pipeline.ocr.NoSuchOcr", "os.path.join"])
def test_a_name_that_stands_for_no_backend_is_skipped_once(name, monkeypatch, caplog):
    monkeypatch.setattr(ocr, "_cache", {})
    with caplog.at_level(logging.WARNING):
        assert ocr.get_ocr(name) is None
        assert ocr.get_ocr(name) is None
    assert caplog.text.count("not a known OCR backend") == 1


def test_a_backend_whose_module_is_missing_is_skipped(monkeypatch, caplog):
    monkeypatch.setattr(ocr, "_cache", {})
    with caplog.at_level(logging.WARNING):
        assert ocr.get_ocr("no_such_ocr_package.Reader") is None
    assert "OCR backend no_such_ocr_package.Reader skipped" in caplog.text


def test_a_backend_is_found_by_dotted_path_as_by_short_name(monkeypatch):
    monkeypatch.setattr(ocr, "_cache", {})
    by_name = ocr.get_ocr("tesseract")
    if by_name is None:
        pytest.fail("tesseract is not installed: OCR tests need it (apt-get install tesseract-ocr)")
    assert type(ocr.get_ocr("videos.pipeline.ocr.TesseractOcr")) is type(by_name)


def test_easyocr_without_package_or_weights_is_skipped(settings, tmp_path, caplog):
    settings.PIND_EASYOCR_MODEL_DIR = str(tmp_path)  # no weights here
    with caplog.at_level(logging.WARNING):
        assert ocr.get_ocr("easyocr") is None
    assert "OCR backend easyocr skipped" in caplog.text


def _small_caption(text: str, seed: int = 11):
    """A small price tag: 22 px white with a 1 px grey outline, through lossy video-like blur."""
    import cv2
    from PIL import ImageDraw

    img = background(seed)
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = d.textbbox((300, 30), text, font=font(22), stroke_width=1)
    d.text((300, 30), text, font=font(22), fill="white", stroke_width=1, stroke_fill=(60, 60, 60))
    pad = int(0.3 * (y1 - y0))
    crop = np.asarray(img)[y0 - pad : y1 + pad, x0 - pad : x1 + pad, ::-1].copy()
    ok, jpeg = cv2.imencode(".jpg", crop, [cv2.IMWRITE_JPEG_QUALITY, 60])
    return cv2.imdecode(jpeg, cv2.IMREAD_COLOR)


def _similar(got: str, want: str) -> float:
    return SequenceMatcher(None, got.replace(" ", ""), want.replace(" ", "")).ratio()


@pytest.mark.parametrize("text", ["아메리카노 4,500원", "bagel $3.25"])
def test_small_thinly_outlined_price_is_read(text):
    backend = ocr.get_ocr("tesseract")
    if backend is None:
        pytest.skip("tesseract not installed")
    reading = backend.read_line(_small_caption(text))
    assert reading is not None
    assert _similar(reading.text, text) >= 0.8, reading.text


def test_all_caps_box_caption_is_read_whole_not_as_one_sure_letter():
    backend = ocr.get_ocr("tesseract")
    if backend is None:
        pytest.skip("tesseract not installed")
    reading = backend.read_line(_line_image("HARBOUR CITY", fill="black", stroke=0, box=True))
    assert _similar(reading.text, "HARBOUR CITY") >= 0.8, reading.text


def test_lines_read_together_come_back_in_order():
    backend = ocr.get_ocr("tesseract")
    if backend is None:
        pytest.skip("tesseract not installed")
    texts = ["해운대 해수욕장", "N Seoul Tower", "감천문화마을"]
    readings = backend.read_lines([_line_image(t) for t in texts])
    assert [_similar(r.text, t) >= 0.8 for r, t in zip(readings, texts, strict=True)] == [True] * 3


def test_split_pages_gives_each_image_its_own_rows():
    tsv = TSV_HEADER + "5\t2\t1\t1\t1\t1\t0\t0\t9\t9\t90\tB\n5\t1\t1\t1\t1\t1\t0\t0\t9\t9\t80\tA\n"
    first, second, third = ocr._split_pages(tsv, 3)
    assert _reading_from_tsv(first).text == "A"
    assert _reading_from_tsv(second).text == "B"
    assert _reading_from_tsv(third) is None


def test_lone_jamo_are_dropped_but_repeated_ones_kept():
    tsv = _tsv(
        ("ㅡ", 0, 20, 90), ("칼국수", 30, 90, 93), ("ㆍ", 130, 10, 80), ("ㅋㅋ", 150, 40, 88)
    )
    assert _reading_from_tsv(tsv, gaps=[(125, 145)]).text == "칼국수 ㅋㅋ"
    assert _reading_from_tsv(_tsv(("ㅜ", 0, 20, 95))) is None


def test_dense_hangul_price_read_as_latin_is_read_again_in_korean_only():
    backend = ocr.get_ocr("tesseract")
    if backend is None:
        pytest.skip("tesseract not installed")
    # At 22 px kor+eng reads these three dense syllables as a Latin word; kor alone
    # reads Hangul, surer, so that reading is kept.
    reading = backend.read_line(_small_caption("짬뽕밥 10,000원", seed=3))
    first = reading.text.split()[0]
    assert all("\uac00" <= ch <= "\ud7a3" for ch in first), reading.text
    assert _similar(reading.text, "짬뽕밥 10,000원") >= 0.7, reading.text


def test_latin_heavy_readings_are_the_ones_read_again():
    assert ocr._latin_heavy(ocr.Reading("Beet 10.000 원", 0.6))
    assert not ocr._latin_heavy(ocr.Reading("짬뽕밥 10.000 원", 0.6))
    assert not ocr._latin_heavy(ocr.Reading("10,000", 0.6))


def test_unsure_latin_word_beside_hangul_is_dropped_but_a_sure_one_kept():
    # Han characters the models lack come out as an unsure Latin word.
    tsv = _tsv(("센소지", 10, 90, 93), ("gral", 120, 60, 41))
    assert _reading_from_tsv(tsv, gaps=[]).text == "센소지"
    tsv = _tsv(("비양도", 10, 90, 93), ("view", 120, 60, 91))
    assert _reading_from_tsv(tsv, gaps=[]).text == "비양도 view"
    # Without Hangul in the line, Latin words are the text itself.
    tsv = _tsv(("Gral", 10, 60, 41), ("Street", 80, 90, 90))
    assert _reading_from_tsv(tsv, gaps=[]).text == "Gral Street"


def test_missing_language_pack_is_left_out_not_a_failure(caplog):
    if ocr.shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    with caplog.at_level(logging.WARNING):
        backend = ocr.TesseractOcr(lang="kor+eng+zzz")
    assert backend.lang == "kor+eng"
    assert backend.korean_only == "kor"
    assert "zzz" in caplog.text
    assert backend.read_line(_line_image("해운대 해수욕장")) is not None
