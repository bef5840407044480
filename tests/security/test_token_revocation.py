"""A password change or reset ends every session the old password opened (#11.4)."""

import re

import pytest
from rest_framework.test import APIClient
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken

pytestmark = pytest.mark.django_db

NEW = "another-Good-pass-7"


def sign_in(email, password) -> dict:
    resp = APIClient().post("/auth/login", {"email": email, "password": password}, format="json")
    assert resp.status_code == 200
    return resp.json()


def me(access):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
    return client.get("/api/v1/auth/me")


def refresh(token):
    return APIClient().post("/auth/refresh", {"refresh_token": token}, format="json")


def assert_revoked(sessions):
    for tokens in sessions:
        old = me(tokens["access_token"])
        assert old.status_code == 401
        assert old.json()["detail"] == "Could not validate credentials"
        assert old.json()["code"] == "password_changed"
        assert refresh(tokens["refresh_token"]).status_code == 401


def test_password_change_on_the_api_revokes_every_session(user, password):
    laptop, phone = sign_in(user.email, password), sign_in(user.email, password)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {laptop['access_token']}")
    resp = client.patch(
        "/api/v1/auth/me", {"current_password": password, "new_password": NEW}, format="json"
    )
    assert resp.status_code == 200
    assert_revoked([laptop, phone])
    outstanding = OutstandingToken.objects.filter(user=user).count()
    assert BlacklistedToken.objects.filter(token__user=user).count() == outstanding
    fresh = sign_in(user.email, NEW)
    assert me(fresh["access_token"]).status_code == 200
    assert refresh(fresh["refresh_token"]).status_code == 200


def test_password_reset_on_the_api_revokes_every_session(user, password, mailoutbox):
    session = sign_in(user.email, password)
    APIClient().post("/auth/request-password-reset", {"email": user.email}, format="json")
    body = mailoutbox[0].body
    uid = re.search(r"uid: (\S+)", body).group(1)
    token = re.search(r"token: (\S+)", body).group(1)
    resp = APIClient().post(
        "/auth/reset-password", {"uid": uid, "token": token, "new_password": NEW}, format="json"
    )
    assert resp.status_code == 200, resp.json()
    assert_revoked([session])


def test_password_reset_page_revokes_api_sessions(client, user, password):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    session = sign_in(user.email, password)
    user.refresh_from_db()  # the token covers last_login, which signing in moved
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    first = client.get(f"/reset/{uid}/{token}/")
    assert first.status_code == 302  # Django moves the token into the session
    done = client.post(first["Location"], {"new_password1": NEW, "new_password2": NEW})
    assert done.status_code == 302
    assert_revoked([session])


def test_password_set_in_the_admin_revokes_api_sessions(user, password):
    session = sign_in(user.email, password)
    user.set_password(NEW)  # what the admin's password form does
    user.save()
    assert_revoked([session])
