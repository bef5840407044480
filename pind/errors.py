"""One error shape for every API answer: {"detail", "message", "code", "fields"?}.

`detail` is what the existing pind clients read, `message` what some of their screens
read; both carry the same human text. `code` is stable and meant for programs.
"""

import json
import logging
import sys

from django.http import HttpResponse, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)

API_PREFIXES = ("/api/", "/auth/")


class ApiError(exceptions.APIException):
    """Raise from a view or service with an explicit status and stable code."""

    def __init__(self, detail: str, *, code: str, status_code: int = 400, extra=None):
        super().__init__(detail=detail, code=code)
        self.status_code = status_code
        self.extra = extra or {}


def error_body(message: str, code: str, fields: dict | None = None, **extra) -> dict:
    body = {"detail": message, "message": message, "code": code}
    if fields:
        body["fields"] = fields
    body.update(extra)
    return body


def _flatten(detail) -> dict[str, list[str]]:
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


def _auth_code(exc) -> str:
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


def api_exception_handler(exc, context):
    if is_database_down(exc):
        logger.error("database unavailable: %s", exc.__class__.__name__)
        response = Response(error_body(DB_UNAVAILABLE, "database_unavailable"), status=503)
        response["Retry-After"] = str(DB_RETRY_AFTER_S)
        return response
    if isinstance(exc, ApiError):
        response = Response(
            error_body(str(exc.detail), exc.detail.code, **exc.extra), status=exc.status_code
        )
        return response
    response = exception_handler(exc, context)
    if response is None:
        return None
    detail = getattr(exc, "detail", None)
    code = _DEFAULT_CODES.get(response.status_code, "error")
    fields = None
    if isinstance(exc, exceptions.ValidationError):
        fields = _flatten(detail) if isinstance(detail, dict) else None
        non_field = (fields or {}).pop("non_field_errors", None)
        if isinstance(detail, list) and detail:
            message = str(detail[0])
        elif non_field:
            message = non_field[0]
        elif fields:
            first_key = next(iter(fields))
            message = f"{first_key}: {fields[first_key][0]}"
        else:
            message = "Invalid input."
        code = "invalid"
        if isinstance(detail, dict):
            codes = exc.get_codes()
            nf = codes.get("non_field_errors") if isinstance(codes, dict) else None
            if nf and isinstance(nf, list) and isinstance(nf[0], str) and nf[0] != "invalid":
                code = nf[0]
    elif isinstance(exc, exceptions.ParseError):
        message, code = "Malformed request body: " + str(detail), "parse_error"
    elif isinstance(exc, exceptions.Throttled):
        message = "Too many requests. Try again later."
        if exc.wait is not None:
            message = f"Too many requests. Try again in {int(exc.wait + 0.999)} seconds."
    elif isinstance(exc, exceptions.APIException):
        message = str(detail) if not isinstance(detail, dict | list) else exc.default_detail
        got = exc.get_codes()
        if isinstance(got, str) and response.status_code not in (401, 403, 429):
            code = got
        elif isinstance(got, str) and got not in ("not_authenticated", "permission_denied"):
            code = got
    else:
        message = str(detail)
    if isinstance(exc, exceptions.NotAuthenticated | exceptions.AuthenticationFailed):
        # The seed's clients match this sentence; `code` still tells missing
        # (not_authenticated) from bad or revoked (token_not_valid, password_changed…).
        message = BAD_CREDENTIALS
        code = _auth_code(exc)
    response.data = error_body(message, code, fields)
    if response.status_code == status.HTTP_401_UNAUTHORIZED:
        response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


def _is_api(request) -> bool:
    return request.path.startswith(API_PREFIXES)


class JsonErrorMiddleware:
    """Under /api/ and /auth/, Django's own HTML error pages become JSON errors."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
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


def json_404(request, exception=None):
    if _is_api(request):
        return JsonResponse(error_body("Not found.", "not_found"), status=404)
    from django.views.defaults import page_not_found

    return page_not_found(request, exception)


def json_500(request):
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


def json_400(request, exception=None):
    from django.core.exceptions import RequestDataTooBig

    if isinstance(exception, RequestDataTooBig):
        return JsonResponse(error_body("Request body too large.", "request_too_large"), status=413)
    if _is_api(request):
        return JsonResponse(error_body("Bad request.", "bad_request"), status=400)
    from django.views.defaults import bad_request

    return bad_request(request, exception)


def parse_json_or_none(raw: bytes):
    try:
        return json.loads(raw)
    except ValueError:
        return None
