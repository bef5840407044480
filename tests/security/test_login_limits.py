"""Every login surface — API, page, admin — is limited by one mechanism (django-axes,
per address and account, with a cool-off), and an attacker cannot lock a victim out (#11.2)."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.django_db

ATTACKER, VICTIM = "203.0.113.66", "198.51.100.7"


@pytest.fixture
def staff(django_user_model, password):
    return django_user_model.objects.create_user(
        email="carol@example.com", password=password, is_staff=True, is_superuser=True
    )


def api_login(ip, email, password):
    return Client(REMOTE_ADDR=ip).post("/auth/login", {"username": email, "password": password})


def page_login(ip, email, password, path="/login/"):
    return Client(REMOTE_ADDR=ip).post(path, {"username": email, "password": password})


def _cool_off_passes():
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(hours=1))
    cache.clear()  # and the per-minute address rate, which an hour also resets


def test_api_login_locks_the_address_and_account_after_five_failures(user, password, settings):
    answers = [api_login(ATTACKER, user.email, f"guess-{i}").status_code for i in range(5)]
    assert answers == [401, 401, 401, 401, 429]
    locked = api_login(ATTACKER, user.email, password)
    assert locked.status_code == 429
    body = locked.json()
    assert body["code"] == "locked_out"
    assert "Try again in 15 minutes" in body["detail"]
    assert int(locked["Retry-After"]) == 15 * 60


def test_the_victim_still_signs_in_from_their_own_address(user, password):
    for i in range(8):
        api_login(ATTACKER, user.email, f"guess-{i}")
    assert api_login(VICTIM, user.email, password).status_code == 200
    assert page_login(VICTIM, user.email, password).status_code == 302


def test_the_lockout_ends_after_the_cool_off_even_if_the_attacker_kept_trying(user, password):
    for i in range(5):
        api_login(ATTACKER, user.email, f"guess-{i}")
    # Fourteen of the fifteen minutes have passed; the attacker keeps trying meanwhile.
    locked_at = timezone.now() - timedelta(minutes=14)
    AccessAttempt.objects.update(attempt_time=locked_at)
    for i in range(4):
        assert api_login(ATTACKER, user.email, f"more-{i}").status_code == 429
    assert api_login(ATTACKER, user.email, password).status_code == 429
    # The tries during the lockout did not move its start...
    assert list(AccessAttempt.objects.values_list("attempt_time", flat=True)) == [locked_at]
    # ...so it ends fifteen minutes after it began.
    _cool_off_passes()
    assert api_login(ATTACKER, user.email, password).status_code == 200


def test_login_page_is_limited(user, password):
    answers = [page_login(ATTACKER, user.email, f"guess-{i}").status_code for i in range(5)]
    assert answers[:4] == [200] * 4  # the form again, with its error
    assert answers[4] == 429
    locked = page_login(ATTACKER, "ALICE@example.com", password)
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    assert "text/html" in locked["Content-Type"]


def test_admin_login_is_limited(staff, password):
    path = "/admin/login/"
    answers = [page_login(ATTACKER, staff.email, f"g-{i}", path).status_code for i in range(5)]
    assert answers[4] == 429
    assert page_login(ATTACKER, staff.email, password, path).status_code == 429
    assert page_login(VICTIM, staff.email, password, path).status_code == 302


def test_failures_on_one_surface_count_on_the_others(user, password):
    for i in range(3):
        api_login(ATTACKER, user.email, f"guess-{i}")
    page_login(ATTACKER, user.email, "guess-x")
    assert page_login(ATTACKER, user.email, "guess-y").status_code == 429
    assert api_login(ATTACKER, user.email, password).status_code == 429


def test_one_address_trying_many_accounts_meets_the_address_rate_on_pages():
    answers = [page_login(ATTACKER, f"user{i}@example.com", "guess").status_code for i in range(11)]
    assert answers[:10] == [200] * 10
    assert answers[10] == 429


def test_a_success_clears_the_failures(user, password):
    for i in range(4):
        api_login(ATTACKER, user.email, f"guess-{i}")
    assert api_login(ATTACKER, user.email, password).status_code == 200
    assert api_login(ATTACKER, user.email, "guess-again").status_code == 401


def test_sign_up_and_reset_pages_share_the_api_rates(mailoutbox):
    client = Client(REMOTE_ADDR=ATTACKER)
    resets = [
        client.post("/password-reset/", {"email": f"x{i}@example.com"}).status_code
        for i in range(6)
    ]
    assert resets[:5] == [302] * 5 and resets[5] == 429
    signups = [
        client.post(
            "/register/",
            {"email": f"new{i}@example.com", "password1": "pw", "password2": "pw"},
        ).status_code
        for i in range(6)
    ]
    assert 429 not in signups[:5] and signups[5] == 429
