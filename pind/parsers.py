"""Request body parsers with a bound on how deeply JSON may nest.

Python's `json` module recurses once per level: a 2 KB body of `[[[[…` ends in a
RecursionError (a 500) long before any view sees it. The API's bodies are flat objects,
so anything nested deeper than `PIND_JSON_MAX_DEPTH` is refused as a parse error (400)
after one linear scan and before `json.loads` runs.
"""

from __future__ import annotations

import io

from django.conf import settings
from rest_framework import parsers
from rest_framework.exceptions import ParseError

_OPEN = frozenset(b"[{")
_CLOSE = frozenset(b"]}")
_QUOTE, _BACKSLASH = ord('"'), ord("\\")


def json_depth(raw: bytes) -> int:
    """How deeply arrays and objects nest in `raw` (brackets inside strings do not count)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == _BACKSLASH:
                escaped = True
            elif byte == _QUOTE:
                in_string = False
        elif byte == _QUOTE:
            in_string = True
        elif byte in _OPEN:
            depth += 1
            if depth > deepest:
                deepest = depth
        elif byte in _CLOSE:
            depth -= 1
    return deepest


def check_json_depth(raw: bytes, limit: int | None = None) -> None:
    limit = limit if limit is not None else settings.PIND_JSON_MAX_DEPTH
    if json_depth(raw) > limit:
        raise ParseError(f"JSON nested deeper than {limit} levels.")


class BoundedJSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        raw = stream.read() if stream is not None else b""
        check_json_depth(raw)
        try:
            return super().parse(io.BytesIO(raw), media_type, parser_context)
        except RecursionError:  # a lower limit in a thread with a small stack
            raise ParseError("JSON nested too deeply.") from None
