"""Job routes, mounted below /api/v1/ by pind/api.py."""

from django.urls import path

from jobs import views

urlpatterns = [
    path("youtube/process", views.ProcessView.as_view(), name="process"),
    path("youtube/without-login/process", views.GuestProcessView.as_view(), name="process-guest"),
    path("jobs", views.JobListView.as_view(), name="jobs"),
    path("jobs/<str:job_id>/status", views.JobStatusView.as_view(), name="job-status"),
    path("jobs/<str:job_id>/result", views.JobResultView.as_view(), name="job-result"),
    path("jobs/<str:job_id>/cancel", views.JobCancelView.as_view(), name="job-cancel"),
    path("jobs/<str:job_id>/retry", views.JobRetryView.as_view(), name="job-retry"),
]
