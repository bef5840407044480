import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from places.models import Mention, Place
from places.selectors import video_places
from places.serializers import PlaceOut
from places.services import video_places_replace
from places.types import Evidence, ResolvedPlace
from videos.models import Video

pytestmark = pytest.mark.django_db


def _video(youtube_id="vid00000001"):
    return Video.objects.create(youtube_id=youtube_id, title="t")


def _cafe(**kw):
    base = dict(
        name="어니언 성수",
        category="cafe",
        address="서울 성동구 아차산로9길 8",
        lat=37.5447,
        lng=127.0586,
        provider="kakao",
        provider_place_id="12345",
        confidence=0.9,
        aliases=("어니언",),
        mentions=(
            Evidence("description", "📍 어니언 성수 | 서울 성동구 아차산로9길 8", None, None),
            Evidence("transcript", "첫 번째로 온 곳은 어니언 성수인데요", 8.5, 12.5),
        ),
    )
    base.update(kw)
    return ResolvedPlace(**base)


def test_saving_twice_gives_the_same_rows():
    video = _video()
    video_places_replace(video=video, places=[_cafe()])
    first = list(Mention.objects.values_list("place_id", "source", "start_s"))
    video_places_replace(video=video, places=[_cafe()])
    assert list(Mention.objects.values_list("place_id", "source", "start_s")) == first
    assert Place.objects.count() == 1
    assert Mention.objects.count() == 2


def test_same_cafe_from_two_videos_is_one_place_without_provider_id():
    a, b = _video("aaaaaaaaaaa"), _video("bbbbbbbbbbb")
    video_places_replace(video=a, places=[_cafe(provider="gazetteer", provider_place_id="")])
    video_places_replace(
        video=b,
        places=[
            _cafe(
                name="어니언 성수", provider="", provider_place_id="", lat=37.54475, lng=127.05865
            )
        ],
    )
    assert Place.objects.count() == 1
    assert Mention.objects.filter(place__name="어니언 성수").values("video").distinct().count() == 2


def test_two_branches_of_a_chain_are_two_places():
    a, b = _video("aaaaaaaaaaa"), _video("bbbbbbbbbbb")
    video_places_replace(video=a, places=[_cafe(name="스타벅스", provider_place_id="")])
    video_places_replace(
        video=b, places=[_cafe(name="스타벅스", provider_place_id="", lat=37.5665, lng=126.9780)]
    )
    assert Place.objects.filter(normalized_name="스타벅스").count() == 2


def test_provider_place_id_is_identity_even_under_another_name():
    a, b = _video("aaaaaaaaaaa"), _video("bbbbbbbbbbb")
    video_places_replace(video=a, places=[_cafe()])
    video_places_replace(video=b, places=[_cafe(name="Onion Seongsu", aliases=())])
    assert Place.objects.count() == 1
    assert set(Place.objects.get().aliases.values_list("name", flat=True)) >= {
        "어니언",
        "Onion Seongsu",
    }


def test_places_without_coordinates_match_by_region():
    a, b, c = _video("aaaaaaaaaaa"), _video("bbbbbbbbbbb"), _video("ccccccccccc")
    no_coords = dict(lat=None, lng=None, provider="", provider_place_id="")
    video_places_replace(video=a, places=[_cafe(region="서울", **no_coords)])
    video_places_replace(video=b, places=[_cafe(region="서울", **no_coords)])
    video_places_replace(video=c, places=[_cafe(region="부산", **no_coords)])
    assert Place.objects.count() == 2


def test_verified_place_is_not_overwritten():
    place = Place.objects.create(name="서울숲", lat=37.5444, lng=127.0374, verified=True)
    video_places_replace(
        video=_video(),
        places=[_cafe(name="서울숲", place_id=place.pk, lat=37.6, lng=127.1, provider="x")],
    )
    place.refresh_from_db()
    assert (place.lat, place.provider) == (37.5444, "")


def test_video_places_selector_shape_order_and_query_count():
    videos = [_video(f"vid0000000{i}") for i in range(3)]
    for v in videos:
        video_places_replace(
            video=v,
            places=[
                _cafe(),
                _cafe(
                    name="서울숲", provider_place_id="999", lat=37.5444, lng=127.0374, aliases=()
                ),
            ],
        )
    ids = [v.pk for v in videos] + [123456]
    with CaptureQueriesContext(connection) as ctx:
        result = video_places(ids)
    assert len(ctx.captured_queries) == 1
    assert result[123456] == []
    first = result[videos[0].pk]
    assert [p["name"] for p in first] == ["어니언 성수", "서울숲"]
    assert list(first[0])[:3] == ["name", "lat", "lng"]
    assert set(first[0]) == set(PlaceOut().fields)  # every field the API documents
    assert first[0]["mentions"][0] == {
        "source": "description",
        "start_s": None,
        "end_s": None,
        "text": "📍 어니언 성수 | 서울 성동구 아차산로9길 8",
    }
    assert first[0]["mentions"][1]["start_s"] == 8.5


def test_one_place_pinned_at_its_district_and_at_its_city_centre_is_one_place():
    # Offline, an address gives the district office (성동구) and no address the city centre:
    # two area pins 5 km apart for the same place in the same city.
    a, b, c = _video("aaaaaaaaaaa"), _video("bbbbbbbbbbb"), _video("ccccccccccc")
    approx = dict(provider="gazetteer", provider_place_id="", approximate=True, region="Seoul")
    video_places_replace(video=a, places=[_cafe(lat=37.5634, lng=127.0369, **approx)])
    video_places_replace(video=b, places=[_cafe(lat=37.5665, lng=126.9780, **approx)])
    assert Place.objects.count() == 1
    # The same name pinned at another city's centre is another place.
    busan = {**approx, "region": "Busan"}
    video_places_replace(video=c, places=[_cafe(lat=35.1796, lng=129.0756, **busan)])
    assert Place.objects.count() == 2


def test_saved_mentions_keep_the_rule_ids_that_found_them():
    video = _video()
    cafe = _cafe(
        mentions=(
            Evidence("description", "📍 어니언 성수 | 서울", None, None, rules=("desc.strong",)),
            Evidence("transcript", "어니언 성수 왔어요", 8.5, 12.5, rules=("echo", "ko.head")),
        )
    )
    video_places_replace(video=video, places=[cafe])
    saved = dict(Mention.objects.values_list("source", "rules"))
    assert saved == {"description": ["desc.strong"], "transcript": ["echo", "ko.head"]}
