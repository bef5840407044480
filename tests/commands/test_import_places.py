import json

import pytest
from django.core.management import CommandError, call_command

from places.models import Place
from tests.pages.factories import make_place

pytestmark = pytest.mark.django_db

CSV = """name,aliases,category,address,lat,lng,region
어니언 성수,어니언|Onion Seongsu,cafe,서울 성동구 아차산로9길 8,37.5447,127.0586,서울
Tsukiji Outer Market,築地場外市場;Tsukiji,market,,35.6655,139.7707,Tokyo
Some Bar,,bar,,,,Busan
"""


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("import_places", *args, stdout=out)
    return out.getvalue()


def test_csv_import_creates_verified_places_with_aliases_and_is_idempotent(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text(CSV, encoding="utf-8")
    assert "3 created, 0 updated, 0 unchanged" in run(str(path))
    onion = Place.objects.get(name="어니언 성수")
    assert onion.verified and (onion.lat, onion.lng) == (37.5447, 127.0586)
    assert onion.category == "cafe" and onion.region == "서울"
    assert set(onion.aliases.values_list("name", flat=True)) == {"어니언", "Onion Seongsu"}
    tsukiji = Place.objects.get(name="Tsukiji Outer Market")
    assert set(tsukiji.aliases.values_list("name", flat=True)) == {"築地場外市場", "Tsukiji"}
    assert Place.objects.get(name="Some Bar").lat is None

    assert "0 created, 0 updated, 3 unchanged" in run(str(path))
    assert Place.objects.count() == 3


def test_import_updates_the_place_it_already_knows(tmp_path):
    found = make_place("Onion Seongsu", lat=37.5448, lng=127.0587, category="")
    path = tmp_path / "places.csv"
    path.write_text(CSV, encoding="utf-8")
    assert "2 created, 1 updated" in run(str(path))
    found.refresh_from_db()
    assert found.verified and found.category == "cafe" and found.lat == 37.5447
    assert "어니언 성수" in found.aliases.values_list("name", flat=True)


def test_geojson_import_reads_points_longitude_first(tmp_path):
    path = tmp_path / "places.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [129.1604, 35.1587]},
                        "properties": {
                            "name": "해운대해수욕장",
                            "aliases": ["Haeundae Beach"],
                            "category": "beach",
                        },
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    assert "1 created" in run(str(path))
    beach = Place.objects.get()
    assert (beach.lat, beach.lng) == (35.1587, 129.1604)
    assert list(beach.aliases.values_list("name", flat=True)) == ["Haeundae Beach"]
    assert "1 unchanged" in run(str(path))


def test_export_from_my_map_imports_back_unchanged(tmp_path, client, user):
    from tests.pages.factories import make_video, mention, watched

    video = make_video()
    mention(make_place("Cafe", lat=1.5, lng=2.5, verified=True, category="cafe"), video)
    watched(user, video)
    client.force_login(user)
    path = tmp_path / "mine.geojson"
    path.write_bytes(client.get("/map/places.geojson").content)
    assert "0 created, 0 updated, 1 unchanged" in run(str(path))


def test_a_bad_row_imports_nothing_and_says_where(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,lat,lng\nGood,1,2\n,1,2\nFar,91,2\nHalf,1,\n", encoding="utf-8")
    with pytest.raises(CommandError) as err:
        run(str(path))
    message = str(err.value)
    assert "line 3: name is empty" in message
    assert "line 4: lat is out of range" in message
    assert "line 5: give both lat and lng" in message
    assert not Place.objects.exists()


def test_missing_file_and_headerless_csv_are_clear_errors(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run(str(tmp_path / "nope.csv"))
    path = tmp_path / "x.csv"
    path.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(CommandError, match="`name` column"):
        run(str(path))
