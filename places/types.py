"""Values that flow through extraction → geocoding → saving. Frozen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Evidence:
    """One mention of a place: where in the video and the text that supports it."""

    source: str  # description|chapter|transcript|ocr|asr|llm|title
    text: str
    start_s: float | None = None
    end_s: float | None = None
    # Ids of the rules that read the place in this line ("echo": the name found again).
    rules: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "start_s": self.start_s,
            "end_s": self.end_s,
            "text": self.text,
            "rules": list(self.rules),
        }


@dataclass(frozen=True, slots=True)
class PlaceCandidate:
    """A fused place before geocoding."""

    name: str
    category: str = ""
    address_hint: str = ""
    aliases: tuple[str, ...] = ()
    mentions: tuple[Evidence, ...] = ()
    confidence: float = 0.0
    region_hint: str = ""
    # A curated Place the gazetteer recognised (its pk), so geocoding and saving reuse it.
    place_id: int | None = None
    # Ids of the named rules that proposed it ("en.speech.go_into", "ko.desc.pin_line").
    rules: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A candidate with whatever geocoding found (lat/lng None when nothing did)."""

    name: str
    category: str = ""
    address: str = ""
    road_address: str = ""
    lat: float | None = None
    lng: float | None = None
    provider: str = ""
    provider_place_id: str = ""
    approximate: bool = False
    confidence: float = 0.0
    aliases: tuple[str, ...] = ()
    mentions: tuple[Evidence, ...] = ()
    region: str = ""
    place_id: int | None = None  # an existing Place this is known to be
