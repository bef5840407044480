import pytest
from django.contrib.admin.models import LogEntry

from places.curation import place_merge, place_regeocode
from places.models import Mention, Place, PlaceAlias
from places.types import ResolvedPlace
from tests.pages.factories import make_place, make_video, mention

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/places/place/"


def test_place_list_finds_a_place_by_alias_and_by_address(admin_client):
    make_place("광장시장", aliases=["Gwangjang Market"], address="서울 종로구 창경궁로 88")
    make_place("Other")
    by_alias = admin_client.get(CHANGELIST, {"q": "gwangjang"}).content.decode()
    assert "광장시장" in by_alias and "Other" not in by_alias
    by_address = admin_client.get(CHANGELIST, {"q": "창경궁로"}).content.decode()
    assert "광장시장" in by_address


def test_place_list_filters_by_verified_category_and_pin(admin_client):
    make_place("Checked", verified=True, category="cafe", lat=1.0, lng=1.0)
    make_place("Unchecked", category="market")
    html = admin_client.get(CHANGELIST, {"verified__exact": "1"}).content.decode()
    assert "Checked" in html and "Unchecked" not in html
    html = admin_client.get(CHANGELIST, {"category": "market"}).content.decode()
    assert "Unchecked" in html and ">Checked<" not in html
    html = admin_client.get(CHANGELIST, {"has_coordinates": "no"}).content.decode()
    assert "Unchecked" in html and ">Checked<" not in html


def test_place_page_has_a_map_preview_aliases_and_mentions_with_moments(admin_client):
    place = make_place("Cafe Onion", aliases=["어니언"], lat=37.54, lng=127.05)
    mention(place, make_video("ddddddddddd"), start_s=125.7)
    html = admin_client.get(f"{CHANGELIST}{place.pk}/change/").content.decode()
    assert 'data-map data-pins="map-pins"' in html
    assert 'data-lat-input="id_lat"' in html
    assert "vendor/leaflet/leaflet.js" in html
    assert "어니언" in html
    assert "https://www.youtube.com/watch?v=ddddddddddd&amp;t=125s" in html


def test_curator_corrects_coordinates_and_adds_an_alias_from_the_place_page(admin_client):
    place = make_place("Cafe Onion", lat=37.0, lng=127.0)
    url = f"{CHANGELIST}{place.pk}/change/"
    form = {
        "name": "Cafe Onion",
        "category": "cafe",
        "region": "서울",
        "verified": "on",
        "lat": "37.544",
        "lng": "127.056",
        "address": "",
        "road_address": "",
        "provider": "",
        "provider_place_id": "",
        "confidence": "0.5",
        "aliases-TOTAL_FORMS": "1",
        "aliases-INITIAL_FORMS": "0",
        "aliases-0-name": "어니언 성수",
        "mentions-TOTAL_FORMS": "0",
        "mentions-INITIAL_FORMS": "0",
    }
    response = admin_client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    place.refresh_from_db()
    assert (place.lat, place.lng, place.verified) == (37.544, 127.056, True)
    assert list(place.aliases.values_list("name", flat=True)) == ["어니언 성수"]


def test_merge_action_asks_which_place_to_keep_then_folds_the_others_in(admin_client):
    keep = make_place("Gwangjang Market", lat=37.57, lng=127.0, verified=True)
    dup = make_place("광장시장", aliases=["Kwangjang"], address="창경궁로 88", category="market")
    v1, v2 = make_video(), make_video()
    mention(keep, v1)
    mention(dup, v1, start_s=40)
    mention(dup, v2)
    ids = [str(keep.pk), str(dup.pk)]
    confirm = admin_client.post(CHANGELIST, {"action": "merge_places", "_selected_action": ids})
    assert confirm.status_code == 200
    assert "Choose the place to keep" in confirm.content.decode()
    assert Place.objects.count() == 2  # nothing happens before the curator confirms
    done = admin_client.post(
        CHANGELIST,
        {
            "action": "merge_places",
            "_selected_action": ids,
            "confirm": "yes",
            "target": str(keep.pk),
        },
    )
    assert done.status_code == 302
    assert list(Place.objects.all()) == [keep]
    keep.refresh_from_db()
    assert Mention.objects.filter(place=keep).count() == 3
    assert set(keep.aliases.values_list("name", flat=True)) == {"광장시장", "Kwangjang"}
    assert (keep.address, keep.category, keep.lat) == ("창경궁로 88", "market", 37.57)
    log = LogEntry.objects.filter(object_id=str(keep.pk)).latest("action_time")
    assert "Merged 광장시장" in log.get_change_message()


def test_merge_keeps_every_mention_but_drops_exact_duplicates():
    video = make_video()
    a = make_place("A")
    b = make_place("A branch", aliases=["A"])
    mention(a, video, start_s=10, text="same")
    mention(b, video, start_s=10, text="same")
    mention(b, video, start_s=20, text="other")
    result = place_merge(target=a, others=[b])
    assert result.mentions_moved == 1
    assert sorted(Mention.objects.values_list("start_s", flat=True)) == [10, 20]
    assert list(PlaceAlias.objects.values_list("name", flat=True)) == ["A branch"]


def test_merge_moves_a_provider_id_to_the_kept_place():
    a = make_place("A")
    b = make_place("A", provider="kakao", provider_place_id="123", lat=1.0, lng=2.0)
    place_merge(target=a, others=[b])
    a.refresh_from_db()
    assert (a.provider, a.provider_place_id, a.lat, a.lng) == ("kakao", "123", 1.0, 2.0)


def test_mark_verified_action(admin_client):
    a, b = make_place("A"), make_place("B")
    admin_client.post(CHANGELIST, {"action": "mark_verified", "_selected_action": [a.pk]})
    assert Place.objects.get(pk=a.pk).verified
    assert not Place.objects.get(pk=b.pk).verified


def test_regeocode_action_keeps_what_the_geocoder_finds_and_spares_verified(
    admin_client, monkeypatch
):
    def fake_chain(candidates, *, texts):
        return [
            ResolvedPlace(
                name=c.name, lat=35.0, lng=129.0, provider="stub", provider_place_id="p-" + c.name
            )
            for c in candidates
        ]

    monkeypatch.setattr("places.geocoding.geocode_places", fake_chain)
    lost = make_place("Lost")
    curated = make_place("Curated", verified=True, lat=1.0, lng=1.0)
    response = admin_client.post(
        CHANGELIST,
        {"action": "regeocode", "_selected_action": [lost.pk, curated.pk]},
        follow=True,
    )
    assert "1 updated" in response.content.decode()
    lost.refresh_from_db()
    curated.refresh_from_db()
    assert (lost.lat, lost.lng, lost.provider, lost.provider_place_id) == (
        35,
        129,
        "stub",
        "p-Lost",
    )
    assert (curated.lat, curated.lng) == (1.0, 1.0)


def test_regeocode_never_trades_a_real_pin_for_an_approximate_one(monkeypatch):
    monkeypatch.setattr(
        "places.geocoding.geocode_places",
        lambda cs, *, texts: [ResolvedPlace(name="x", lat=9.0, lng=9.0, approximate=True)],
    )
    place = make_place("Exact", lat=1.0, lng=2.0)
    result = place_regeocode(places=[place])
    assert result.unchanged == [place]
    place.refresh_from_db()
    assert (place.lat, place.lng) == (1.0, 2.0)


def test_non_staff_cannot_open_the_place_admin(client, user):
    client.force_login(user)
    assert client.get(CHANGELIST).status_code == 302
