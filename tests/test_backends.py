"""pind.backends: a backend by its short name or by a dotted path, imported only then."""

import sys

import pytest

from pind.backends import UnknownBackend, backend_class

REGISTRY = {"ordered": "collections.OrderedDict", "gone": "collections.NoSuchThing"}


def test_a_short_name_gives_the_registered_class():
    from collections import OrderedDict

    assert backend_class("ordered", REGISTRY, kind="store") is OrderedDict


def test_a_dotted_path_names_a_class_of_ones_own():
    from fractions import Fraction

    assert backend_class("fractions.Fraction", REGISTRY, kind="store") is Fraction


def test_the_module_is_imported_only_when_asked_for(monkeypatch):
    monkeypatch.delitem(sys.modules, "wave", raising=False)
    registry = {"wav": "wave.Wave_read"}
    assert "wave" not in sys.modules
    backend_class("wav", registry, kind="reader")
    assert "wave" in sys.modules


@pytest.mark.parametrize("name", ["paddle", "", "gone", "collections.namedtuple"])
def test_a_name_that_stands_for_no_class_is_unknown_and_says_which_kind(name):
    with pytest.raises(UnknownBackend, match="store"):
        backend_class(name, REGISTRY, kind="store")


def test_a_missing_module_is_an_import_error_for_the_caller_to_skip():
    with pytest.raises(ImportError):
        backend_class("no_such_package_here.Backend", REGISTRY, kind="store")
