"""Rate limits. The client address is worked out in one place, `client_ip`, for DRF's
throttles and django-axes alike: with no proxy configured it is REMOTE_ADDR, whatever
X-Forwarded-For says; behind NUM_PROXIES proxies it is the address the outermost one saw.
"""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle

from accounts.models import normalize_email


def client_ip(request) -> str:
    """REMOTE_ADDR; behind N proxies, the Nth address from the right of X-Forwarded-For."""
    meta = request.META
    remote = meta.get("REMOTE_ADDR") or ""
    proxies = settings.NUM_PROXIES
    forwarded = meta.get("HTTP_X_FORWARDED_FOR") or ""
    if proxies <= 0 or not forwarded:
        return remote
    addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
    if not addresses:
        return remote
    return addresses[-min(proxies, len(addresses))]


def login_username(request, credentials) -> str:
    """The account a login attempt names, as stored (one lockout counter per account)."""
    username = (credentials or {}).get("username")
    if username is None:
        username = request.POST.get("username") or request.POST.get("email") or ""
    return normalize_email(username)


class ClientIpMixin:
    def get_ident(self, request) -> str:
        return client_ip(request)


class LoginThrottle(ClientIpMixin, AnonRateThrottle):
    """Per client address, whoever is signed in: guessing passwords is what it stops."""

    scope = "login"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class RegisterThrottle(LoginThrottle):
    scope = "register"


class PasswordResetThrottle(LoginThrottle):
    scope = "password_reset"


class UserOrIpThrottle(ClientIpMixin, SimpleRateThrottle):
    """Per user when signed in, per client address otherwise."""

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            ident = f"user-{request.user.pk}"
        else:
            ident = self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}
