from accounts.throttles import UserOrIpThrottle


class SubmitUserThrottle(UserOrIpThrottle):
    """Signed-in submitters, per user."""

    scope = "submit_user"

    def allow_request(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return True
        return super().allow_request(request, view)


class SubmitGuestThrottle(UserOrIpThrottle):
    """Guests, per IP: tighter."""

    scope = "submit_guest"

    def allow_request(self, request, view):
        if request.user and request.user.is_authenticated:
            return True
        return super().allow_request(request, view)
