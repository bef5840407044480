"""Extraction on cases of our own (other cities, channels and styles than the dev set)."""

import pytest

from pind.texts import TimedText, VideoTexts
from places.extraction import extract_places
from places.models import Place, PlaceAlias

pytestmark = pytest.mark.django_db


def tt(source, text, start, end=None):
    return TimedText(source, text, float(start), float(end if end is not None else start + 4))


def names(cands):
    return [c.name for c in cands]


GYEONGJU = VideoTexts(
    video_id="gyeongju001",
    title="경주 1박 2일 ✨ 황리단길 맛집이랑 야경 명소 총정리",
    description=(
        "경주 여행 브이로그\n\n"
        "🏠 숙소: 라궁 한옥호텔\n"
        "📌 교촌마을 | 경북 경주시 교촌안길 27-40\n"
        "📌 동궁과 월지 - 경북 경주시 원화로 102\n\n"
        "0:00 경주역 도착\n0:15 불국사\n0:40 교촌마을 산책\n1:05 동궁과 월지 야경\n\n"
        "카메라: 캐논 R50 | 편집: 프리미어\n#경주 #황리단길 #한옥"
    ),
    chapters=(
        tt("chapter", "경주역 도착", 0, 15),
        tt("chapter", "불국사", 15, 40),
        tt("chapter", "교촌마을 산책", 40, 65),
        tt("chapter", "동궁과 월지 야경", 65, 90),
    ),
    transcript=(
        tt("transcript", "드디어 경주역에 도착했어요 날씨 진짜 좋네요", 1),
        tt("transcript", "불국사는 언제 와도 웅장해요 다보탑 앞에서 사진 찍었어요", 16),
        tt("transcript", "교촌마을에서 교동법주 한 병 사고 김밥도 먹었어요 만 원", 41),
        tt("transcript", "밤에는 동궁과 월지 야경 보러 왔어요 구독 좋아요 부탁드려요", 66),
    ),
    ocr=(
        tt("ocr", "불국사", 16, 24),
        tt("ocr", "교동김밥 8,000원", 42, 47),
        tt("ocr", "PUSH", 50, 51),
        tt("ocr", "Ko", 52, 60),
    ),
)

KYOTO_EN = VideoTexts(
    video_id="kyoto000001",
    title="Kyoto in 48 hours: temples, tea and Nishiki Market",
    description=(
        "Our favourite spots in Kyoto!\n\n"
        "WHERE WE WENT\n"
        "1) Fushimi Inari Taisha - 68 Fukakusa Yabunouchicho, Fushimi Ward, Kyoto\n"
        "2) Nishiki Market\n"
        "3) Kinkaku-ji (Golden Pavilion)\n\n"
        "Gear: Sony ZV-1 | Music by Epidemic Sound\nUse code TRAVEL10 for 10% off!"
    ),
    chapters=(
        tt("chapter", "Intro", 0, 10),
        tt("chapter", "Fushimi Inari Taisha at sunrise", 10, 40),
        tt("chapter", "Lunch at Nishiki Market", 40, 70),
        tt("chapter", "Kinkaku-ji", 70, 100),
    ),
    transcript=(
        tt("transcript", "we woke up at five to beat the crowds at Fushimi Inari Taisha", 11),
        tt("transcript", "the matcha soft serve here costs 500 yen and it's so good", 45),
        tt("transcript", "Nishiki Market is called Kyoto's kitchen", 50),
        tt("transcript", "and finally Kinkaku-ji the golden pavilion", 71),
    ),
)

COOKING = VideoTexts(
    video_id="cooking0001",
    title="15분 완성 원팬 파스타 | 자취 요리",
    description=(
        "재료: 스파게티면 100g, 마늘 5쪽, 올리브유, 베이컨\n"
        "1. 마늘 편썰기\n2. 베이컨 볶기\n3. 면 넣고 졸이기\n\n"
        "사용 제품: 해피콜 프라이팬 (광고 아님)\n구독 부탁드려요"
    ),
    chapters=(tt("chapter", "재료 소개", 0, 20), tt("chapter", "알리오 올리오", 20, 60)),
    transcript=(
        tt("transcript", "오늘은 마트에서 산 재료로 파스타 만들어볼게요", 1),
        tt("transcript", "마늘은 약불에서 천천히 볶아야 타지 않아요", 21),
    ),
    ocr=(tt("ocr", "총 재료비 7,500원", 5, 12), tt("ocr", "알리오 올리오", 22, 30)),
)


def test_korean_vlog_from_another_city():
    found = extract_places(GYEONGJU)
    got = names(found)
    for expected in ("라궁 한옥호텔", "교촌마을", "동궁과 월지", "불국사", "경주역"):
        assert any(expected in n for n in got), (expected, got)
    assert not any(n in ("경주", "황리단길 맛집", "교동김밥", "Ko", "캐논 R50") for n in got), got
    bulguksa = next(c for c in found if c.name == "불국사")
    assert {"chapter", "transcript", "ocr"} <= {m.source for m in bulguksa.mentions}
    gyochon = next(c for c in found if c.name == "교촌마을")
    assert gyochon.address_hint == "경북 경주시 교촌안길 27-40"
    assert gyochon.region_hint


def test_english_list_video():
    got = names(extract_places(KYOTO_EN))
    assert "Fushimi Inari Taisha" in got
    assert "Nishiki Market" in got
    assert any(n.startswith("Kinkaku") for n in got)
    assert "Kyoto" not in got and "Intro" not in got
    assert not any("Sony" in n or "Epidemic" in n for n in got)


def test_cooking_video_has_no_places():
    assert extract_places(COOKING) == []


def test_every_place_has_evidence_and_spoken_or_shown_ones_a_time():
    for texts in (GYEONGJU, KYOTO_EN):
        for cand in extract_places(texts):
            assert cand.mentions and all(m.source and m.text for m in cand.mentions), cand
            # A place named only in the title or the description has no moment.
            if any(m.source not in ("title", "description") for m in cand.mentions):
                assert any(m.start_s is not None for m in cand.mentions), cand


def test_curated_places_are_found_everywhere_and_rebuilt_on_change():
    hidden = VideoTexts(
        video_id="curated0002", transcript=(tt("transcript", "저녁은 솔솔솥밥", 9),)
    )
    assert extract_places(hidden) == []
    place = Place.objects.create(name="솔솔솥밥 본점", lat=37.5, lng=127.0, verified=True)
    PlaceAlias.objects.create(place=place, name="솔솔솥밥")
    (found,) = extract_places(hidden)
    assert (found.name, found.place_id) == ("솔솔솥밥 본점", place.pk)
    assert found.mentions[0].start_s == 9.0


def test_korean_analyser_is_loaded_once():
    from places.extraction.korean import kiwi

    assert kiwi() is kiwi()
