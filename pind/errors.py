"""One error shape for every API answer: {"detail", "message", "code", "fields"?}.

`detail` is what the existing pind clients read, `message` what some of their screens
read; both carry the same human text. `code` is stable and meant for programs.
"""

import json
import logging
import sys
from collections.abc import Callable
from typing import TypeVar

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)

API_PREFIXES = ("/api/", "/auth/")
T = TypeVar("T")


class ApiError(exceptions.APIException):
    """Raise from a view or service with an explicit status and stable code."""

    def __init__(
        self, detail: str, *, code: str, status_code: int = 400, extra: dict | None = None
    ):
        super().__init__(detail=detail, code=code)
        self.status_code = status_code
        self.extra = extra or {}


def found_or_404(found: T | None, message: str, *, code: str) -> T:
    """What a lookup found, or the 404 `ApiError` saying `message` when it found nothing."""
    if found is None:
        raise ApiError(message, code=code, status_code=404)
    return found


def error_body(message: str, code: str, fields: dict | None = None, **extra: object) -> dict:
    body = {"detail": message, "message": message, "code": code}
    if fields:
        body["fields"] = fields
    body.update(extra)
    return body


def _flatten(detail: object) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        out = {}
        for key, value in detail.items():
            if isinstance(value, dict):
                for sub, msgs in _flatten(value).items():
                    out[f"{key}.{sub}"] = msgs
            elif isinstance(value, list):
                out[key] = [str(v) for v in value]
            else:
                out[key] = [str(value)]
        return out
    return {}


_DEFAULT_CODES = {
    400: "invalid",
    401: "not_authenticated",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "request_too_large",
    415: "unsupported_media_type",
    429: "throttled",
}


BAD_CREDENTIALS = "Could not validate credentials"


def _auth_code(exc: exceptions.APIException) -> str:
    if isinstance(exc, exceptions.NotAuthenticated):
        return "not_authenticated"
    if isinstance(exc.detail, dict):  # simplejwt's errors: {"detail": …, "code": "…"}
        got = str(exc.detail.get("code") or exc.default_code)
    else:
        got = exc.get_codes()
    if isinstance(got, str) and got not in ("authentication_failed", "not_authenticated"):
        return got
    return "token_not_valid"


DB_UNAVAILABLE = "The database is unavailable right now. Try again in a moment."
DB_RETRY_AFTER_S = 5


def is_database_down(exc: BaseException | None) -> bool:
    """A connection that failed or broke, as opposed to a bug in a query."""
    from django.db import InterfaceError, OperationalError

    return isinstance(exc, OperationalError | InterfaceError)


def database_unavailable() -> JsonResponse:
    response = JsonResponse(error_body(DB_UNAVAILABLE, "database_unavailable"), status=503)
    response["Retry-After"] = str(DB_RETRY_AFTER_S)
    return response


def _validation_message(detail: object, fields: dict | None, non_field: list | None) -> str:
    if isinstance(detail, list) and detail:
        return str(detail[0])
    if non_field:
        return non_field[0]
    if fields:
        first_key = next(iter(fields))
        return f"{first_key}: {fields[first_key][0]}"
    return "Invalid input."


def _non_field_code(exc: exceptions.ValidationError) -> str:
    """A serializer's own code for a whole-object error (`validate()`), else `invalid`."""
    codes = exc.get_codes()
    first = codes.get("non_field_errors") if isinstance(codes, dict) else None
    if first and isinstance(first, list) and isinstance(first[0], str) and first[0] != "invalid":
        return first[0]
    return "invalid"


# Each describer turns one DRF exception family into (message, code, fields); `code` is
# the status's default code unless the family has a better one.
Described = tuple[str, str, dict | None]


def _validation_error(exc: exceptions.ValidationError, code: str) -> Described:
    detail = exc.detail
    fields = _flatten(detail) if isinstance(detail, dict) else None
    non_field = (fields or {}).pop("non_field_errors", None)
    code = _non_field_code(exc) if isinstance(detail, dict) else "invalid"
    return _validation_message(detail, fields, non_field), code, fields


def _parse_error(exc: exceptions.ParseError, code: str) -> Described:
    return "Malformed request body: " + str(exc.detail), "parse_error", None


def _throttled(exc: exceptions.Throttled, code: str) -> Described:
    if exc.wait is None:
        return "Too many requests. Try again later.", code, None
    return f"Too many requests. Try again in {int(exc.wait + 0.999)} seconds.", code, None


# A view's own code wins over the status's default, except that 401/403/429 keep theirs
# when the exception only repeats DRF's generic one.
_GENERIC_CODES = ("not_authenticated", "permission_denied")


