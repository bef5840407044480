"""Django's own Http404 and PermissionDenied, raised inside an API view, answer in the one
error shape with a real sentence (DRF's handler turns them into its NotFound/PermissionDenied)."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework.permissions import AllowAny
from rest_framework.test import APIRequestFactory
from rest_framework.views import APIView


def _answer(exc: Exception) -> tuple[int, dict]:
    class Raising(APIView):
        authentication_classes: list = []
        permission_classes = [AllowAny]

        def get(self, request: object) -> None:
            raise exc

    response = Raising.as_view()(APIRequestFactory().get("/api/v1/anything"))
    return response.status_code, response.data


@pytest.mark.parametrize(
    ("exc", "status", "code", "detail"),
    [
        (Http404("No such job"), 404, "not_found", "No such job"),
        (Http404(), 404, "not_found", "Not found."),
        (
            PermissionDenied(),
            403,
            "permission_denied",
            "You do not have permission to perform this action.",
        ),
    ],
)
def test_djangos_own_404_and_403_in_an_api_view_say_what_happened(exc, status, code, detail):
    got_status, body = _answer(exc)

    assert got_status == status
    assert body == {"detail": detail, "message": detail, "code": code}
