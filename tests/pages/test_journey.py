"""The whole trip in a real browser: log in, submit a dev bundle's URL, watch the job,
read the places on the video page and its map, open my map. Local source, no network."""

import re
import threading

import pytest

from jobs.models import Job
from jobs.services import job_execute

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BUNDLE = "sEoNgSu01aA"  # tests/data/eval/dev: 어니언 성수, 대림창고, 서울숲
EXPECTED = ("어니언 성수", "대림창고", "서울숲")


@pytest.fixture
def local_source(settings):
    settings.PIND_SOURCE = "local"
    settings.PIND_OCR = "none"  # on-screen text has its own tests; this one is about the pages
    return settings


def run_in_worker(job_id) -> threading.Thread:
    """What a qcluster worker does with the job, in a thread beside the live server."""
    from django.db import connection

    def work():
        try:
            job_execute(str(job_id))
        finally:
            connection.close()

    worker = threading.Thread(target=work, name="test-worker", daemon=True)
    worker.start()
    return worker


def test_sign_in_submit_watch_progress_and_browse_the_places_on_maps(
    page, user, log_in, screenshot, local_source, monkeypatch
):
    # The queue is not under test here: the job is run by the test's own "worker" below.
    monkeypatch.setattr("jobs.services.async_task", lambda *a, **k: None)
    seen: list[dict] = []
    page.on(
        "response",
        lambda r: seen.append(r.json()) if r.url.endswith("/progress.json") and r.ok else None,
    )

    log_in(page, user)
    page.get_by_role("link", name="Submit", exact=True).click()
    page.get_by_label("YouTube URL").fill(f"https://www.youtube.com/watch?v={BUNDLE}&t=42s")
    screenshot(page, "submit")
    page.get_by_role("button", name="Find places").click()
    page.wait_for_url(re.compile(r"/jobs/[0-9a-f-]{36}/$"))
    job = Job.objects.get(video__youtube_id=BUNDLE)
    assert page.locator("#job").get_attribute("data-status") == "PENDING"
    screenshot(page, "progress")

    worker = run_in_worker(job.pk)
    page.wait_for_url(f"**/videos/{BUNDLE}/", timeout=90_000)
    worker.join(timeout=30)
    job.refresh_from_db()
    assert job.status == Job.Status.SUCCESS, job.error_message
    statuses = [s["status"] for s in seen]
    assert statuses[-1] == "SUCCESS" and seen[-1]["progress"] == 100
    assert all(0 <= s["progress"] <= 100 for s in seen)

    # The video page: places in video order with moments, a pin per place on the map.
    page.wait_for_selector(".leaflet-marker-icon")
    names = page.locator(".place h3").all_inner_texts()
    for name in EXPECTED:
        assert name in names
    assert names.index("어니언 성수") < names.index("대림창고") < names.index("서울숲")
    moment = page.locator(".place", has_text="대림창고").get_by_role("link", name=re.compile("▶"))
    assert "&t=22s" in moment.first.get_attribute("href")
    pins = page.locator("#map").get_attribute("data-markers")
    assert int(pins) == page.locator(".leaflet-marker-icon").count() >= len(EXPECTED)
    page.locator(".leaflet-marker-icon[title='서울숲']").click(force=True)
    popup = page.locator(".leaflet-popup-content")
    assert "서울숲" in popup.inner_text()
    page.wait_for_timeout(300)  # the popup fades in
    screenshot(page, "video")
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "video-phone")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("link", name="History", exact=True).click()
    page.wait_for_url("**/history/")  # a locator's count() does not wait for the new page
    assert page.locator(".video-item").count() == 1
    screenshot(page, "history")

    page.get_by_role("link", name="My map", exact=True).click()
    page.wait_for_url("**/map/")  # the video page has markers too
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".leaflet-marker-icon").count() >= len(EXPECTED)
    with page.expect_download() as download:
        page.get_by_role("link", name="GeoJSON").click()
    assert download.value.suggested_filename == "pind-places.geojson"
    screenshot(page, "my-map")
    assert page.js_errors == []


def test_a_curator_sees_the_place_on_a_map_in_the_admin(
    page, django_user_model, password, log_in, screenshot
):
    from tests.pages.factories import make_place

    curator = django_user_model.objects.create_superuser(
        email="carol@example.com", password=password
    )
    place = make_place("서울숲", aliases=["Seoul Forest"], lat=37.5444, lng=127.0374)
    log_in(page, curator)
    page.goto(f"/admin/places/place/{place.pk}/change/")
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".leaflet-marker-icon").count() == 1
    screenshot(page, "admin-place")
    assert page.js_errors == []


def test_cancel_a_queued_job_then_try_it_again_from_the_progress_page(
    page, user, log_in, screenshot, local_source, monkeypatch
):
    queued: list = []
    monkeypatch.setattr("jobs.services.async_task", lambda *a, **k: queued.append(a))
    log_in(page, user)
    page.get_by_role("link", name="Submit", exact=True).click()
    page.get_by_label("YouTube URL").fill(f"https://youtu.be/{BUNDLE}")
    page.get_by_role("button", name="Find places").click()
    page.wait_for_url(re.compile(r"/jobs/[0-9a-f-]{36}/$"))
    assert page.get_by_role("button", name="Try again").is_hidden()

    page.get_by_role("button", name="Cancel").click()
    page.wait_for_selector("#job[data-status=REVOKED]")
    assert page.get_by_text("The job is cancelled.").is_visible()
    assert page.get_by_role("button", name="Cancel").is_hidden()
    screenshot(page, "progress-cancelled")
    job = Job.objects.get(video__youtube_id=BUNDLE)
    assert job.status == Job.Status.REVOKED

    page.get_by_role("button", name="Try again").click()
    page.wait_for_selector("#job[data-status=PENDING]")
    assert page.get_by_role("button", name="Cancel").is_visible()
    job.refresh_from_db()
    assert job.status == Job.Status.PENDING and len(queued) == 2
    assert page.js_errors == []
