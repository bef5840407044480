"""Values that flow through extraction → geocoding → saving. Frozen."""

from __future__ import annotations

from dataclasses import dataclass, fields


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
class FoundPlace:
    """What every stage knows of a place it found: its name and kind, the other names it
    goes by, the mentions that support it and how sure we are."""

    name: str
    category: str = ""
    aliases: tuple[str, ...] = ()
    mentions: tuple[Evidence, ...] = ()
    confidence: float = 0.0
    # A curated Place this is known to be (its pk), so geocoding and saving reuse it.
    place_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlaceCandidate(FoundPlace):
    """A fused place before geocoding."""

    address_hint: str = ""
    region_hint: str = ""
    # Ids of the named rules that proposed it ("en.speech.go_into", "ko.desc.pin_line").
    rules: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ResolvedPlace(FoundPlace):
    """A candidate with whatever geocoding found (lat/lng None when nothing did)."""

    address: str = ""
    road_address: str = ""
    lat: float | None = None
    lng: float | None = None
    provider: str = ""
    provider_place_id: str = ""
    approximate: bool = False
    region: str = ""

    @classmethod
    def of(cls, candidate: PlaceCandidate, **found) -> ResolvedPlace:
        """The candidate's own fields, with what geocoding found for it."""
        return cls(**{f.name: getattr(candidate, f.name) for f in fields(FoundPlace)} | found)
