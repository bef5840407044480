"""Name normalisation shared by identity, fusion, the gazetteer and evaluation."""

import re
import unicodedata

_NON_WORD = re.compile(r"[\s\W_]+")


def normalize_name(name: str) -> str:
    """Case-, width-, space- and punctuation-insensitive key ("N Seoul-Tower" → "nseoultower")."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", name or "").lower())


def fold_accents(text: str) -> str:
    """ "cafésantiago" → "cafesantiago": speech and captions often drop the accents (Hangul
    decomposes and recomposes unchanged)."""
    if text.isascii():
        return text
    bare = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return unicodedata.normalize("NFC", bare)


def names_match(a: str, b: str) -> bool:
    """shared/eval/score.py's matching rule: equal normalised names, or one inside the other
    with the shorter 3+ characters and at least half the longer ("Osaka" is not "Osaka
    Castle")."""
    short, long_ = sorted((normalize_name(a), normalize_name(b)), key=len)
    if not short:
        return False
    return short == long_ or (len(short) >= 3 and short in long_ and 2 * len(short) >= len(long_))
