from django.urls import path

from videos import views

urlpatterns = [
    path("api/v1/users/history", views.HistoryView.as_view(), name="history"),
    path("api/v1/youtube/history", views.HistoryView.as_view(), name="history-alias"),
    path(
        "api/v1/users/history/<str:video_id>",
        views.HistoryItemView.as_view(),
        name="history-item",
    ),
    path(
        "api/v1/youtube/history/<str:video_id>",
        views.HistoryItemView.as_view(),
        name="history-item-alias",
    ),
    path("api/v1/youtube/video/<str:video_id>", views.VideoDetailView.as_view(), name="video"),
    path(
        "api/v1/youtube/places/<str:video_id>",
        views.VideoPlacesView.as_view(),
        name="video-places",
    ),
]
