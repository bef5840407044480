from django.urls import path

from jobs import views

urlpatterns = [
    path("api/v1/youtube/process", views.ProcessView.as_view(), name="process"),
    path(
        "api/v1/youtube/without-login/process",
        views.GuestProcessView.as_view(),
        name="process-guest",
    ),
    path("api/v1/jobs", views.JobListView.as_view(), name="jobs"),
    path("api/v1/jobs/<str:job_id>/status", views.JobStatusView.as_view(), name="job-status"),
    path("api/v1/jobs/<str:job_id>/result", views.JobResultView.as_view(), name="job-result"),
    path("api/v1/jobs/<str:job_id>/cancel", views.JobCancelView.as_view(), name="job-cancel"),
    path("api/v1/jobs/<str:job_id>/retry", views.JobRetryView.as_view(), name="job-retry"),
]
