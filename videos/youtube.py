"""YouTube URL intake: the one place that decides what a pasted URL means.

Only hosts on an exact allow-list are accepted, and only forms that name one video.
Everything downstream sees the 11-character id, and fetchers only ever get the
canonical `https://www.youtube.com/watch?v=<id>`.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit

MAX_URL_LENGTH = 2048

VIDEO_ID = re.compile(r"[A-Za-z0-9_-]{11}")

# Hosts that serve a watch page or a player for one video. Exact matches only:
# `youtube.com.evil.com` and `evilyoutube.com` are not here, and never will be.
YOUTUBE_HOSTS = frozenset(
    {
        "youtube.com",
        "www.youtube.com",
        "m.youtube.com",
        "music.youtube.com",
        "gaming.youtube.com",
        "youtube-nocookie.com",
        "www.youtube-nocookie.com",
    }
)
SHORT_HOSTS = frozenset({"youtu.be", "www.youtu.be"})

# /<prefix>/<id> forms on the YouTube hosts.
_PATH_PREFIXES = frozenset({"shorts", "live", "embed", "v", "e"})
# Pages whose `v` query parameter names the video.
_WATCH_PATHS = frozenset({"/watch", "/watch/", "/watch_popup", "/watch_popup/"})


class InvalidYouTubeURL(ValueError):
    """The text is not a URL of one YouTube video."""


def _is_video_id(value: str) -> bool:
    return VIDEO_ID.fullmatch(value) is not None


def canonical_url(video_id: str) -> str:
    if not _is_video_id(video_id):
        raise InvalidYouTubeURL("Not a YouTube video id")
    return f"https://www.youtube.com/watch?v={video_id}"


def _first(query: str, name: str) -> str | None:
    values = parse_qs(query, keep_blank_values=True).get(name)
    # The first `v` wins, as YouTube itself does.
    return values[0] if values else None


def _id_from_path(path: str) -> str | None:
    parts = [p for p in path.split("/") if p]
    if len(parts) >= 2 and parts[0] in _PATH_PREFIXES and _is_video_id(parts[1]):
        return parts[1]
    return None


# `scheme:` at the start of a URL pasted without `//` (ytsearch:, file:, javascript:)…
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# …unless it is a host and a port, as in "youtube.com:443/watch?v=…".
_HOST_AND_PORT = re.compile(r"^[A-Za-z0-9.-]+:\d+(/|$)")


def _is_unprintable(ch: str) -> bool:
    return ord(ch) < 0x20 or ord(ch) == 0x7F or ch.isspace()


def _plain_text(url: object) -> str:
    """The pasted text, trimmed, once it could be one URL at all."""
    if not isinstance(url, str):
        raise InvalidYouTubeURL("URL must be text")
    if len(url) > MAX_URL_LENGTH:
        raise InvalidYouTubeURL("URL is too long")
    text = url.strip()
    if not text:
        raise InvalidYouTubeURL("URL is empty")
    if any(_is_unprintable(ch) for ch in text):
        raise InvalidYouTubeURL("URL contains control characters or spaces")
    return text


def _with_scheme(text: str) -> str:
    """A URL pasted as people do ("youtube.com/watch?v=…"), with the https:// it lacks."""
    if "://" in text or text.startswith("//"):
        return text
    if _SCHEME.match(text) and not _HOST_AND_PORT.match(text):
        raise InvalidYouTubeURL("Only http(s) YouTube URLs are accepted")
    return "https://" + text


def _split(text: str) -> SplitResult:
    """The URL's parts, once its scheme, user part and port are ones a video page has."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise InvalidYouTubeURL("Malformed URL") from exc
    if parts.scheme.lower() not in ("http", "https", ""):
        raise InvalidYouTubeURL("Only http(s) YouTube URLs are accepted")
    if "@" in parts.netloc:
        raise InvalidYouTubeURL("URLs with credentials are not accepted")
    if port not in (None, 80, 443):
        raise InvalidYouTubeURL("Unexpected port")
    return parts


def _id_from_short_link(path: str) -> str | None:
    """youtu.be/<id>: the whole path is the id."""
    segments = [p for p in path.split("/") if p]
    if len(segments) == 1 and _is_video_id(segments[0]):
        return segments[0]
    return None


def _id_from_attribution_link(query: str) -> str | None:
    """/attribution_link?u=<the watch URL, quoted>: the video is the one `u` names."""
    target = _first(query, "u")
    if not target:
        return None
    target = unquote(target)
    if target.startswith("/"):
        target = "https://www.youtube.com" + target
    return parse_video_id(target, _depth=1)


def _id_on_youtube(parts: SplitResult, depth: int) -> str | None:
    path = parts.path or "/"
    if path in _WATCH_PATHS:
        candidate = _first(parts.query, "v")
        return candidate if candidate is not None and _is_video_id(candidate) else None
    if path.rstrip("/") == "/attribution_link" and depth == 0:
        return _id_from_attribution_link(parts.query)
    return _id_from_path(path)


def parse_video_id(url: str, *, _depth: int = 0) -> str:
    """Return the 11-character video id in `url`, or raise `InvalidYouTubeURL`."""
    parts = _split(_with_scheme(_plain_text(url)))
    host = (parts.hostname or "").lower().rstrip(".")
    if host in SHORT_HOSTS:
        video_id = _id_from_short_link(parts.path)
    elif host in YOUTUBE_HOSTS:
        video_id = _id_on_youtube(parts, _depth)
    else:
        raise InvalidYouTubeURL("Not a YouTube URL")
    if video_id is None:
        raise InvalidYouTubeURL("The URL does not name one YouTube video")
    return video_id
