"""Shared fixtures. Personas: alice (`user`), bob (`other_user`)."""

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def _clear_cache(db):
    # Throttle counters live in the shared cache; each test starts with none.
    cache.clear()
    yield


@pytest.fixture
def password():
    return "correct-horse-battery-9"


@pytest.fixture
def user(django_user_model, password):
    return django_user_model.objects.create_user(email="alice@example.com", password=password)


@pytest.fixture
def other_user(django_user_model, password):
    return django_user_model.objects.create_user(email="bob@example.com", password=password)


@pytest.fixture
def api_client():
    return APIClient()


def bearer(user) -> str:
    from rest_framework_simplejwt.tokens import RefreshToken

    return f"Bearer {RefreshToken.for_user(user).access_token}"


@pytest.fixture
def auth_client(user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=bearer(user))
    return client


@pytest.fixture
def other_client(other_user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=bearer(other_user))
    return client
