"""Busy-scene bundles for measuring caption-line recall on text the OCR was not developed
on (bench/pipeline_bench.py renders them with ../shared/eval/make_bundles.py). Written for
measurement only: never tune OCR to these words. Places are only there for the format."""

_PLACE = {
    "name": "남산서울타워",
    "aliases": [],
    "address": "서울 용산구",
    "lat": 37.55,
    "lng": 126.99,
}


def _case(cid, title, captions, duration=40):
    return {
        "id": cid,
        "scene": "busy",
        "lang": "ko",
        "title": title,
        "channel": "bench",
        "duration": duration,
        "description": title,
        "chapters": [],
        "transcript": [(0.5, 3.0, title)],
        "captions": captions,
        "places": [_PLACE],
        "optional": [],
    }


CASES = [
    _case(
        "bUsYbEnCh01",
        "을지로 노포 탐방",
        [
            (0, 6, "을지로 골목 노포 탐방"),
            (6, 12, "📍 을지면옥 평양냉면", "yellow"),
            (12, 18, "가격은 만 오천 원", "box"),
            (18, 26, "줄이 엄청 길어요", "outline"),
            (26, 32, "📍 양미옥 본점", "small"),
            (32, 40, "다음 편에서 만나요", "outline"),
        ],
    ),
    _case(
        "bUsYbEnCh02",
        "강릉 바다 여행",
        [
            (0, 6, "강릉 당일치기 여행", "yellow"),
            (6, 14, "📍 안목해변 커피거리"),
            (14, 20, "바다 보면서 라떼 한 잔", "small"),
            (20, 28, "📍 초당순두부 마을", "box"),
            (28, 34, "두부 전골이 진짜 맛있어요"),
            (34, 40, "오늘 하루 끝", "yellow"),
        ],
    ),
    _case(
        "bUsYbEnCh03",
        "부산 야경 투어",
        [
            (0, 8, "부산 야경 명소 세 곳", "outline"),
            (8, 14, "📍 황령산 전망대", "box"),
            (14, 22, "광안대교가 한눈에 보여요"),
            (22, 28, "📍 더베이 101", "yellow"),
            (28, 34, "주차는 지하 2층", "small"),
            (34, 40, "구독 부탁드려요"),
        ],
    ),
    _case(
        "bUsYbEnCh04",
        "전주 한옥마을 먹방",
        [
            (0, 6, "전주 한옥마을 먹방"),
            (6, 12, "📍 베테랑 칼국수", "small"),
            (12, 20, "칼국수 한 그릇 팔천 원", "yellow"),
            (20, 26, "📍 전동성당", "outline"),
            (26, 34, "한복 입고 사진 찍기", "box"),
            (34, 40, "다음 주에 또 올게요"),
        ],
    ),
    _case(
        "bUsYbEnCh05",
        "제주 서쪽 드라이브",
        [
            (0, 6, "제주 서쪽 해안도로", "box"),
            (6, 14, "📍 협재해수욕장"),
            (14, 20, "물 색깔이 에메랄드빛", "outline"),
            (20, 26, "📍 오설록 티뮤지엄", "yellow"),
            (26, 34, "녹차 아이스크림 필수", "small"),
            (34, 40, "노을 보면서 마무리"),
        ],
    ),
]
