"""Tiny generated videos with burned-in captions (Pillow + ffmpeg), for OCR tests."""

from __future__ import annotations

import functools
import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

W, H = 640, 360


@functools.cache
def font(size: int):
    from PIL import ImageFont

    for name in ("NanumGothic:bold", "Noto Sans CJK KR:bold"):
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", name], capture_output=True, text=True, check=False
        ).stdout
        if "Nanum" in found or "CJK" in found:
            return ImageFont.truetype(found, size)
    pytest.skip("no Korean font (apt-get install fonts-nanum)")


def background(seed: int):
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(seed)
    img = Image.new("RGB", (W, H), tuple(int(v) for v in rng.integers(40, 200, 3)))
    d = ImageDraw.Draw(img)
    for _ in range(10):
        x, y, r = int(rng.integers(W)), int(rng.integers(H)), int(rng.integers(20, 110))
        d.ellipse(
            [x - r, y - r, x + r, y + r], fill=tuple(int(v) for v in rng.integers(256, size=3))
        )
    return img


def render(path: Path, shots: list[tuple[int, str | None]], *, fps: int = 2) -> Path:
    """`shots`: (background seed, caption or None) per second of video."""
    from PIL import ImageDraw

    proc = subprocess.Popen(
        ["ffmpeg", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
         "-s", f"{W}x{H}", "-r", str(fps), "-i", "-", "-c:v", "libx264",
         "-pix_fmt", "yuv420p", "-crf", "26", str(path)],
        stdin=subprocess.PIPE,
    )  # fmt: skip
    for seed, caption in shots:
        img = background(seed)
        if caption:
            d = ImageDraw.Draw(img)
            w = d.textlength(caption, font=font(34))
            d.text(
                ((W - w) / 2, H - 70), caption, font=font(34), fill="white",
                stroke_width=3, stroke_fill="black",
            )  # fmt: skip
        for _ in range(fps):
            proc.stdin.write(img.tobytes())
    proc.stdin.close()
    assert proc.wait() == 0
    return path


def bundle(root: Path, video_id: str, shots, **info) -> Path:
    folder = root / video_id
    folder.mkdir(parents=True)
    data = {"id": video_id, "title": "clip", "duration": len(shots), **info}
    (folder / f"{video_id}.info.json").write_text(json.dumps(data), encoding="utf-8")
    render(folder / f"{video_id}.mp4", shots)
    return folder
