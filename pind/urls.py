from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from jobs.health import queue_check
from pind.health import database_check, health_view

handler400 = "pind.errors.json_400"
handler404 = "pind.errors.json_404"
handler500 = "pind.errors.json_500"

urlpatterns = [
    path(
        "healthz",
        health_view({"database": database_check, "queue": queue_check}),
        name="healthz",
    ),
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("", include("pind.api")),
    path("", include("pind.pages")),
]
