from django.conf import settings
from django.contrib.auth import authenticate, password_validation
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.mail import send_mail
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings as jwt_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.utils import get_md5_hash_password

from accounts.models import User, normalize_email
from pind.errors import ApiError

INVALID_LOGIN = "Incorrect email or password"


def user_create(*, email: str, password: str, display_name: str = "") -> User:
    return User.objects.create_user(
        email=normalize_email(email), password=password, display_name=display_name
    )


def _token_pair(user: User) -> dict:
    refresh = RefreshToken.for_user(user)
    access = refresh.access_token
    return {
        "access_token": str(access),
        "token_type": "bearer",
        "expires_in": int(settings.SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"].total_seconds()),
        "refresh_token": str(refresh),
    }


LOCKED_OUT = (
    "Too many failed sign-in attempts for this account from your address. "
    "Try again in {minutes} minutes, or reset your password."
)


def login(*, request, email: str, password: str) -> dict:
    # django-axes counts failures on the Django request (a DRF Request wraps it).
    http_request = getattr(request, "_request", request)
    # authenticate() runs the hasher even for unknown emails, so timing and answer match.
    user = authenticate(http_request, username=normalize_email(email), password=password)
    if getattr(http_request, "axes_locked_out", False):
        cooloff = int(settings.AXES_COOLOFF_TIME.total_seconds())
        raise ApiError(
            LOCKED_OUT.format(minutes=max(1, round(cooloff / 60))),
            code="locked_out",
            status_code=429,
        )
    if user is None:
        raise ApiError(INVALID_LOGIN, code="invalid_credentials", status_code=401)
    # What django.contrib.auth.login() announces: sets last_login, clears axes' failures.
    user_logged_in.send(sender=user.__class__, request=http_request, user=user)
    return _token_pair(user)


def token_refresh(*, refresh_token: str) -> dict:
    try:
        old = RefreshToken(refresh_token)
        user = User.objects.filter(pk=old.payload.get("user_id"), is_active=True).first()
        if user is None:
            raise TokenError("user inactive or gone")
        if old.payload.get(jwt_settings.REVOKE_TOKEN_CLAIM) != get_md5_hash_password(user.password):
            raise TokenError("issued before the password changed")
        old.blacklist()
    except TokenError:
        raise ApiError(
            "Refresh token is invalid or expired", code="token_not_valid", status_code=401
        ) from None
    return _token_pair(user)


def logout(*, refresh_token: str) -> None:
    try:
        RefreshToken(refresh_token).blacklist()
    except TokenError:
        raise ApiError(
            "Refresh token is invalid or expired", code="token_not_valid", status_code=401
        ) from None


def password_reset_request(*, email: str) -> None:
    user = User.objects.filter(email=normalize_email(email), is_active=True).first()
    if user is None:
        return
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    link = settings.PASSWORD_RESET_URL.format(uid=uid, token=token)
    send_mail(
        subject="Reset your pind password",
        message=(
            f"Someone asked to reset the password of your pind account.\n\n"
            f"Open this link to choose a new one:\n{link}\n\n"
            f"uid: {uid}\ntoken: {token}\n\nIf it was not you, ignore this email."
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )


def password_reset_confirm(*, uid: str, token: str, new_password: str) -> User:
    try:
        pk = force_str(urlsafe_base64_decode(uid))
        user = User.objects.get(pk=int(pk), is_active=True)
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        user = None
    if user is None or not default_token_generator.check_token(user, token):
        raise ApiError("Reset link is invalid or expired", code="invalid_reset_token")
    try:
        password_validation.validate_password(new_password, user=user)
    except DjangoValidationError as exc:
        raise ApiError(
            exc.messages[0], code="invalid", extra={"fields": {"new_password": exc.messages}}
        ) from None
    password_change(user=user, new_password=new_password)
    return user


def password_change(*, user: User, new_password: str) -> None:
    """Set the password and end every session of the account that the old one opened."""
    user.set_password(new_password)
    user.save(update_fields=["password"])
    tokens_revoke(user=user)


def tokens_revoke(*, user: User) -> int:
    """Blacklist every refresh token of `user` not yet blacklisted. Access tokens issued
    before a password change are refused by their password claim (CHECK_REVOKE_TOKEN)."""
    outstanding = OutstandingToken.objects.filter(user=user, blacklistedtoken__isnull=True)
    revoked = [BlacklistedToken(token=token) for token in outstanding]
    BlacklistedToken.objects.bulk_create(revoked, ignore_conflicts=True)
    return len(revoked)
