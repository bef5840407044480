"""GET /healthz: 200 when every check passes, else 503, with each check's word.

A check is a function that returns extra facts (or nothing) and raises when what it
checks is unreachable. The checks live beside what they check (the queue's in
`jobs.health`, since only jobs knows django-q2); `pind/urls.py` hands them in, so this
module imports no app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from django.db import connection
from django.http import HttpRequest, JsonResponse

Check = Callable[[], Mapping[str, object] | None]


def database_check() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def health_view(checks: Mapping[str, Check]) -> Callable[[HttpRequest], JsonResponse]:
    """A view that runs `checks` (name → check) in order and reports each one."""

    def healthz(request: HttpRequest) -> JsonResponse:
        report: dict[str, object] = {}
        healthy = True
        for name, check in checks.items():
            try:
                report.update(check() or {})
                report[name] = "ok"
            except Exception as exc:  # any driver or broker error means "not healthy"
                report[name] = f"error: {exc.__class__.__name__}"
                healthy = False
        return JsonResponse(
            {"status": "ok" if healthy else "error", **report}, status=200 if healthy else 503
        )

    return healthz
