import base64
import json
from datetime import timedelta

import pytest
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

pytestmark = pytest.mark.django_db

REGISTER = "/auth/register"
LOGIN = "/auth/login"


def test_register_creates_user_and_answers_in_the_seed_shape(api_client):
    resp = api_client.post(
        REGISTER, {"email": "New@Example.com", "password": "a-Long-pass-42"}, format="json"
    )
    assert resp.status_code == 201
    body = resp.json()
    assert body["message"] == "User created successfully"
    assert body["email"] == "new@example.com"
    assert isinstance(body["id"], int)


def test_register_is_also_served_under_api_v1(api_client):
    resp = api_client.post(
        "/api/v1/auth/register",
        {"email": "v1@example.com", "password": "a-Long-pass-42"},
        format="json",
    )
    assert resp.status_code == 201


@pytest.mark.parametrize("email", ["alice@example.com", "ALICE@example.COM", " alice@example.com "])
def test_register_refuses_duplicate_email_whatever_its_case(api_client, user, email):
    resp = api_client.post(REGISTER, {"email": email, "password": "a-Long-pass-42"}, format="json")
    assert resp.status_code == 400
    body = resp.json()
    assert body["detail"] == body["message"]
    assert body["code"] == "invalid"
    assert "email" in body["fields"]


@pytest.mark.parametrize("pw", ["short", "12345678901", "password123"])
def test_register_refuses_weak_password(api_client, pw):
    resp = api_client.post(REGISTER, {"email": "weak@example.com", "password": pw}, format="json")
    assert resp.status_code == 400
    assert "password" in resp.json()["fields"]


def test_login_with_json(api_client, user, password):
    resp = api_client.post(
        LOGIN, {"email": "alice@example.com", "password": password}, format="json"
    )
    assert resp.status_code == 200
    body = resp.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 15 * 60
    assert body["access_token"] and body["refresh_token"]


def test_login_with_urlencoded_form(client, user, password):
    resp = client.post(LOGIN, {"username": "Alice@Example.com", "password": password})
    assert resp.status_code == 200, resp.content
    assert resp.json()["token_type"] == "bearer"


def test_login_with_multipart_form(client, user, password):
    from django.test.client import MULTIPART_CONTENT

    resp = client.post(
        LOGIN,
        {"username": "alice@example.com", "password": password},
        content_type=MULTIPART_CONTENT,
    )
    assert resp.status_code == 200


def test_wrong_password_and_unknown_email_get_the_same_answer(api_client, user):
    wrong = api_client.post(LOGIN, {"username": "alice@example.com", "password": "nope-nope-1"})
    unknown = api_client.post(LOGIN, {"username": "nobody@example.com", "password": "nope-nope-1"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["detail"] == "Incorrect email or password"


def _login(api_client: APIClient, password: str) -> dict:
    return api_client.post(LOGIN, {"username": "alice@example.com", "password": password}).json()


@pytest.mark.parametrize("scheme", ["Bearer", "bearer"])
def test_me_accepts_either_case_of_bearer(api_client, user, password, scheme):
    token = _login(api_client, password)["access_token"]
    api_client.credentials(HTTP_AUTHORIZATION=f"{scheme} {token}")
    resp = api_client.get("/api/v1/auth/me")
    assert resp.status_code == 200
    assert resp.json()["email"] == "alice@example.com"


def test_me_without_token_is_401_with_www_authenticate(api_client):
    resp = api_client.get("/api/v1/auth/me")
    assert resp.status_code == 401
    assert resp["WWW-Authenticate"].startswith("Bearer")
    assert resp.json()["code"] == "not_authenticated"


def _b64(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


def test_alg_none_token_is_refused(api_client, user):
    real = AccessToken.for_user(user)
    forged = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(dict(real.payload))}."
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {forged}")
    resp = api_client.get("/api/v1/auth/me")
    assert resp.status_code == 401
    assert resp["WWW-Authenticate"].startswith("Bearer")


def test_expired_token_is_refused(api_client, user):
    token = AccessToken.for_user(user)
    token.set_exp(lifetime=-timedelta(seconds=5))
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert api_client.get("/api/v1/auth/me").status_code == 401


def test_refresh_rotates_and_the_old_refresh_token_is_refused(api_client, user, password):
    first = _login(api_client, password)
    resp = api_client.post(
        "/api/v1/auth/refresh", {"refresh_token": first["refresh_token"]}, format="json"
    )
    assert resp.status_code == 200
    assert resp.json()["refresh_token"] != first["refresh_token"]
    again = api_client.post(
        "/api/v1/auth/refresh", {"refresh_token": first["refresh_token"]}, format="json"
    )
    assert again.status_code == 401
    assert again.json()["code"] == "token_not_valid"


def test_logout_blacklists_the_refresh_token(api_client, user, password):
    tokens = _login(api_client, password)
    resp = api_client.post(
        "/api/v1/auth/logout", {"refresh_token": tokens["refresh_token"]}, format="json"
    )
    assert resp.status_code == 200
    again = api_client.post(
        "/api/v1/auth/refresh", {"refresh_token": tokens["refresh_token"]}, format="json"
    )
    assert again.status_code == 401


def test_patch_me_changes_display_name_and_password(auth_client, user, password, api_client):
    resp = auth_client.patch(
        "/api/v1/auth/me",
        {
            "display_name": "Alice",
            "current_password": password,
            "new_password": "another-Good-pass-7",
        },
        format="json",
    )
    assert resp.status_code == 200
    assert resp.json()["display_name"] == "Alice"
    ok = api_client.post(
        LOGIN, {"username": "alice@example.com", "password": "another-Good-pass-7"}
    )
    assert ok.status_code == 200


def test_patch_me_refuses_password_change_with_wrong_current_password(auth_client):
    resp = auth_client.patch(
        "/api/v1/auth/me",
        {"current_password": "wrong", "new_password": "another-Good-pass-7"},
        format="json",
    )
    assert resp.status_code == 400
    assert "current_password" in resp.json()["fields"]


def test_login_is_throttled_with_retry_after(api_client, settings):
    for _ in range(10):
        api_client.post(LOGIN, {"username": "x@example.com", "password": "whatever-1"})
    resp = api_client.post(LOGIN, {"username": "x@example.com", "password": "whatever-1"})
    assert resp.status_code == 429
    assert int(resp["Retry-After"]) > 0
    assert resp.json()["code"] == "throttled"


def test_password_reset_answers_the_same_for_known_and_unknown_email(api_client, user, mailoutbox):
    known = api_client.post(
        "/auth/request-password-reset", {"email": "alice@example.com"}, format="json"
    )
    unknown = api_client.post(
        "/auth/request-password-reset", {"email": "zed@example.com"}, format="json"
    )
    assert known.status_code == unknown.status_code == 200
    assert known.json() == unknown.json()
    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    uid = body.split("uid: ")[1].split()[0]
    token = body.split("token: ")[1].split()[0]
    done = api_client.post(
        "/auth/reset-password",
        {"uid": uid, "token": token, "new_password": "Fresh-pass-2026"},
        format="json",
    )
    assert done.status_code == 200
    reused = api_client.post(
        "/auth/reset-password",
        {"uid": uid, "token": token, "new_password": "Fresh-pass-2027"},
        format="json",
    )
    assert reused.status_code == 400
    assert reused.json()["code"] == "invalid_reset_token"
