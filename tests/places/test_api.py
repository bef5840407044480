import json

import pytest

from places.models import Mention, Place
from places.services import video_places_replace
from places.types import Evidence, ResolvedPlace
from videos.models import Video, WatchHistory

pytestmark = pytest.mark.django_db


def _save(video, *places):
    video_places_replace(video=video, places=list(places))


def _rp(name, lat, lng, category="cafe", pid="", start=5.0):
    return ResolvedPlace(
        name=name,
        category=category,
        address=f"{name} address",
        lat=lat,
        lng=lng,
        provider="kakao" if pid else "",
        provider_place_id=pid,
        confidence=0.9,
        mentions=(Evidence("transcript", f"we are at {name}", start, start + 3),),
    )


@pytest.fixture
def seeded(user):
    a = Video.objects.create(youtube_id="aaaaaaaaaaa", title="A")
    b = Video.objects.create(youtube_id="bbbbbbbbbbb", title="B")
    _save(
        a,
        _rp("Onion Cafe", 37.5447, 127.0586, pid="1"),
        _rp("Seoul Forest", 37.5444, 127.0374, "sight"),
    )
    _save(
        b,
        _rp("Onion Cafe", 37.5447, 127.0586, pid="1", start=42.0),
        _rp("Jagalchi Market", 35.0966, 129.0306, "market"),
    )
    WatchHistory.objects.create(user=user, video=a)
    WatchHistory.objects.create(user=user, video=b)
    return a, b


def test_places_need_authentication(api_client):
    resp = api_client.get("/api/v1/places")
    assert resp.status_code == 401
    assert resp["WWW-Authenticate"].startswith("Bearer")


def test_search_by_text_category_near_and_bbox(auth_client, seeded):
    names = lambda r: [p["name"] for p in r.json()["results"]]  # noqa: E731
    assert names(auth_client.get("/api/v1/places?q=onion")) == ["Onion Cafe"]
    assert names(auth_client.get("/api/v1/places?category=market")) == ["Jagalchi Market"]
    near = auth_client.get("/api/v1/places?near=37.5447,127.0586&radius=2500")
    assert names(near) == ["Onion Cafe", "Seoul Forest"]
    box = auth_client.get("/api/v1/places?bbox=128,34,130,36")
    assert names(box) == ["Jagalchi Market"]
    first = near.json()["results"][0]
    assert list(first)[:3] == ["name", "lat", "lng"]
    assert {m["start_s"] for m in first["mentions"]} == {5.0, 42.0}


@pytest.mark.parametrize(
    "query",
    [
        "near=abc",
        "near=91,0",
        "near=1,2,3",
        "near=nan,1",
        "near=1e1,2",
        "near=1,1&radius=-5",
        "bbox=1,2,3",
        "bbox=0,95,1,96",
        "page=999",
        "format=xml",
    ],
)
def test_bad_parameters_are_400_or_404_json_never_500(auth_client, seeded, query):
    resp = auth_client.get(f"/api/v1/places?{query}")
    assert resp.status_code in (400, 404)
    assert resp["Content-Type"].startswith("application/json")
    assert resp.json()["detail"]


def test_bbox_latitudes_in_either_order_and_across_the_antimeridian(auth_client, seeded):
    names = lambda r: [p["name"] for p in r.json()["results"]]  # noqa: E731
    assert names(auth_client.get("/api/v1/places?bbox=128,36,130,34")) == ["Jagalchi Market"]
    assert names(auth_client.get("/api/v1/places?bbox=179,-10,-179,10")) == []
    Place.objects.create(name="Taveuni", lat=-16.8, lng=179.9)
    Place.objects.create(name="Samoa", lat=-13.8, lng=-171.8)
    assert names(auth_client.get("/api/v1/places?bbox=179,-20,-170,-10")) == ["Samoa", "Taveuni"]


def test_radius_without_near_is_ignored(auth_client, seeded):
    resp = auth_client.get("/api/v1/places?radius=100")
    assert resp.status_code == 200 and resp.json()["count"] == 3


def test_detail_lists_every_video_and_moment(auth_client, seeded):
    place = Place.objects.get(name="Onion Cafe")
    body = auth_client.get(f"/api/v1/places/{place.pk}").json()
    assert [v["video_id"] for v in body["videos"]] == ["aaaaaaaaaaa", "bbbbbbbbbbb"]
    assert body["videos"][1]["mentions"][0]["url"].endswith("v=bbbbbbbbbbb&t=42s")
    assert auth_client.get("/api/v1/places/999999").status_code == 404


def test_my_map_is_deduplicated_and_only_mine(auth_client, other_client, seeded):
    body = auth_client.get("/api/v1/users/places").json()
    assert sorted(p["name"] for p in body) == ["Jagalchi Market", "Onion Cafe", "Seoul Forest"]
    onion = next(p for p in body if p["name"] == "Onion Cafe")
    assert onion["videos"] == ["aaaaaaaaaaa", "bbbbbbbbbbb"]
    assert other_client.get("/api/v1/users/places").json() == []


def test_geojson_export_is_an_rfc7946_feature_collection(auth_client, seeded):
    resp = auth_client.get("/api/v1/users/places?format=geojson")
    assert resp.status_code == 200
    assert resp["Content-Type"].startswith("application/geo+json")
    doc = json.loads(resp.content)
    assert doc["type"] == "FeatureCollection"
    feature = next(f for f in doc["features"] if f["properties"]["name"] == "Seoul Forest")
    assert feature["geometry"] == {"type": "Point", "coordinates": [127.0374, 37.5444]}


@pytest.mark.parametrize("fmt", ["geojson", "kml", "gpx"])
def test_an_explicit_format_wins_over_the_accept_header(auth_client, seeded, fmt):
    resp = auth_client.get(f"/api/v1/users/places?format={fmt}", HTTP_ACCEPT="application/json")
    assert resp.status_code == 200
    assert fmt.replace("geojson", "geo+json") in resp["Content-Type"]
    unknown = auth_client.get("/api/v1/places?format=xml", HTTP_ACCEPT="application/json")
    assert unknown.status_code == 404 and unknown.json()["code"] == "not_found"


def test_kml_and_gpx_downloads(auth_client, seeded):
    kml = auth_client.get("/api/v1/places?format=kml")
    assert kml.status_code == 200
    assert "attachment" in kml["Content-Disposition"]
    assert b"<coordinates>127.0374,37.5444</coordinates>" in kml.content
    gpx = auth_client.get("/api/v1/users/places?format=gpx")
    assert b'<wpt lat="35.0966" lon="129.0306"><name>Jagalchi Market</name>' in gpx.content


def test_export_errors_are_json(auth_client, seeded):
    resp = auth_client.get("/api/v1/places?format=kml&near=x")
    assert resp.status_code == 400
    assert resp.json()["code"] == "invalid"
    assert Mention.objects.count() == 4
