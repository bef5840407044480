"""The API schema documents every answer a request can get, errors included.

drf-spectacular documents the success bodies from each view's output serializers; this
AutoSchema adds the error answers that the framework itself gives on any operation
(pind.errors shapes them all as `ErrorOut`): 400 for unreadable input, 401 for a bad token
wherever a token is read, 404 on paths with ids, pages and formats, 406 for an Accept
header no renderer serves, 413/415 for request bodies, 429 where a throttle applies, 503
when the database is unreachable. An error a view documents itself keeps its description
and gets the body.
"""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from rest_framework import serializers


class ErrorOut(serializers.Serializer):
    """Every error: `detail` (what the existing clients read), `message` (the same text),
    a stable `code`, and per-field messages for invalid input. Some errors add context
    (`active_job_ids`, `active_job_id`)."""

    detail = serializers.CharField()
    message = serializers.CharField()
    code = serializers.CharField()
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()), required=False
    )


ERROR_DESCRIPTIONS = {
    "400": "Invalid input",
    "401": "Missing, bad or expired token",
    "404": "Not found",
    "406": "No representation for the Accept header",
    "413": "Request body too large",
    "415": "Unsupported request body type",
    "429": "Too many requests",
    "503": "Database unavailable; retry later",
}


class AutoSchema(SpectacularAutoSchema):
    def _error_codes(self) -> list[str]:
        codes = ["400", "406", "503"]
        if self.view.get_authenticators() or "/auth/" in self.path:
            codes.append("401")  # a bad token where one is read; bad credentials or tokens
        has_formats = len(getattr(self.view, "renderer_classes", ())) > 1
        if "{" in self.path or getattr(self.view, "pagination_class", None) or has_formats:
            codes.append("404")  # an unknown id, a page past the end, an unknown ?format=
        if self.method in ("POST", "PUT", "PATCH"):
            codes += ["413", "415"]
        if self.view.get_throttles():
            codes.append("429")
        return codes

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        for code in self._error_codes():
            responses.setdefault(code, {"description": ERROR_DESCRIPTIONS[code]})
        for code, response in responses.items():
            if code >= "400" and "content" not in response:
                body = self._get_response_for_code(ErrorOut, code, ["application/json"], direction)
                response["content"] = body["content"]
                response.setdefault("description", ERROR_DESCRIPTIONS.get(code, "Error"))
                if not response["description"]:
                    response["description"] = ERROR_DESCRIPTIONS.get(code, "Error")
        return dict(sorted(responses.items()))
