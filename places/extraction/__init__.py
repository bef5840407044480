"""Place extraction: VideoTexts → fused PlaceCandidates (filled by the places issue)."""

from pind.texts import VideoTexts
from places.types import PlaceCandidate


def extract_places(texts: VideoTexts) -> list[PlaceCandidate]:
    return []
