"""Videos and recorded replies shared by the LLM extractor tests (tests/data/llm/)."""

from __future__ import annotations

import json
from pathlib import Path

from pind.texts import TimedText, VideoTexts

REPLIES = Path(__file__).resolve().parent.parent / "data" / "llm"


def reply(name: str) -> dict:
    return json.loads((REPLIES / name).read_text(encoding="utf-8"))


def _cues(*cues: tuple[float, float, str]) -> tuple[TimedText, ...]:
    return tuple(TimedText("transcript", text, start, end) for start, end, text in cues)


# An English day in Lisbon with lower-case auto-captions; one name runs across two cues.
LISBON = VideoTexts(
    video_id="lisbon00001",
    title="Lisbon in a Day | Belém, Time Out Market & the best pastéis",
    description=(
        "We spent one full day in Lisbon!\n\n"
        "00:00 Intro\n01:05 Jerónimos Monastery\n04:30 Lunch at Time Out Market\n"
        "📍 Time Out Market, Av. 24 de Julho 49, 1200-479 Lisboa\n"
        "Music: Epidemic Sound"
    ),
    transcript=_cues(
        (3.0, 6.0, "good morning from lisbon"),
        (65.0, 69.0, "so we're standing right outside of jeronimos monastery"),
        (70.0, 73.0, "and the line is already huge"),
        (270.0, 274.0, "lunch time we're at time out market"),
        (410.0, 413.5, "okay now let's head into café a"),
        (413.5, 416.0, "brasileira for a quick coffee"),
        (500.0, 504.0, "i'm having a honey latte to end the day"),
    ),
)

# A Korean day in Busan, for Gemini.
BUSAN = VideoTexts(
    video_id="busan000001",
    title="부산 당일치기 브이로그 | 감천문화마을, 해운대",
    transcript=_cues(
        (10.5, 14.5, "버스 타고 감천문화마을에 왔는데"),
        (15.0, 18.0, "골목이 진짜 예쁘다"),
        (300.0, 304.0, "저녁은 해운대 암소갈비집에서"),
    ),
)
