"""History and video routes, mounted below /api/v1/ by pind/api.py."""

from django.urls import path

from videos import views


def history_routes(suffix: str, view, name: str) -> list:
    """The history lives at users/history…; youtube/history… is the same view under the
    older path the existing clients also call, named `<name>-alias`."""
    return [
        path(f"users/history{suffix}", view, name=name),
        path(f"youtube/history{suffix}", view, name=f"{name}-alias"),
    ]


urlpatterns = [
    *history_routes("", views.HistoryView.as_view(), "history"),
    *history_routes("/<str:video_id>", views.HistoryItemView.as_view(), "history-item"),
    path("youtube/video/<str:video_id>", views.VideoDetailView.as_view(), name="video"),
    path("youtube/places/<str:video_id>", views.VideoPlacesView.as_view(), name="video-places"),
]
