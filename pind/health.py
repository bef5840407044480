from django.db import connection
from django.http import JsonResponse


def healthz(request):
    """Database reachable and the queue's tables readable: 200, else 503."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:  # any driver error means "not healthy"
        checks["database"] = f"error: {exc.__class__.__name__}"
    try:
        from django_q.models import OrmQ

        checks["queue_depth"] = OrmQ.objects.count()
        checks["queue"] = "ok"
    except Exception as exc:
        checks["queue"] = f"error: {exc.__class__.__name__}"
    healthy = checks.get("database") == "ok" and checks.get("queue") == "ok"
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
