"""Throttles key on the client address, which X-Forwarded-For cannot forge (#11.1)."""

import pytest
from django.test import RequestFactory

from accounts.throttles import client_ip

pytestmark = pytest.mark.django_db

LOGIN = "/auth/login"


def wrong(i: int) -> dict:
    # A new account each time: this is the per-address rate, not the per-account lockout.
    return {"username": f"nobody{i}@example.com", "password": "wrong-pass-1"}


def test_drf_is_given_zero_proxies_not_none(settings):
    # None makes DRF key rates on the raw X-Forwarded-For header.
    assert settings.NUM_PROXIES == 0
    assert settings.REST_FRAMEWORK["NUM_PROXIES"] == 0


def test_without_proxies_the_client_is_remote_addr_whatever_the_header_says(api_client):
    answers = [
        api_client.post(LOGIN, wrong(i), HTTP_X_FORWARDED_FOR=f"203.0.113.{i}").status_code
        for i in range(11)
    ]
    assert answers[:10] == [401] * 10
    assert answers[10] == 429


def test_guest_submits_cannot_dodge_their_limit_with_the_header(api_client, settings):
    settings.PIND_PROCESS_WAIT_SECONDS = 0
    url = "/api/v1/youtube/process"
    answers = [
        api_client.post(
            url, {"url": "not a video"}, format="json", HTTP_X_FORWARDED_FOR=f"198.51.100.{i}"
        ).status_code
        for i in range(6)
    ]
    assert 429 not in answers[:5], answers
    assert answers[5] == 429, answers


def test_behind_two_proxies_the_client_is_the_second_address_from_the_right(api_client, settings):
    settings.NUM_PROXIES = 2
    proxy1, proxy2 = "10.0.0.1", "10.0.0.2"
    # What the client writes itself (left) changes every time: it must not matter.
    answers = [
        api_client.post(
            LOGIN,
            wrong(i),
            HTTP_X_FORWARDED_FOR=f"192.0.2.{i}, 203.0.113.7, {proxy1}",
            REMOTE_ADDR=proxy2,
        ).status_code
        for i in range(11)
    ]
    assert answers[10] == 429
    # Another client behind the same proxies has its own allowance.
    other = api_client.post(
        LOGIN, wrong(99), HTTP_X_FORWARDED_FOR=f"203.0.113.8, {proxy1}", REMOTE_ADDR=proxy2
    )
    assert other.status_code == 401


@pytest.mark.parametrize(
    ("proxies", "header", "expected"),
    [
        (0, "1.1.1.1, 2.2.2.2", "127.0.0.9"),
        (1, "1.1.1.1, 2.2.2.2", "2.2.2.2"),
        (2, "1.1.1.1, 2.2.2.2", "1.1.1.1"),
        (3, "1.1.1.1, 2.2.2.2", "1.1.1.1"),
        (1, "", "127.0.0.9"),
    ],
)
def test_client_ip_counts_proxies_from_the_right(settings, proxies, header, expected):
    settings.NUM_PROXIES = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.9", HTTP_X_FORWARDED_FOR=header)
    assert client_ip(request) == expected
