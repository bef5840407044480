from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts import services
from accounts.serializers import (
    EMAIL_TAKEN,
    LoginInput,
    MeOutput,
    MessageOutput,
    MeUpdateInput,
    PasswordResetConfirmInput,
    PasswordResetRequestInput,
    RefreshInput,
    RegisterInput,
    RegisterOutput,
    TokenOutput,
)
from accounts.throttles import LoginThrottle, PasswordResetThrottle, RegisterThrottle
from pind.errors import ApiError


class PublicView(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]


class RegisterView(PublicView):
    throttle_classes = [RegisterThrottle]

    @extend_schema(request=RegisterInput, responses={201: RegisterOutput}, tags=["auth"])
    def post(self, request):
        data = RegisterInput(data=request.data)
        if not data.is_valid():
            codes = data.errors.get("email", [])
            if any(getattr(error, "code", "") == "email_taken" for error in codes):
                # The whole answer's `detail` is the sentence clients match on.
                raise ApiError(
                    EMAIL_TAKEN,
                    code="invalid",
                    extra={"fields": {k: [str(m) for m in v] for k, v in data.errors.items()}},
                )
            raise ValidationError(data.errors)
        user = services.user_create(**data.validated_data)
        body = {"message": "User created successfully", "id": user.pk, "email": user.email}
        return Response(body, status=status.HTTP_201_CREATED)


class LoginView(PublicView):
    throttle_classes = [LoginThrottle]

    @extend_schema(request=LoginInput, responses={200: TokenOutput}, tags=["auth"])
    def post(self, request):
        data = LoginInput(data=request.data)
        data.is_valid(raise_exception=True)
        tokens = services.login(
            request=request,
            email=data.validated_data["email"],
            password=data.validated_data["password"],
        )
        return Response(tokens)


class RefreshView(PublicView):
    throttle_classes = [LoginThrottle]

    @extend_schema(request=RefreshInput, responses={200: TokenOutput}, tags=["auth"])
    def post(self, request):
        data = RefreshInput(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(services.token_refresh(**data.validated_data))


class LogoutView(PublicView):
    @extend_schema(request=RefreshInput, responses={200: MessageOutput}, tags=["auth"])
    def post(self, request):
        data = RefreshInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.logout(**data.validated_data)
        return Response({"message": "Logged out"})


class MeView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: MeOutput}, tags=["auth"])
    def get(self, request):
        return Response(MeOutput(request.user).data)

    @extend_schema(request=MeUpdateInput, responses={200: MeOutput}, tags=["auth"])
    def patch(self, request):
        data = MeUpdateInput(data=request.data, context={"user": request.user})
        data.is_valid(raise_exception=True)
        user = request.user
        if "display_name" in data.validated_data:
            user.display_name = data.validated_data["display_name"]
            user.save(update_fields=["display_name"])
        if "new_password" in data.validated_data:
            services.password_change(user=user, new_password=data.validated_data["new_password"])
        return Response(MeOutput(user).data)


RESET_SENT = "If that email is registered, a password reset link has been sent."


class PasswordResetRequestView(PublicView):
    throttle_classes = [PasswordResetThrottle]

    @extend_schema(request=PasswordResetRequestInput, responses={200: MessageOutput}, tags=["auth"])
    def post(self, request):
        data = PasswordResetRequestInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.password_reset_request(email=data.validated_data["email"])
        return Response({"message": RESET_SENT})


class PasswordResetConfirmView(PublicView):
    throttle_classes = [PasswordResetThrottle]

    @extend_schema(request=PasswordResetConfirmInput, responses={200: MessageOutput}, tags=["auth"])
    def post(self, request):
        data = PasswordResetConfirmInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.password_reset_confirm(**data.validated_data)
        return Response({"message": "Password has been reset"})
