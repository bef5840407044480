"""Rendered my-map and history payloads, kept per process and checked on every request.

A user's lists are rendered once per change of what they show, not once per request: the
JSON bytes are kept under the user and their *read version*, the number of rows the
triggers of migration places/0003 wrote to `pind_read_change` for them (one per
transaction that changed their history, a video in it, or a mention or place of those
videos), plus the rows already folded into their `pind_read_base` counter by
`compact_read_changes` (migration places/0004). Every request reads that sum (one
statement, two primary-key lookups), so a change committed by any process, through any
write path, is seen by the next request: nothing is ever invalidated by hand, and a worker
that missed a change cannot answer from an old entry.

Readers read the version before the rows, outside any transaction: a change that
commits between the two is at worst kept under the older version, which no later request
asks for; a reader inside a transaction (its own writes are not counted until it commits)
neither reads nor keeps entries. Entries carry an ETag
(a hash of the bytes), so a client that sends `If-None-Match` gets a 304.

PostgreSQL only (the triggers); elsewhere `read_version` is None and nothing is kept.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.utils.http import parse_etags
from rest_framework.renderers import JSONRenderer

# One statement, so one snapshot: a compaction is seen whole or not at all.
_VERSION_SQL = (
    "SELECT coalesce((SELECT base FROM pind_read_base WHERE user_id = %s), 0)"
    " + (SELECT count(*) FROM pind_read_change WHERE user_id = %s)"
)
# Committed rows folded into the base in one statement: the sum each user's version reads
# is the same before and after. Rows of transactions in flight are invisible to the DELETE
# and stay; each transaction writes its row once, so nothing is counted twice. Concurrent
# compactions are safe (the second skips the rows the first deleted).
_COMPACT_SQL = """
WITH gone AS (DELETE FROM pind_read_change RETURNING user_id),
folded AS (SELECT user_id, count(*) AS n FROM gone GROUP BY user_id),
kept AS (
    INSERT INTO pind_read_base AS b (user_id, base)
    SELECT user_id, n FROM folded ORDER BY user_id
    ON CONFLICT (user_id) DO UPDATE SET base = b.base + EXCLUDED.base
    RETURNING 1
)
SELECT coalesce(sum(n), 0)::bigint, (SELECT count(*) FROM kept) FROM folded
"""
JSON = "application/json"


@dataclass(frozen=True)
class Payload:
    content: bytes
    etag: str
    extra: object = None  # what else the view needs besides the bytes (a page's has_next)


def read_version(user) -> int | None:
    """The version of what this user's lists show; None where it cannot be read, or must
    not be used: inside a transaction, whose own writes do not move it (one row per user
    per transaction) and may yet be rolled back, nothing is read from or kept in the cache.
    Web requests run in autocommit (no ATOMIC_REQUESTS), and so see committed rows only."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return None
    with connection.cursor() as cursor:
        cursor.execute(_VERSION_SQL, [user.pk, user.pk])
        return cursor.fetchone()[0]


PLACES = 0  # the pseudo-user whose version counts changes to places (migration places/0005)


def places_version() -> int | None:
    """The version of what places-near answers show: moved by every transaction that
    changes a place, a mention, or a video's YouTube id. None as in `read_version`."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return None
    with connection.cursor() as cursor:
        cursor.execute(_VERSION_SQL, [PLACES, PLACES])
        return cursor.fetchone()[0]


class AnswerCache:
    """Whole answers (data, headers) by key, at most `max_entries`, least recently used
    first out. Thread-safe."""

    def __init__(self, max_entries: int):
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple, tuple] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> tuple | None:
        with self._lock:
            answer = self._entries.get(key)
            if answer is not None:
                self._entries.move_to_end(key)
            return answer

    def put(self, key: tuple, answer: tuple) -> None:
        with self._lock:
            self._entries[key] = answer
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


# Places-near pages by their full URL and the places version (places.views).
NEAR_ANSWERS = AnswerCache(2048)


def compact_read_changes() -> tuple[int, int]:
    """Fold every committed `pind_read_change` row into its user's base counter; returns
    how many rows were folded, and for how many users. No user's version changes, so no
    kept entry is lost. Run by the django-q2 schedule of migration jobs/0004 and
    `manage.py compact_read_changes`; (0, 0) where the tables do not exist (not
    PostgreSQL)."""
    if connection.vendor != "postgresql":
        return 0, 0
    with connection.cursor() as cursor:
        cursor.execute(_COMPACT_SQL)
        rows, users = cursor.fetchone()
        return int(rows), int(users)


class PayloadCache:
    """A least-recently-used map of keys to payloads, bounded by the bytes it holds.
    Thread-safe (gunicorn gthread serves each request on its own thread)."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple, Payload] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Payload | None:
        with self._lock:
            payload = self._entries.get(key)
            if payload is not None:
                self._entries.move_to_end(key)
            return payload

    def put(self, key: tuple, payload: Payload) -> None:
        size = len(payload.content)
        if size > self.max_bytes:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old.content)
            self._entries[key] = payload
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._bytes -= len(evicted.content)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)


PAYLOADS = PayloadCache(settings.PIND_READ_CACHE_MB * 1024 * 1024)


def render_json(data) -> Payload:
    """`data` rendered as DRF's JSONRenderer renders a `Response` (pind's only API renderer
    for these lists), with its ETag."""
    content = JSONRenderer().render(data, JSON)
    return Payload(
        content=content, etag=f'"{hashlib.blake2b(content, digest_size=16).hexdigest()}"'
    )


def user_payload(request, kind: str, variant: object, build: Callable[[], tuple[object, object]]):
    """The rendered payload of one of the user's lists: kept, or `build()` (the data to
    render, and an extra value to keep beside it) rendered now and kept.

    `kind` and `variant` name the list (`"history"`, page 3). The user's `date_joined`
    is part of the key, so a user id reused after a wiped table never reads another's
    entry."""
    user = request.user
    version = read_version(user)
    key = (kind, user.pk, user.date_joined, version, variant)
    payload = PAYLOADS.get(key) if version is not None else None
    if payload is None:
        data, extra = build()
        rendered = render_json(data)
        payload = Payload(rendered.content, rendered.etag, extra)
        if version is not None:
            PAYLOADS.put(key, payload)
    return payload


def json_reply(request, payload: Payload) -> HttpResponse:
    """200 with the bytes, or 304 when the client already holds them (`If-None-Match`).
    Private: the lists are the user's own."""
    held = request.headers.get("If-None-Match")
    # Weak comparison (RFC 9110 13.1.2): W/"x" matches "x".
    tags = {tag.removeprefix("W/") for tag in parse_etags(held)} if held else set()
    if payload.etag in tags or "*" in tags:
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(payload.content, content_type=JSON)
    response["ETag"] = payload.etag
    response["Cache-Control"] = "private, no-cache"
    return response


def plain_json_accepted(request) -> bool:
    """Whether DRF negotiated plain JSON (no `indent=` or other media type parameters):
    only then are the kept bytes what the renderer would write for this request."""
    return getattr(request, "accepted_media_type", None) == JSON
