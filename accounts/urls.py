"""Auth endpoints. Mounted at /auth/ (what the existing clients call) and /api/v1/auth/."""

from django.urls import path

from accounts import views

urlpatterns = [
    # An account and its tokens (login takes a form with `username` = the email, or JSON).
    path("register", views.RegisterView.as_view(), name="register"),
    path("login", views.LoginView.as_view(), name="login"),
    path("refresh", views.RefreshView.as_view(), name="refresh"),
    path("logout", views.LogoutView.as_view(), name="logout"),
    # The signed-in user.
    path("me", views.MeView.as_view(), name="me"),
    # A forgotten password, reset by a mailed token.
    path(
        "request-password-reset",
        views.PasswordResetRequestView.as_view(),
        name="password-reset-request",
    ),
    path("reset-password", views.PasswordResetConfirmView.as_view(), name="password-reset-confirm"),
]
