import json
import xml.etree.ElementTree as ET

import pytest

from jobs.models import Job
from tests.pages.factories import make_place, make_video, mention, watched

pytestmark = pytest.mark.django_db


@pytest.fixture
def seoul_trip(user):
    video = make_video("aaaaaaaaaaa", title="Seoul food walk", channel="Eats")
    market = make_place(
        "Gwangjang Market", category="market", address="88 Changgyeonggung-ro", lat=37.57, lng=127.0
    )
    cafe = make_place("Cafe Onion", category="cafe", lat=37.54, lng=127.05)
    city = make_place("Busan", category="city", lat=35.1, lng=129.0, approximate=True)
    nowhere = make_place("Mystery Bar", category="bar")
    mention(cafe, video, rank=1, start_s=300.5, text="then Cafe Onion for coffee")
    mention(market, video, rank=0, start_s=65, text="we start at Gwangjang Market")
    mention(market, video, rank=0, source="description", start_s=None, text="📍 Gwangjang Market")
    mention(city, video, rank=2, start_s=600)
    mention(nowhere, video, rank=3, start_s=700)
    watched(user, video)
    return video


def test_history_lists_my_videos_newest_first_with_place_counts(client, user, other_user):
    old = make_video(title="Old trip")
    new = make_video(title="New trip")
    theirs = make_video(title="Bob's trip")
    watched(user, old)
    watched(user, new)
    watched(other_user, theirs)
    mention(make_place("A"), new)
    mention(make_place("B"), new, rank=1)
    client.force_login(user)
    html = client.get("/history/").content.decode()
    assert html.index("New trip") < html.index("Old trip")
    assert "Bob&#x27;s trip" not in html and "Bob's trip" not in html
    assert "2 places" in html and "0 places" in html


def test_history_pages_by_twenty_with_a_constant_number_of_queries(
    client, user, django_assert_max_num_queries
):
    for i in range(25):
        watched(user, make_video(title=f"Trip {i:02d}"))
    client.force_login(user)
    with django_assert_max_num_queries(8):
        first = client.get("/history/")
    assert first.content.decode().count('class="video-item"') == 20
    assert "Page 1 of 2" in first.content.decode()
    second = client.get("/history/?page=2").content.decode()
    assert second.count('class="video-item"') == 5


def test_video_page_lists_places_in_video_order_with_moments_and_pins(client, seoul_trip):
    response = client.get("/videos/aaaaaaaaaaa/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Gwangjang Market") < html.index("Cafe Onion") < html.index("Busan")
    assert "https://www.youtube.com/watch?v=aaaaaaaaaaa&amp;t=65s" in html
    assert "https://www.youtube.com/watch?v=aaaaaaaaaaa&amp;t=300s" in html
    assert "we start at Gwangjang Market" in html
    assert "approximate pin" in html and "no pin" in html
    assert 'id="approx-note"' in html
    pins = json.loads(html.split('id="map-pins" type="application/json">')[1].split("</script>")[0])
    assert [p["name"] for p in pins] == ["Gwangjang Market", "Cafe Onion", "Busan"]
    assert pins[2]["approximate"] is True
    assert pins[0]["link"].endswith("&t=65s")


def test_video_page_escapes_text_from_videos(client):
    video = make_video("bbbbbbbbbbb", title="<script>alert(1)</script>")
    mention(make_place("</script><b>x</b>", lat=1.0, lng=2.0), video, text="<img src=x>")
    html = client.get("/videos/bbbbbbbbbbb/").content.decode()
    assert "<script>alert(1)" not in html
    assert "<img src=x>" not in html
    assert "</script><b>" not in html


def test_unknown_video_page_is_404(client):
    assert client.get("/videos/zzzzzzzzzzz/").status_code == 404


def test_my_map_shows_each_of_my_places_once_and_filters_by_category(client, user, seoul_trip):
    again = make_video("ccccccccccc", title="Second visit")
    mention(seoul_trip.mentions.first().place, again)
    watched(user, again)
    client.force_login(user)
    html = client.get("/map/").content.decode()
    pins = json.loads(html.split('id="map-pins" type="application/json">')[1].split("</script>")[0])
    assert sorted(p["name"] for p in pins) == ["Busan", "Cafe Onion", "Gwangjang Market"]
    assert '<option value="cafe">' in html
    only_cafes = client.get("/map/?category=cafe").content.decode()
    pins = json.loads(
        only_cafes.split('id="map-pins" type="application/json">')[1].split("</script>")[0]
    )
    assert [p["name"] for p in pins] == ["Cafe Onion"]
    assert pins[0]["link"] == "/videos/aaaaaaaaaaa/"
    assert "/map/places.gpx?category=cafe" in only_cafes


