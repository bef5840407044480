"""Writes for places (filled by the places issue)."""

from places.types import ResolvedPlace


def video_places_replace(*, video, places: list[ResolvedPlace]) -> list:
    """Make the video's places and mentions exactly `places`. Call inside a transaction."""
    return []
