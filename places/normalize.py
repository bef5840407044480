"""Name normalisation shared by identity, fusion, the gazetteer and evaluation."""

import re
import unicodedata

_NON_WORD = re.compile(r"[\s\W_]+")


def normalize_name(name: str) -> str:
    """Case-, width-, space- and punctuation-insensitive key ("N Seoul-Tower" → "nseoultower")."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", name or "").lower())


def names_match(a: str, b: str) -> bool:
    """shared/eval/score.py's matching rule: equal normalised names, or one inside the other
    with the shorter 3+ characters and at least half the longer ("Osaka" is not "Osaka
    Castle")."""
    a, b = normalize_name(a), normalize_name(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and short in long_ and len(short) >= 0.5 * len(long_)