def test_my_map_leaves_out_places_only_others_watched(client, user, other_user):
    theirs = make_video()
    mention(make_place("Bob's Bakery", lat=1.0, lng=1.0), theirs)
    watched(other_user, theirs)
    client.force_login(user)
    html = client.get("/map/").content.decode()
    # Look for the place's name, not "Bob": a random CSRF token can contain three letters.
    assert "Bob&#x27;s Bakery" not in html and "Bob's Bakery" not in html
    assert 'aria-label="Map of 0 places"' in html
    assert client.get("/map/places.geojson").json()["features"] == []


def test_geojson_download_is_rfc7946_with_longitude_first(client, user, seoul_trip):
    client.force_login(user)
    response = client.get("/map/places.geojson")
    assert response["Content-Type"] == "application/geo+json"
    assert 'filename="pind-places.geojson"' in response["Content-Disposition"]
    data = response.json()
    assert data["type"] == "FeatureCollection"
    by_name = {f["properties"]["name"]: f for f in data["features"]}
    assert set(by_name) == {"Gwangjang Market", "Cafe Onion", "Busan", "Mystery Bar"}
    assert by_name["Mystery Bar"]["geometry"] is None  # RFC 7946 allows an unlocated feature
    assert by_name["Gwangjang Market"]["geometry"] == {
        "type": "Point",
        "coordinates": [127.0, 37.57],
    }
    assert by_name["Busan"]["properties"]["approximate"] is True


def test_kml_and_gpx_downloads_parse_and_carry_every_pin(client, user, seoul_trip):
    client.force_login(user)
    kml = client.get("/map/places.kml?category=market")
    assert kml["Content-Type"].startswith("application/vnd.google-earth.kml+xml")
    root = ET.fromstring(kml.content)
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = root.findall(".//k:Placemark", ns)
    assert [m.find("k:name", ns).text for m in marks] == ["Gwangjang Market"]
    assert marks[0].find(".//k:coordinates", ns).text == "127.0,37.57"
    gpx = client.get("/map/places.gpx")
    root = ET.fromstring(gpx.content)
    ns = {"g": "http://www.topografix.com/GPX/1/1"}
    points = root.findall("g:wpt", ns)
    assert {(p.get("lat"), p.get("lon")) for p in points} == {
        ("37.57", "127.0"),
        ("37.54", "127.05"),
        ("35.1", "129.0"),
    }


def test_unknown_download_format_is_404(client, user):
    client.force_login(user)
    assert client.get("/map/places.csv").status_code == 404


def test_home_shows_the_submit_form_to_a_signed_in_person(client, user):
    assert "Log in" in client.get("/").content.decode()
    client.force_login(user)
    assert 'name="url"' in client.get("/").content.decode()


def test_submit_refuses_what_is_not_a_youtube_video(client, user):
    client.force_login(user)
    response = client.post("/submit/", {"url": "https://youtube.com.evil.com/watch?v=aaaaaaaaaaa"})
    assert response.status_code == 400
    assert "not a link to one YouTube video" in response.content.decode()
    assert not Job.objects.exists()


