"""Extractors, geocoders and OCR fail the same way: a BackendError that says whether
retrying can help; each kind is loaded by name through pind.backends."""

import pytest

from pind.backends import BackendError
from places.extraction import get_extractor
from places.extraction.base import ExtractorError
from places.geocoding import get_geocoder
from places.geocoding.base import GeocoderError
from videos.pipeline.ocr import OcrError


@pytest.mark.parametrize("cls", [ExtractorError, GeocoderError, OcrError])
@pytest.mark.parametrize("permanent", [True, False])
def test_backend_errors_share_one_base_and_its_permanent_flag(cls, permanent):
    with pytest.raises(BackendError) as caught:
        raise cls("no key", permanent=permanent)
    assert caught.value.permanent is permanent
    assert str(caught.value) == "no key"


@pytest.mark.parametrize("cls", [ExtractorError, GeocoderError, OcrError])
def test_a_backend_error_is_transient_unless_said(cls):
    assert cls("timed out").permanent is False


@pytest.mark.parametrize(
    ("load", "error", "kind"),
    [(get_extractor, ExtractorError, "extractor"), (get_geocoder, GeocoderError, "geocoder")],
)
@pytest.mark.parametrize("name", ["paddle", "", "places.models.no_such_class"])
def test_an_unknown_backend_name_is_a_permanent_error_that_names_its_kind(load, error, kind, name):
    with pytest.raises(error, match=kind) as caught:
        load(name)
    assert caught.value.permanent is True


def test_an_extractor_is_found_by_short_name_or_by_dotted_path():
    from places.extraction.gazetteer import GazetteerExtractor

    assert type(get_extractor("gazetteer")) is GazetteerExtractor
    dotted = get_extractor("places.extraction.gazetteer.GazetteerExtractor")
    assert type(dotted) is GazetteerExtractor
