"""The one API URL table. Paths are the existing clients' contract: keep them as they are."""

from django.urls import include, path

from accounts import urls as account_urls

urlpatterns = [
    path("api/v1/auth/", include((account_urls.urlpatterns, "auth"), namespace="api-auth")),
    path("auth/", include((account_urls.urlpatterns, "auth"), namespace="auth")),
    path("", include("jobs.urls")),
    path("", include("videos.urls")),
    path("", include("places.urls")),
]
