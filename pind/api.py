"""The one API URL table. Paths are the existing clients' contract: keep them as they are.

Every app's table holds its routes below `api/v1/`; the auth routes are mounted twice, at
`/api/v1/auth/` and at `/auth/`, where the existing clients call them.
"""

from django.urls import include, path

from accounts import urls as account_urls

urlpatterns = [
    path("api/v1/auth/", include((account_urls.urlpatterns, "auth"), namespace="api-auth")),
    path("auth/", include((account_urls.urlpatterns, "auth"), namespace="auth")),
    path("api/v1/", include("jobs.urls")),
    path("api/v1/", include("videos.urls")),
    path("api/v1/", include("places.urls")),
]
