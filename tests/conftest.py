"""Shared fixtures. Personas: alice (`user`), bob (`other_user`)."""

import os

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient


@pytest.fixture(autouse=True, scope="session")
def _quick_password_hashing():
    # PBKDF2's million rounds cost ~0.3 s per user on a busy CI machine, most of the fast
    # suite's setup time; tests need a password that checks, not one that resists cracking.
    from django.test.utils import override_settings

    # The job status listener (jobs.status_cache) only in the tests about it: a thread that
    # holds a connection to the test database would outlive the tests.
    with override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        PIND_STATUS_NOTIFY=False,
    ):
        yield


@pytest.fixture(autouse=True)
def _clear_cache(db):
    # Throttle counters live in the shared cache; each test starts with none, and with no
    # run estimate kept from another test's jobs.
    from jobs.services import forget_estimate
    from jobs.views import forget_finished

    cache.clear()
    forget_estimate()
    forget_finished()
    yield


@pytest.fixture
def password():
    return "correct-horse-battery-9"


@pytest.fixture
def user(django_user_model, password):
    return django_user_model.objects.create_user(email="alice@example.com", password=password)


@pytest.fixture
def other_user(django_user_model, password):
    return django_user_model.objects.create_user(email="bob@example.com", password=password)


@pytest.fixture
def api_client():
    return APIClient()


def bearer(user) -> str:
    from rest_framework_simplejwt.tokens import RefreshToken

    return f"Bearer {RefreshToken.for_user(user).access_token}"


@pytest.fixture
def auth_client(user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=bearer(user))
    return client


@pytest.fixture
def other_client(other_user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=bearer(other_user))
    return client


# --- System tools: CI must have them, a laptop may lack them ------------------------------
# Tests that need Tesseract, ffmpeg, a Korean font or Chromium skip, naming the tool, where
# it is missing. Under CI (`CI` set, or PIND_REQUIRE_SYSTEM_TOOLS=1 as .ci/run sets) such a
# skip fails instead, so OCR can never go untested and green; locally the summary says
# loudly what went untested and the command that installs it.
SYSTEM_TOOLS = {
    "tesseract": "apt-get install tesseract-ocr tesseract-ocr-kor tesseract-ocr-eng",
    "ffmpeg": "apt-get install ffmpeg",
    "korean font": "apt-get install fonts-nanum",
    "chromium": "apt-get install chromium",
}
_untested: dict[str, int] = {}


def _tools_required() -> bool:
    flag = os.environ.get("PIND_REQUIRE_SYSTEM_TOOLS")
    return flag == "1" if flag is not None else bool(os.environ.get("CI"))


def _missing_tool(reason: str) -> str | None:
    return next((tool for tool in SYSTEM_TOOLS if tool in reason.lower()), None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if not report.skipped or call.excinfo is None or hasattr(report, "wasxfail"):
        return report
    reason = str(call.excinfo.value)
    tool = _missing_tool(reason)
    if tool is None:
        return report
    if _tools_required():
        report.outcome = "failed"
        report.longrepr = (
            f"{tool} is missing on this machine and CI must test with it ({reason}).\n"
            f"Install it: {SYSTEM_TOOLS[tool]}  (or unset PIND_REQUIRE_SYSTEM_TOOLS locally)"
        )
    else:
        _untested[tool] = _untested.get(tool, 0) + 1
    return report


def pytest_terminal_summary(terminalreporter):
    if not _untested:
        return
    total = sum(_untested.values())
    terminalreporter.write_sep("!", f"{total} tests NOT RUN: system tools missing", red=True)
    for tool, count in sorted(_untested.items()):
        terminalreporter.write_line(f"  {tool}: {count} tests skipped; {SYSTEM_TOOLS[tool]}")
    terminalreporter.write_line("  CI fails on these (PIND_REQUIRE_SYSTEM_TOOLS=1).")
