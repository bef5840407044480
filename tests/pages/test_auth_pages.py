import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db


def test_login_page_signs_in_with_email_and_lands_on_history(client, user, password):
    response = client.post("/login/", {"username": "Alice@Example.com ", "password": password})
    assert response.status_code == 302
    assert response["Location"] == "/history/"
    assert client.get("/history/").status_code == 200


def test_login_page_refuses_a_wrong_password_with_a_message(client, user):
    response = client.post("/login/", {"username": user.email, "password": "nope"})
    assert response.status_code == 200
    assert "Incorrect email or password." in response.content.decode()


def test_login_follows_a_local_next_but_not_another_host(client, user, password):
    ok = client.post("/login/", {"username": user.email, "password": password, "next": "/map/"})
    assert ok["Location"] == "/map/"
    client.logout()
    evil = client.post(
        "/login/", {"username": user.email, "password": password, "next": "https://evil.test/"}
    )
    assert evil["Location"] == "/history/"


def test_pages_that_need_a_person_send_guests_to_login(client):
    for path in ("/history/", "/map/", "/map/places.geojson"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/login/?next=")


def _register(client, email: str, password: str = "a-long-pass-77"):
    return client.post("/register/", {"email": email, "password1": password, "password2": password})


def test_register_creates_the_account_and_signs_in(client, django_user_model):
    response = _register(client, "Carol@Example.com")
    assert response.status_code == 302
    carol = django_user_model.objects.get(email="carol@example.com")
    assert carol.check_password("a-long-pass-77")
    assert client.get("/history/").status_code == 200


def test_register_refuses_a_taken_email_whatever_its_case(client, user):
    response = _register(client, "ALICE@example.com")
    assert response.status_code == 200
    assert "already exists" in response.content.decode()


def test_register_refuses_weak_or_mismatched_passwords(client, django_user_model):
    weak = client.post(
        "/register/", {"email": "dan@example.com", "password1": "123", "password2": "123"}
    )
    assert "too short" in weak.content.decode()
    differ = client.post(
        "/register/",
        {"email": "dan@example.com", "password1": "a-long-pass-77", "password2": "a-long-pass-78"},
    )
    assert "differ" in differ.content.decode()
    assert not django_user_model.objects.filter(email="dan@example.com").exists()


def test_logout_is_a_post_and_ends_the_session(client, user):
    client.force_login(user)
    assert client.post("/logout/").status_code == 302
    assert client.get("/history/").status_code == 302


def test_password_reset_pages_send_a_link_that_sets_a_new_password(client, user):
    response = client.post("/password-reset/", {"email": "alice@example.com"})
    assert response["Location"] == "/password-reset/sent/"
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/reset/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    assert "Choose a new password" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "brand-new-pass-42", "new_password2": "brand-new-pass-42"},
    )
    assert done["Location"] == "/reset/done/"
    user.refresh_from_db()
    assert user.check_password("brand-new-pass-42")


def test_password_reset_answers_the_same_for_an_unknown_email(client):
    response = client.post("/password-reset/", {"email": "nobody@example.com"})
    assert response["Location"] == "/password-reset/sent/"
    assert mail.outbox == []


def test_unknown_page_is_an_html_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