def _other_api_exception(exc: exceptions.APIException, code: str) -> Described:
    detail = exc.detail
    message = str(detail) if not isinstance(detail, dict | list) else exc.default_detail
    got = exc.get_codes()
    if isinstance(got, str) and (
        exc.status_code not in (401, 403, 429) or got not in _GENERIC_CODES
    ):
        code = got
    return str(message), code, None


def _bad_credentials(exc: exceptions.APIException, code: str) -> Described:
    # The seed's clients match this sentence; `code` still tells missing
    # (not_authenticated) from bad or revoked (token_not_valid, password_changed…).
    return BAD_CREDENTIALS, _auth_code(exc), None


# First match wins, so a family stands before the families it belongs to.
_DESCRIBERS: tuple[tuple[type[Exception] | tuple[type[Exception], ...], Callable], ...] = (
    ((exceptions.NotAuthenticated, exceptions.AuthenticationFailed), _bad_credentials),
    (exceptions.ValidationError, _validation_error),
    (exceptions.ParseError, _parse_error),
    (exceptions.Throttled, _throttled),
    (exceptions.APIException, _other_api_exception),
)


def _as_api_exception(exc: Exception) -> Exception:
    """Django's own 404 and 403, as DRF's handler answers them (it reads their message)."""
    if isinstance(exc, Http404):
        return exceptions.NotFound(*exc.args)
    if isinstance(exc, DjangoPermissionDenied):
        return exceptions.PermissionDenied(*exc.args)
    return exc


def _describe(exc: Exception, status_code: int) -> Described:
    code = _DEFAULT_CODES.get(status_code, "error")
    exc = _as_api_exception(exc)
    for family, describer in _DESCRIBERS:
        if isinstance(exc, family):
            return describer(exc, code)
    return "Request failed.", code, None  # DRF's handler answers nothing else


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    if is_database_down(exc):
        logger.error("database unavailable: %s", exc.__class__.__name__)
        response = Response(error_body(DB_UNAVAILABLE, "database_unavailable"), status=503)
        response["Retry-After"] = str(DB_RETRY_AFTER_S)
        return response
    if isinstance(exc, ApiError):
        body = error_body(str(exc.detail), exc.detail.code, **exc.extra)
        return Response(body, status=exc.status_code)
    response = exception_handler(exc, context)
    if response is None:
        return None
    response.data = error_body(*_describe(exc, response.status_code))
    if response.status_code == status.HTTP_401_UNAUTHORIZED:
        response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIXES)


class JsonErrorMiddleware:
    """Under /api/ and /auth/, Django's own HTML error pages become JSON errors."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _is_api(request):
            from django.conf import settings

            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
                return JsonResponse(
                    error_body("Request body too large.", "request_too_large"), status=413
                )
        response = self.get_response(request)
        if not _is_api(request) or response.status_code < 400:
            return response
        content_type = response.get("Content-Type", "")
        if content_type.startswith("application/json"):
            return response
        status_code = response.status_code
        messages = {
            400: "Bad request.",
            403: "Forbidden.",
            404: "Not found.",
            405: "Method not allowed.",
            413: "Request body too large.",
            500: "Internal server error.",
        }
        message = messages.get(status_code, "Request failed.")
        code = _DEFAULT_CODES.get(status_code, "server_error" if status_code >= 500 else "error")
        if status_code == 403 and b"CSRF" in getattr(response, "content", b""):
            message, code = "CSRF verification failed.", "csrf_failed"
        new = JsonResponse(error_body(message, code), status=status_code)
        for header in ("Allow", "Retry-After", "WWW-Authenticate"):
            if header in response:
                new[header] = response[header]
        return new


def json_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if _is_api(request):
        return JsonResponse(error_body("Not found.", "not_found"), status=404)
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)


def json_500(request: HttpRequest) -> HttpResponse:
    # Called inside Django's `except` block: the exception is still the current one.
    if is_database_down(sys.exc_info()[1]):
        if _is_api(request):
            return database_unavailable()
        from django.template import loader

        try:
            body = loader.render_to_string("503.html", request=None)
        except Exception:  # the page must not need the database or fail in turn
            body = DB_UNAVAILABLE
        return HttpResponse(body, status=503, headers={"Retry-After": str(DB_RETRY_AFTER_S)})
    if _is_api(request):
        return JsonResponse(error_body("Internal server error.", "server_error"), status=500)
    from django.views.defaults import server_error

    return server_error(request)


def json_400(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    from django.core.exceptions import RequestDataTooBig

    if isinstance(exception, RequestDataTooBig):
        return JsonResponse(error_body("Request body too large.", "request_too_large"), status=413)
    if _is_api(request):
        return JsonResponse(error_body("Bad request.", "bad_request"), status=400)
    from django.views.defaults import bad_request

    return bad_request(request, exception)


def parse_json_or_none(raw: bytes) -> object:
    try:
        return json.loads(raw)
    except ValueError:
        return None
