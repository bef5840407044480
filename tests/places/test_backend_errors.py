"""Extractors and geocoders fail the same way: a BackendError that says whether retrying
can help."""

import pytest

from pind.backends import BackendError
from places.extraction.base import ExtractorError
from places.geocoding.base import GeocoderError


@pytest.mark.parametrize("cls", [ExtractorError, GeocoderError])
@pytest.mark.parametrize("permanent", [True, False])
def test_backend_errors_share_one_base_and_its_permanent_flag(cls, permanent):
    with pytest.raises(BackendError) as caught:
        raise cls("no key", permanent=permanent)
    assert caught.value.permanent is permanent
    assert str(caught.value) == "no key"


@pytest.mark.parametrize("cls", [ExtractorError, GeocoderError])
def test_a_backend_error_is_transient_unless_said(cls):
    assert cls("timed out").permanent is False
