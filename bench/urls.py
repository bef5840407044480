"""pind's URLs, plus the bare Django JSON view every API figure is compared with."""

from django.http import JsonResponse
from django.urls import include, path


def bare(request):
    return JsonResponse({"status": "ok"})


urlpatterns = [path("bench/bare", bare), path("", include("pind.urls"))]
