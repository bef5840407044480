"""The server-rendered pages' URL table: sign-in, submit and progress, history, video, my map.

Pages use Django's session login; the JSON API under /api/ uses bearer tokens. The
progress page polls a session-authenticated JSON view here rather than the API.
"""

from django.urls import path, register_converter

from accounts import pages as accounts
from jobs import pages as jobs
from places import pages as places
from videos import pages as videos


class YouTubeIdConverter:
    regex = "[A-Za-z0-9_-]{11}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(YouTubeIdConverter, "ytid")

urlpatterns = [
    path("", jobs.home, name="home"),
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("logout/", accounts.LogoutView.as_view(), name="logout"),
    path("register/", accounts.register, name="register"),
    path("password-reset/", accounts.password_reset, name="password_reset"),
    path("password-reset/sent/", accounts.password_reset_done, name="password_reset_done"),
    path("reset/<uidb64>/<token>/", accounts.password_reset_confirm, name="password_reset_confirm"),
    path("reset/done/", accounts.password_reset_complete, name="password_reset_complete"),
    path("submit/", jobs.submit, name="submit"),
    path("jobs/<uuid:job_id>/", jobs.progress, name="job_progress"),
    path("jobs/<uuid:job_id>/progress.json", jobs.progress_json, name="job_progress_json"),
    path("jobs/<uuid:job_id>/cancel/", jobs.cancel, name="job_cancel"),
    path("jobs/<uuid:job_id>/retry/", jobs.retry, name="job_retry"),
    path("history/", videos.history, name="history"),
    path("videos/<ytid:youtube_id>/", videos.video_detail, name="video_detail"),
    path("map/", places.my_map, name="my_map"),
    path("map/places.<str:fmt>", places.my_map_download, name="my_map_download"),
]
