"""The sentences the seed's clients match on (#10.4)."""

import pytest

pytestmark = pytest.mark.django_db

ME = "/api/v1/auth/me"


def test_missing_token_says_could_not_validate_credentials(api_client):
    resp = api_client.get(ME)
    assert resp.status_code == 401
    assert resp.json()["detail"] == "Could not validate credentials"
    assert resp.json()["code"] == "not_authenticated"


@pytest.mark.parametrize("header", ["Bearer not.a.jwt", "Bearer ", "Bearer a b"])
def test_bad_token_says_the_same_with_its_own_code(api_client, header):
    api_client.credentials(HTTP_AUTHORIZATION=header)
    resp = api_client.get(ME)
    assert resp.status_code == 401
    assert resp.json()["detail"] == "Could not validate credentials"
    assert resp.json()["code"] != "not_authenticated"


def test_a_bad_token_on_a_job_list_reads_the_same(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Bearer nope")
    resp = api_client.get("/api/v1/jobs")
    assert resp.status_code == 401
    assert resp.json() == {
        "detail": "Could not validate credentials",
        "message": "Could not validate credentials",
        "code": "token_not_valid",
    }


def test_duplicate_registration_says_email_already_registered(api_client, user):
    resp = api_client.post(
        "/auth/register", {"email": "ALICE@example.com", "password": "a-Long-pass-42"}, "json"
    )
    assert resp.status_code == 400
    assert resp.json()["detail"] == "Email already registered"
    assert resp.json()["fields"]["email"] == ["Email already registered"]


def test_wrong_password_keeps_its_own_sentence(api_client, user):
    resp = api_client.post("/auth/login", {"email": user.email, "password": "nope-nope-1"})
    assert resp.json()["detail"] == "Incorrect email or password"
