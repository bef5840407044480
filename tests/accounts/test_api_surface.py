import pytest

pytestmark = pytest.mark.django_db


def test_malformed_json_is_a_400_json_error(api_client):
    resp = api_client.post("/auth/register", data=b'{"email": ', content_type="application/json")
    assert resp.status_code == 400
    body = resp.json()
    assert body["code"] == "parse_error"
    assert body["detail"] == body["message"]


def test_unsupported_media_type_is_415(api_client):
    resp = api_client.post("/auth/register", data=b"<x/>", content_type="application/xml")
    assert resp.status_code == 415
    assert resp.json()["code"] == "unsupported_media_type"


def test_too_large_body_is_413(api_client):
    resp = api_client.post(
        "/auth/register", data=b"{" + b" " * 200_000 + b"}", content_type="application/json"
    )
    assert resp.status_code == 413
    assert resp.json()["code"] == "request_too_large"


def test_wrong_method_is_405_json(api_client):
    resp = api_client.get("/auth/login")
    assert resp.status_code == 405
    assert resp.json()["code"] == "method_not_allowed"


def test_unknown_api_path_is_json_404(api_client):
    resp = api_client.get("/api/v1/nope")
    assert resp.status_code == 404
    assert resp["Content-Type"].startswith("application/json")
    assert resp.json()["code"] == "not_found"


def test_cors_preflight_from_the_web_map_origin(client):
    resp = client.options(
        "/auth/login",
        HTTP_ORIGIN="http://localhost:3000",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization,content-type",
    )
    assert resp.status_code == 200
    assert resp["Access-Control-Allow-Origin"] == "http://localhost:3000"
    assert resp["Access-Control-Allow-Credentials"] == "true"


def test_cors_refuses_other_origins(client):
    resp = client.options(
        "/auth/login", HTTP_ORIGIN="https://evil.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in resp


def test_healthz_reports_database_and_queue(client):
    resp = client.get("/healthz")
    assert resp.status_code == 200
    assert resp.json()["database"] == "ok"
    assert resp.json()["queue"] == "ok"


def test_openapi_schema_builds_without_warnings():
    from io import StringIO

    from django.core.management import call_command

    out, err = StringIO(), StringIO()
    call_command("spectacular", "--fail-on-warn", "--validate", stdout=out, stderr=err)
    assert "openapi: 3" in out.getvalue()


def test_docs_pages_render(client):
    assert client.get("/api/docs/").status_code == 200
    assert client.get("/api/redoc/").status_code == 200
