"""Name normalisation shared by identity, fusion, the gazetteer and evaluation."""

import re
import unicodedata

_NON_WORD = re.compile(r"[\s\W_]+")


def normalize_name(name: str) -> str:
    """Case-, width-, space- and punctuation-insensitive key ("N Seoul-Tower" → "nseoultower")."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", name or "").lower())
