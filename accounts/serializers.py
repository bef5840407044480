from django.contrib.auth import password_validation
from rest_framework import serializers

from accounts.models import User, normalize_email

EMAIL_TAKEN = "Email already registered"  # the words the seed's clients look for


class RegisterInput(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=128, write_only=True, trim_whitespace=False)
    display_name = serializers.CharField(max_length=150, required=False, allow_blank=True)

    def validate_email(self, value: str) -> str:
        value = normalize_email(value)
        if User.objects.filter(email__iexact=value).exists():
            raise serializers.ValidationError(EMAIL_TAKEN, code="email_taken")
        return value

    def validate(self, attrs):
        candidate = User(email=attrs["email"], display_name=attrs.get("display_name", ""))
        try:
            password_validation.validate_password(attrs["password"], user=candidate)
        except Exception as exc:  # django.core.exceptions.ValidationError
            raise serializers.ValidationError({"password": list(exc.messages)}) from None
        return attrs


class RegisterOutput(serializers.Serializer):
    message = serializers.CharField()
    id = serializers.IntegerField()
    email = serializers.EmailField()


class LoginInput(serializers.Serializer):
    """Form login (`username` is the email) or JSON `{email, password}`."""

    username = serializers.CharField(required=False, max_length=254)
    email = serializers.CharField(required=False, max_length=254)
    password = serializers.CharField(max_length=128, trim_whitespace=False)

    def validate(self, attrs):
        email = attrs.get("email") or attrs.get("username")
        if not email:
            raise serializers.ValidationError({"username": ["This field is required."]})
        attrs["email"] = normalize_email(email)
        return attrs


class TokenOutput(serializers.Serializer):
    access_token = serializers.CharField()
    token_type = serializers.CharField(default="bearer")
    expires_in = serializers.IntegerField(help_text="Seconds until the access token expires")
    refresh_token = serializers.CharField()


class RefreshInput(serializers.Serializer):
    refresh_token = serializers.CharField(required=False)
    refresh = serializers.CharField(required=False)

    def validate(self, attrs):
        token = attrs.get("refresh_token") or attrs.get("refresh")
        if not token:
            raise serializers.ValidationError({"refresh_token": ["This field is required."]})
        return {"refresh_token": token}


class MessageOutput(serializers.Serializer):
    message = serializers.CharField()


class MeOutput(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "email", "display_name", "date_joined", "last_login"]


class MeUpdateInput(serializers.Serializer):
    display_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    current_password = serializers.CharField(required=False, trim_whitespace=False)
    new_password = serializers.CharField(required=False, trim_whitespace=False, max_length=128)

    def validate(self, attrs):
        user = self.context["user"]
        if "new_password" in attrs:
            if not user.check_password(attrs.get("current_password") or ""):
                raise serializers.ValidationError(
                    {"current_password": ["Current password is incorrect."]}
                )
            try:
                password_validation.validate_password(attrs["new_password"], user=user)
            except Exception as exc:
                raise serializers.ValidationError({"new_password": list(exc.messages)}) from None
        return attrs


class PasswordResetRequestInput(serializers.Serializer):
    email = serializers.EmailField(max_length=254)


class PasswordResetConfirmInput(serializers.Serializer):
    uid = serializers.CharField(max_length=64)
    token = serializers.CharField(max_length=128)
    new_password = serializers.CharField(max_length=128, trim_whitespace=False)
