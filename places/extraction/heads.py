"""Is a text nothing but place words? ("갤러리 카페", "Market")."""

import functools

from places import lexicon
from places.normalize import normalize_name


@functools.cache
def _head_keys() -> tuple[str, ...]:
    keys = {normalize_name(h) for h in (*lexicon.KO_HEADS, *lexicon.EN_HEADS)}
    return tuple(sorted(keys, key=len, reverse=True))


def only_heads(rest: str) -> bool:
    """`rest` (normalised) is one or more place words and nothing else."""
    if not rest:
        return False
    while rest:
        head = next((h for h in _head_keys() if rest.startswith(h)), None)
        if head is None:
            return False
        rest = rest[len(head) :]
    return True