def test_submit_queues_a_job_and_opens_its_progress_page(
    client, user, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr("jobs.services.async_task", lambda *a, **k: queued.append(a))
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/submit/", {"url": "https://youtu.be/sEoNgSu01aA?si=x"})
    job = Job.objects.get()
    assert response["Location"] == f"/jobs/{job.pk}/"
    assert job.owner == user and job.video.youtube_id == "sEoNgSu01aA"
    assert queued and queued[0][1] == str(job.pk)
    page = client.get(response["Location"]).content.decode()
    assert f"/jobs/{job.pk}/progress.json" in page
    state = client.get(f"/jobs/{job.pk}/progress.json").json()
    assert state["status"] == "PENDING"
    assert state["video_url"] == "/videos/sEoNgSu01aA/"


def test_submit_takes_a_bare_video_id_as_the_extract_command_does(
    client, user, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr("jobs.services.async_task", lambda *a, **k: None)
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/submit/", {"url": "  sEoNgSu01aA "})
    job = Job.objects.get()
    assert response["Location"] == f"/jobs/{job.pk}/"
    assert job.video.youtube_id == "sEoNgSu01aA"


@pytest.mark.parametrize(
    "text", ["sEoNgSu01a", "sEoNgSu01aAx", "sEoNgSu01a!", "watch?v=sEoNgSu01aA"]
)
def test_submit_refuses_what_is_almost_a_video_id(client, user, text):
    client.force_login(user)
    response = client.post("/submit/", {"url": text})
    assert response.status_code == 400
    assert "11-character video id" in response.content.decode()
    assert not Job.objects.exists()


def test_progress_page_names_the_video_by_its_title_once_known(client, user):
    untitled = Job.objects.create(owner=user, video=make_video("bbbbbbbbbbb", title=""))
    client.force_login(user)
    assert client.get(f"/jobs/{untitled.pk}/progress.json").json()["video_title"] == ""
    assert (
        '<h1 id="job-title">bbbbbbbbbbb</h1>'
        in client.get(f"/jobs/{untitled.pk}/").content.decode()
    )

    Job.objects.filter(pk=untitled.pk).update(status=Job.Status.SUCCESS)
    untitled.video.title = "Busan night market"
    untitled.video.save()
    assert client.get(f"/jobs/{untitled.pk}/progress.json").json()["video_title"] == (
        "Busan night market"
    )
    page = client.get(f"/jobs/{untitled.pk}/").content.decode()
    assert '<h1 id="job-title">Busan night market</h1>' in page
    assert "<title>Processing Busan night market · pind</title>" in page


def test_submit_of_a_processed_video_goes_straight_to_its_page(client, user, seoul_trip):
    client.force_login(user)
    response = client.post("/submit/", {"url": "https://www.youtube.com/watch?v=aaaaaaaaaaa"})
    assert response["Location"] == "/videos/aaaaaaaaaaa/"


def test_progress_reports_the_step_and_percent_of_a_running_job(client, user):
    job = Job.objects.create(owner=user, video=make_video(state="processing"))
    job.claim()
    job.report(run_id=job.run_id, step="reading_frames", progress=42)
    client.force_login(user)
    state = client.get(f"/jobs/{job.pk}/progress.json").json()
    assert state["status"] == "PROGRESS"
    assert state["progress"] == 42
    assert state["current_step"] == "reading_frames"
    assert state["step_label"] == "Reading text on screen"


def test_someone_elses_job_is_404_but_a_guest_job_is_readable_by_id(client, user, other_user):
    bobs = Job.objects.create(owner=other_user, video=make_video())
    guests = Job.objects.create(owner=None, video=make_video())
    client.force_login(user)
    assert client.get(f"/jobs/{bobs.pk}/").status_code == 404
    assert client.get(f"/jobs/{bobs.pk}/progress.json").status_code == 404
    assert client.get(f"/jobs/{guests.pk}/progress.json").status_code == 200


def test_cancel_from_the_progress_page_revokes_a_running_job(client, user):
    job = Job.objects.create(owner=user, video=make_video(state="processing"))
    job.claim()
    client.force_login(user)
    page = client.get(f"/jobs/{job.pk}/").content.decode()
    assert f'action="/jobs/{job.pk}/cancel/"' in page
    assert client.get(f"/jobs/{job.pk}/progress.json").json()["can_cancel"] is True
    response = client.post(f"/jobs/{job.pk}/cancel/", follow=True)
    job.refresh_from_db()
    assert job.status == "REVOKED"
    assert "The job is cancelled." in response.content.decode()
    state = client.get(f"/jobs/{job.pk}/progress.json").json()
    assert state["can_cancel"] is False and state["can_retry"] is True


def test_retry_from_the_progress_page_queues_a_failed_job_again(
    client, user, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr("jobs.services.async_task", lambda *a, **k: queued.append(a))
    job = Job.objects.create(owner=user, video=make_video(state="failed"))
    job.claim()
    job.fail(code="video_unavailable", message="Gone for now")
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/jobs/{job.pk}/retry/")
    assert response["Location"] == f"/jobs/{job.pk}/"
    job.refresh_from_db()
    assert job.status == "PENDING" and queued and queued[0][1] == str(job.pk)


def test_cancelling_a_finished_job_says_so_and_changes_nothing(client, user):
    job = Job.objects.create(owner=user, video=make_video())
    job.claim()
    job.fail(code="video_unavailable", message="Gone")
    client.force_login(user)
    response = client.post(f"/jobs/{job.pk}/cancel/", follow=True)
    assert "already finished" in response.content.decode()
    job.refresh_from_db()
    assert job.status == "FAILURE"


def test_cancel_and_retry_need_a_post_from_someone_who_may_read_the_job(client, user, other_user):
    bobs = Job.objects.create(owner=other_user, video=make_video())
    assert client.post(f"/jobs/{bobs.pk}/cancel/").status_code == 302  # to the login page
    client.force_login(user)
    assert client.post(f"/jobs/{bobs.pk}/cancel/").status_code == 404
    assert client.post(f"/jobs/{bobs.pk}/retry/").status_code == 404
    mine = Job.objects.create(owner=user, video=make_video())
    assert client.get(f"/jobs/{mine.pk}/cancel/").status_code == 405
    bobs.refresh_from_db()
    assert bobs.status == "PENDING"
