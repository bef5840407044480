from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework_simplejwt.authentication import JWTAuthentication


class BearerJWTAuthentication(JWTAuthentication):
    """simplejwt, accepting `Bearer` or `bearer` (one client echoes the lowercase token_type).

    `authenticate_header` makes DRF answer 401 (with `WWW-Authenticate: Bearer`), never 403.
    """

    def authenticate_header(self, request) -> str:
        return 'Bearer realm="api"'


class BearerJWTScheme(OpenApiAuthenticationExtension):
    target_class = "accounts.authentication.BearerJWTAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
