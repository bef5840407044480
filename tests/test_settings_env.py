"""pind.settings' env helpers: the default when unset or empty, a loud error on bad text."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from pind.settings import env_float, env_int


@pytest.mark.parametrize(("read", "text", "value"), [(env_int, "42", 42), (env_float, "2.5", 2.5)])
def test_a_set_variable_is_parsed(monkeypatch, read, text, value):
    monkeypatch.setenv("PIND_TEST_KNOB", text)
    assert read("PIND_TEST_KNOB", 7) == value


@pytest.mark.parametrize("read", [env_int, env_float])
def test_an_unset_or_empty_variable_gives_the_default(monkeypatch, read):
    monkeypatch.delenv("PIND_TEST_KNOB", raising=False)
    assert read("PIND_TEST_KNOB", 7) == 7
    monkeypatch.setenv("PIND_TEST_KNOB", "")
    assert read("PIND_TEST_KNOB", 7) == 7


@pytest.mark.parametrize(
    ("read", "text", "says"),
    [(env_int, "2.5", "an integer"), (env_int, "ten", "an integer"), (env_float, "x", "a number")],
)
def test_bad_text_is_refused_with_the_variable_named(monkeypatch, read, text, says):
    monkeypatch.setenv("PIND_TEST_KNOB", text)
    with pytest.raises(ImproperlyConfigured, match=f"PIND_TEST_KNOB must be {says}, got '{text}'"):
        read("PIND_TEST_KNOB", 7)
