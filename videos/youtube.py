"""YouTube URL intake: the one place that decides what a pasted URL means.

Only hosts on an exact allow-list are accepted, and only forms that name one video.
Everything downstream sees the 11-character id, and fetchers only ever get the
canonical `https://www.youtube.com/watch?v=<id>`.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

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


def parse_video_id(url: str, *, _depth: int = 0) -> str:
    """Return the 11-character video id in `url`, or raise `InvalidYouTubeURL`."""
    if not isinstance(url, str):
        raise InvalidYouTubeURL("URL must be text")
    if len(url) > MAX_URL_LENGTH:
        raise InvalidYouTubeURL("URL is too long")
    text = url.strip()
    if not text:
        raise InvalidYouTubeURL("URL is empty")
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F or ch.isspace() for ch in text):
        raise InvalidYouTubeURL("URL contains control characters or spaces")
    if "://" not in text and not text.startswith("//"):
        # "youtube.com/watch?v=…" as people paste it, without a scheme. Anything that
        # looks like `scheme:` (ytsearch:, file:, javascript:) is refused below.
        if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text) and not re.match(
            r"^[A-Za-z0-9.-]+:\d+(/|$)", text
        ):
            raise InvalidYouTubeURL("Only http(s) YouTube URLs are accepted")
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise InvalidYouTubeURL("Malformed URL") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https", ""):
        raise InvalidYouTubeURL("Only http(s) YouTube URLs are accepted")
    if "@" in parts.netloc:
        raise InvalidYouTubeURL("URLs with credentials are not accepted")
    if port not in (None, 80, 443):
        raise InvalidYouTubeURL("Unexpected port")
    host = (parts.hostname or "").lower().rstrip(".")

    video_id: str | None = None
    if host in SHORT_HOSTS:
        segments = [p for p in parts.path.split("/") if p]
        if len(segments) == 1 and _is_video_id(segments[0]):
            video_id = segments[0]
    elif host in YOUTUBE_HOSTS:
        path = parts.path or "/"
        if path in _WATCH_PATHS:
            candidate = _first(parts.query, "v")
            if candidate is not None and _is_video_id(candidate):
                video_id = candidate
        elif path.rstrip("/") == "/attribution_link" and _depth == 0:
            target = _first(parts.query, "u")
            if target:
                target = unquote(target)
                if target.startswith("/"):
                    target = "https://www.youtube.com" + target
                return parse_video_id(target, _depth=1)
        else:
            video_id = _id_from_path(path)
    else:
        raise InvalidYouTubeURL("Not a YouTube URL")

    if video_id is None:
        raise InvalidYouTubeURL("The URL does not name one YouTube video")
    return video_id
