import logging

import pytest


@pytest.fixture(autouse=True)
def _extractors_must_not_crash(caplog):
    """An extractor that raises is logged and skipped in production, so the others' results
    stand; in tests that would hide the bug behind a passing assertion, so it fails the test."""
    caplog.set_level(logging.ERROR, logger="places.extraction")
    yield
    crashed = [
        r for r in caplog.get_records("call") if r.name == "places.extraction" and r.exc_info
    ]
    assert not crashed, f"an extractor crashed: {crashed[0].getMessage()}"
