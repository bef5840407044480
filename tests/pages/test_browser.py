"""Real Chromium against the live server. Screenshots land in tests/artifacts/."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_person_logs_in_from_the_login_page(page, user, log_in, screenshot):
    page.goto("/")
    page.get_by_role("link", name="Log in").first.click()
    screenshot(page, "login")
    log_in(page, user)
    assert page.get_by_role("heading", name="My videos").is_visible()
    assert page.get_by_role("button", name="Log out").is_visible()
    screenshot(page, "history-empty")
    assert page.js_errors == []


def test_the_layout_fits_a_phone(browser, live_server, offline_maps, screenshot):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 375, "height": 740}, is_mobile=True
    )
    phone = context.new_page()
    phone.goto("/register/")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    screenshot(phone, "register-phone")
    context.close()
    assert re.match(r"http://", live_server.url)
