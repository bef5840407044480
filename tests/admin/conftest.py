import pytest


@pytest.fixture
def curator(django_user_model, password):
    return django_user_model.objects.create_superuser(email="carol@example.com", password=password)


@pytest.fixture
def admin_client(client, curator):
    client.force_login(curator)
    return client
