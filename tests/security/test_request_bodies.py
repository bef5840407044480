"""Deeply nested JSON is refused at parse time with a 400, never a RecursionError 500 (#11.3)."""

import pytest

from pind.parsers import json_depth

pytestmark = pytest.mark.django_db

ARRAYS = b"[" * 1000 + b"]" * 1000  # 2 KB
OBJECTS = b'{"a":' * 400 + b"1" + b"}" * 400


@pytest.mark.parametrize("path", ["/auth/login", "/api/v1/youtube/process", "/auth/register"])
@pytest.mark.parametrize("body", [ARRAYS, OBJECTS], ids=["arrays", "objects"])
def test_deeply_nested_json_is_a_400_parse_error(api_client, path, body):
    resp = api_client.post(path, body, content_type="application/json")
    assert resp.status_code == 400
    assert resp.json()["code"] == "parse_error"
    assert "nested deeper than 32" in resp.json()["detail"]


def test_signed_in_submit_refuses_nested_json_too(auth_client):
    resp = auth_client.post("/api/v1/youtube/process", ARRAYS, content_type="application/json")
    assert resp.status_code == 400


def test_ordinary_json_still_parses(api_client, user, password):
    resp = api_client.post(
        "/auth/login", {"email": user.email, "password": password}, format="json"
    )
    assert resp.status_code == 200


def test_brackets_inside_strings_do_not_count():
    assert json_depth(b'{"password": "[[[[[[[[[[{{{{{{{\\"]]]"}') == 1
    assert json_depth(b"[[1], [2, [3]]]") == 3
    assert json_depth(b"42") == 0
