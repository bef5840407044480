"""Login limits for the pages (the API's login view applies the same throttle itself), and
the answer django-axes gives a locked-out address+account on every login surface."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from accounts.throttles import LoginThrottle, PasswordResetThrottle, RegisterThrottle
from pind.errors import error_body

# Pages that take a password or send mail, with the API's throttle for the same act: an
# address shares one allowance across the API and the pages.
PAGE_THROTTLES = {
    "/login/": LoginThrottle,
    "/admin/login/": LoginThrottle,
    "/register/": RegisterThrottle,
    "/password-reset/": PasswordResetThrottle,
}
_MESSAGES = {
    LoginThrottle: "Too many sign-in attempts from your address.",
    RegisterThrottle: "Too many sign-ups from your address.",
    PasswordResetThrottle: "Too many password reset requests from your address.",
}


def _retry_after(seconds: float | None) -> int:
    return max(1, int((seconds or 60) + 0.999))


def _too_many(request: HttpRequest, message: str, code: str, wait: int) -> HttpResponse:
    if request.path.startswith(("/api/", "/auth/")):
        response = JsonResponse(error_body(message, code), status=429)
    else:
        response = render(request, "accounts/locked_out.html", {"message": message}, status=429)
    response["Retry-After"] = str(wait)
    return response


class LoginRateLimitMiddleware:
    """POSTs to the sign-in, sign-up and reset pages count against the API's rates."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        throttle_class = PAGE_THROTTLES.get(request.path)
        if request.method == "POST" and throttle_class is not None:
            throttle = throttle_class()
            if not throttle.allow_request(request, None):
                wait = _retry_after(throttle.wait())
                return _too_many(
                    request,
                    f"{_MESSAGES[throttle_class]} Try again in {wait} seconds.",
                    "throttled",
                    wait,
                )
        return self.get_response(request)


def lockout_response(request, original_response=None, credentials=None) -> HttpResponse:
    """django-axes' AXES_LOCKOUT_CALLABLE: a plain 429 with how long the lockout lasts."""
    wait = int(settings.AXES_COOLOFF_TIME.total_seconds())
    minutes = max(1, round(wait / 60))
    message = (
        f"Too many failed sign-in attempts for this account from your address. "
        f"Try again in {minutes} minutes, or reset your password."
    )
    return _too_many(request, message, "locked_out", wait)
