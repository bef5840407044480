"""Place routes, mounted below /api/v1/ by pind/api.py."""

from django.urls import path

from places import views

urlpatterns = [
    path("places", views.PlaceListView.as_view(), name="places-list"),
    path("places/<int:place_id>", views.PlaceDetailView.as_view(), name="places-detail"),
    path("users/places", views.UserPlacesView.as_view(), name="users-places"),
]
