"""Geocoding chain: PlaceCandidates → ResolvedPlaces (filled by the places issue)."""

from pind.texts import VideoTexts
from places.types import PlaceCandidate, ResolvedPlace


def geocode_places(candidates: list[PlaceCandidate], *, texts: VideoTexts) -> list[ResolvedPlace]:
    return [
        ResolvedPlace(
            name=c.name,
            category=c.category,
            aliases=c.aliases,
            mentions=c.mentions,
            confidence=c.confidence,
        )
        for c in candidates
    ]
