from django.urls import path

from places import views

urlpatterns = [
    path("api/v1/places", views.PlaceListView.as_view(), name="places-list"),
    path("api/v1/places/<int:place_id>", views.PlaceDetailView.as_view(), name="places-detail"),
    path("api/v1/users/places", views.UserPlacesView.as_view(), name="users-places"),
]
