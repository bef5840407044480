"""The submit form and the progress page in a real browser."""

import pytest

from jobs.models import Job
from tests.pages.factories import make_video
from videos.models import Video

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _box(page, selector: str) -> dict:
    return page.locator(selector).bounding_box()


def _middle(box: dict) -> float:
    return box["y"] + box["height"] / 2


def test_a_bad_link_is_explained_under_the_field_and_the_form_keeps_its_shape(
    page, user, log_in, screenshot
):
    log_in(page, user)
    page.goto("/")
    field_before = _box(page, "#id_url")
    page.get_by_label("YouTube URL").fill("https://vimeo.com/12345")
    page.get_by_role("button", name="Find places").click()
    page.wait_for_selector(".errorlist")
    screenshot(page, "submit-bad-url")

    assert "not a link to one YouTube video" in page.inner_text(".errorlist")
    label, field = _box(page, "label[for=id_url]"), _box(page, "#id_url")
    error, button = _box(page, ".errorlist"), _box(page, "form.card button")
    # Label over the field, the button beside it on the same line, the message under both.
    assert label["y"] + label["height"] <= field["y"]
    assert abs(_middle(button) - _middle(field)) < 4
    assert button["x"] >= field["x"] + field["width"]
    assert error["y"] >= field["y"] + field["height"]
    assert error["x"] == pytest.approx(field["x"], abs=2)
    # The field is where, and as wide as, it was before the message.
    assert (field["x"], field["width"]) == pytest.approx(
        (field_before["x"], field_before["width"]), abs=2
    )
    assert page.input_value("#id_url") == "https://vimeo.com/12345"
    assert "{#" not in page.inner_text("form.card")
    assert page.js_errors == []


def test_the_progress_page_takes_up_the_title_once_it_is_known(page, user, log_in):
    job = Job.objects.create(owner=user, video=make_video("ccccccccccc", title=""))
    log_in(page, user)
    page.goto(f"/jobs/{job.pk}/")
    assert page.inner_text("#job-title") == "ccccccccccc"

    Video.objects.filter(pk=job.video.pk).update(title="전주 한옥마을 먹방")
    page.wait_for_function(
        "document.getElementById('job-title').textContent === '전주 한옥마을 먹방'"
    )
    assert page.title() == "Processing 전주 한옥마을 먹방 · pind"
    assert page.js_errors == []
