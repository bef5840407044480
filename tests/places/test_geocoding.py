import json
from pathlib import Path

import pytest

from pind.texts import VideoTexts
from places.geocoding import geocode_places
from places.models import GeocodeCache, Place
from places.types import Evidence, PlaceCandidate
from tests.stubs import StubServer

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parent.parent / "data" / "places"
TEXTS = VideoTexts(video_id="x")


def canned(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def cand(name, **kw):
    return PlaceCandidate(
        name=name, mentions=(Evidence("transcript", name, 1.0, 2.0),), confidence=0.8, **kw
    )


def test_offline_gazetteer_uses_curated_place_then_city(settings):
    settings.PIND_GEOCODERS = ["gazetteer"]
    curated = Place.objects.create(name="감천문화마을", lat=35.0975, lng=129.0106, verified=True)
    exact, approx, unknown = geocode_places(
        [
            cand("감천문화마을", region_hint="Busan"),
            cand("어느 카페", region_hint="Busan"),
            cand("x"),
        ],
        texts=TEXTS,
    )
    assert (exact.lat, exact.approximate, exact.place_id) == (35.0975, False, curated.pk)
    assert approx.approximate and approx.region == "Busan" and 35 < approx.lat < 35.3
    assert unknown.lat is None


def test_kakao_picks_by_name_and_distance_not_first_and_caches(settings):
    settings.PIND_GEOCODERS = ["kakao", "gazetteer"]
    settings.KAKAO_REST_API_KEY = "test-key"
    routes = {("GET", "/v2/local/search/keyword.json"): (200, canned("kakao_keyword.json"))}
    with StubServer(routes) as stub:
        settings.KAKAO_BASE_URL = stub.url
        (place,) = geocode_places([cand("자갈치시장", region_hint="Busan")], texts=TEXTS)
        geocode_places([cand("자갈치시장", region_hint="Busan")], texts=TEXTS)
    assert place.provider_place_id == "8130452"
    assert place.road_address == "부산 중구 자갈치해안로 52"
    assert (place.provider, place.approximate) == ("kakao", False)
    assert stub.requests[0].headers["Authorization"] == "KakaoAK test-key"
    assert len(stub.requests) == 1  # the second answer came from GeocodeCache
    assert GeocodeCache.objects.filter(provider="kakao").count() == 1


def test_kakao_falls_back_to_address_search(settings):
    settings.PIND_GEOCODERS = ["kakao"]
    settings.KAKAO_REST_API_KEY = "k"
    routes = {
        ("GET", "/v2/local/search/keyword.json"): (200, {"documents": [], "meta": {}}),
        ("GET", "/v2/local/search/address.json"): (200, canned("kakao_address.json")),
    }
    with StubServer(routes) as stub:
        settings.KAKAO_BASE_URL = stub.url
        (place,) = geocode_places(
            [cand("대림창고", address_hint="서울 성동구 성수이로 78")], texts=TEXTS
        )
    assert (place.lat, place.lng) == (37.5418, 127.0567)
    assert place.road_address == "서울 성동구 성수이로 78"


def test_errors_fall_through_to_the_next_provider(settings):
    settings.PIND_GEOCODERS = ["kakao", "google"]
    settings.KAKAO_REST_API_KEY = "k"
    settings.GOOGLE_MAPS_API_KEY = "g"
    routes = {
        ("GET", "/v2/local/search/keyword.json"): (500, {"msg": "boom"}),
        ("GET", "/maps/api/place/textsearch/json"): (200, canned("google_textsearch.json")),
    }
    with StubServer(routes) as stub:
        settings.KAKAO_BASE_URL = stub.url
        settings.GOOGLE_MAPS_BASE_URL = stub.url
        (place,) = geocode_places(
            [cand("Senso-ji", aliases=("센소지",), region_hint="Tokyo")], texts=TEXTS
        )
    assert place.provider == "google"
    assert place.provider_place_id == "ChIJ8T1GpMGOGGARDYGSgpooDWw"
    assert not GeocodeCache.objects.filter(provider="kakao").exists()


def test_missing_keys_skip_online_providers(settings):
    settings.PIND_GEOCODERS = ["kakao", "google", "gazetteer"]
    settings.KAKAO_REST_API_KEY = ""
    settings.GOOGLE_MAPS_API_KEY = ""
    (place,) = geocode_places([cand("어느 카페", region_hint="Seoul")], texts=TEXTS)
    assert place.provider == "gazetteer" and place.approximate


def test_nominatim_through_geopy(settings):
    settings.PIND_GEOCODERS = ["nominatim"]
    routes = {("GET", "/search"): (200, canned("nominatim_search.json"))}
    with StubServer(routes) as stub:
        settings.NOMINATIM_DOMAIN = stub.url.removeprefix("http://")
        settings.NOMINATIM_SCHEME = "http"
        (place,) = geocode_places([cand("성산일출봉", region_hint="Jeju")], texts=TEXTS)
    assert (place.lat, place.lng, place.provider_place_id) == (33.4581, 126.9425, "way/27093489")
    assert stub.requests[0].headers["User-Agent"] == settings.PIND_USER_AGENT
