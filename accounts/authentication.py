from __future__ import annotations

from typing import TYPE_CHECKING

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework_simplejwt.authentication import JWTAuthentication

if TYPE_CHECKING:  # drf_spectacular.openapi reads DRF's settings, which import this module
    from drf_spectacular.openapi import AutoSchema
    from rest_framework.request import Request


class BearerJWTAuthentication(JWTAuthentication):
    """simplejwt, accepting `Bearer` or `bearer` (one client echoes the lowercase token_type).

    `authenticate_header` makes DRF answer 401 (with `WWW-Authenticate: Bearer`), never 403.
    """

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


class BearerJWTScheme(OpenApiAuthenticationExtension):
    target_class = "accounts.authentication.BearerJWTAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema: AutoSchema) -> dict:
        return {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
