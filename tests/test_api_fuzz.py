"""Property-based fuzzing of every documented endpoint: no input may produce a 500.

schemathesis generates requests from the OpenAPI schema (valid and deliberately broken
bodies, odd query strings, path ids) and sends them through the real WSGI app and the
real database. Throttles are lifted so the generator reaches the views.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from pind.wsgi import application
from tests.conftest import bearer

schema = schemathesis.openapi.from_wsgi("/api/schema/", application)

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture(autouse=True)
def _keep_test_connection():
    # Django's test client does the same: the request cycle must not close the
    # connection that holds the test's transaction.
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _no_throttles(settings):
    rates = dict(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"])
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {scope: "100000/min" for scope in rates},
    }


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_request_produces_a_server_error(case, user):
    response = case.call(headers={"Authorization": bearer(user)})
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:300]}"
    )
    if case.path.startswith(("/api/", "/auth/")) and response.status_code >= 400:
        headers = {k.lower(): v for k, v in response.headers.items()}
        content_type = headers["content-type"]
        content_type = content_type[0] if isinstance(content_type, list) else content_type
        assert content_type.startswith("application/json")
        body = response.json()
        assert body["detail"] == body["message"]
        assert body["code"]
