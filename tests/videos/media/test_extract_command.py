import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.videos.media.clips import bundle


@pytest.mark.slow
def test_extract_json_prints_one_line_per_video_with_its_texts(tmp_path, media_data):
    folder = bundle(tmp_path, "extractclip", [(1, "해운대 해수욕장")] * 3, title="부산 여행")
    (folder / "extractclip.ko.srt").write_bytes((media_data / "manual.ko.srt").read_bytes())
    out = StringIO()

    call_command(
        "extract", "https://youtu.be/extractclip", "--bundles", str(tmp_path), "--json",
        stdout=out, stderr=StringIO(),
    )  # fmt: skip

    [line] = out.getvalue().splitlines()
    data = json.loads(line)
    assert data["video_id"] == "extractclip" and data["title"] == "부산 여행"
    assert data["transcript"][0] == {
        "start_s": 1.0, "end_s": 3.5, "text": "안녕하세요 오늘은 광장시장에 왔어요"
    }  # fmt: skip
    assert any("해운대" in o["text"] for o in data["ocr"])
    assert data["asr"] == [] and isinstance(data["places"], list)


def test_extract_rejects_what_is_not_a_video(tmp_path):
    with pytest.raises(CommandError):
        call_command("extract", "https://example.com/x", "--bundles", str(tmp_path))
