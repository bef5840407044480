"""Reads stay cheap as the tables grow: constant query counts, no video texts in lists, and a
submit of a processed video that writes no job.

Selector query counts are pinned exactly; endpoint counts are compared between a small and
a large history (the authentication queries are the accounts app's business, so they are
left out of the comparison, and the two counts must simply be equal).
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_q.models import OrmQ

from jobs import services
from jobs.models import Job
from places import selectors as place_selectors
from places.geo import distance_m
from places.models import Mention, Place
from videos import selectors as video_selectors
from videos.models import Video, WatchHistory

pytestmark = pytest.mark.django_db

# Columns kept for reprocessing (and the long description): no list may read them.
VIDEO_TEXT_COLUMNS = ("texts", "candidates", "chapters", "tags", "description")
BIG_TEXTS = {"transcript": {"segments": [{"start": 1.0, "text": "x" * 200}] * 50}}


def seed_history(user, n_videos: int, *, places_per_video: int = 3, prefix: str = "s") -> list:
    """`n_videos` processed videos with texts, each with its own places (two mentions each,
    one shared place across all), all in the user's history."""
    base = Video.objects.count()
    videos = Video.objects.bulk_create(
        Video(
            youtube_id=f"{prefix[:3]:_<3}{base + i:08d}",
            title=f"Video {i}",
            description="long description " * 50,
            state=Video.State.PROCESSED,
            texts=BIG_TEXTS,
            candidates=[{"name": "c"}] * 20,
        )
        for i in range(n_videos)
    )
    shared, _ = Place.objects.get_or_create(
        name="Shared Market", defaults={"lat": 37.57, "lng": 126.98, "category": "market"}
    )
    places = Place.objects.bulk_create(
        Place(name=f"{prefix} place {base + i}", lat=37.5 + i * 1e-4, lng=127.0, category="cafe")
        for i in range(n_videos * places_per_video)
    )
    mentions = []
    for vi, video in enumerate(videos):
        own = places[vi * places_per_video : (vi + 1) * places_per_video]
        for rank, place in enumerate([shared, *own]):
            mentions.append(Mention(place=place, video=video, rank=rank, source="description"))
            mentions.append(
                Mention(place=place, video=video, rank=rank, source="transcript", start_s=rank)
            )
    Mention.objects.bulk_create(mentions)
    WatchHistory.objects.bulk_create(WatchHistory(user=user, video=v) for v in videos)
    return videos


def _app_queries(ctx) -> list[str]:
    auth_tables = ('"accounts_', '"token_blacklist_', '"axes_')
    return [q["sql"] for q in ctx.captured_queries if not any(t in q["sql"] for t in auth_tables)]


def _count(client, path: str) -> int:
    from jobs.services import forget_estimate

    forget_estimate()  # each count reads the process's run estimate afresh
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200, response.content[:300]
    return len(_app_queries(ctx))


LIST_PATHS = (
    "/api/v1/users/history",
    "/api/v1/users/places",
    "/api/v1/users/places?format=geojson",
    "/api/v1/places?near=37.5,127.0&radius=5000",
    "/api/v1/places?q=place",
    "/api/v1/places?bbox=126,37,128,38",
    "/api/v1/jobs",
)


@pytest.mark.parametrize("path", LIST_PATHS)
def test_list_endpoints_run_the_same_queries_for_2_and_200_videos(auth_client, user, path):
    seed_history(user, 2, prefix="few")
    few = _count(auth_client, path)
    seed_history(user, 198, prefix="many")
    assert _count(auth_client, path) == few


def test_selector_query_counts_are_pinned(user, django_assert_num_queries):
    videos = seed_history(user, 60)
    with django_assert_num_queries(2):  # the rows with their videos' list columns; places
        rows, has_next = video_selectors.history_page(user=user, page=1)
    assert len(rows) == 50 and has_next and len(rows[0].places) == 4
    with django_assert_num_queries(1):
        mine = place_selectors.user_place_rows(user)
    assert len(mine) == 60 * 3 + 1
    with django_assert_num_queries(1):
        by_video = place_selectors.video_place_rows([v.pk for v in videos])
    assert all(len(places) == 4 for places in by_video.values())
    with django_assert_num_queries(2):  # the page of places; their mentions
        page = list(place_selectors.place_search(near=(37.5, 127.0), radius_m=5000)[:50])
        place_selectors.attach_evidence(page)
    assert len(page) == 50


def test_my_map_lists_each_place_once_with_every_video(auth_client, user, other_user):
    videos = seed_history(user, 3, places_per_video=2)
    seed_history(other_user, 2, prefix="bob")
    body = auth_client.get("/api/v1/users/places").json()
    assert len(body) == 3 * 2 + 1
    shared = next(p for p in body if p["name"] == "Shared Market")
    assert shared["videos"] == [v.youtube_id for v in videos]
    assert len(shared["mentions"]) == 2 * 3
    assert {m["video_id"] for m in shared["mentions"]} == {v.youtube_id for v in videos}
    assert [p["name"] for p in body] == sorted(p["name"] for p in body)


@pytest.mark.parametrize("path", LIST_PATHS)
def test_list_endpoints_never_read_video_texts(auth_client, user, path):
    seed_history(user, 3)
    Job.objects.create(owner=user, video=Video.objects.first())
    with CaptureQueriesContext(connection) as ctx:
        assert auth_client.get(path).status_code == 200
    for sql in ctx.captured_queries:
        for column in VIDEO_TEXT_COLUMNS:
            assert f'"videos_video"."{column}"' not in sql["sql"], (path, sql["sql"])


def test_job_status_reads_no_video_texts(api_client, user):
    (video,) = seed_history(user, 1)
    job = Job.objects.create(owner=user, video=video)
    with CaptureQueriesContext(connection) as ctx:
        assert api_client.get(f"/api/v1/jobs/{job.pk}/status").status_code == 200
    for sql in ctx.captured_queries:
        for column in ("texts", "candidates", "chapters", "tags"):
            assert f'"videos_video"."{column}"' not in sql["sql"], sql["sql"]


def test_a_cache_hit_submit_writes_no_job_and_runs_nothing(
    auth_client, user, other_user, monkeypatch, django_assert_num_queries
):
    (video,) = seed_history(other_user, 1)

    def no_pipeline(*args, **kwargs):
        raise AssertionError("a cache hit must not run the pipeline")

    monkeypatch.setattr("videos.pipeline.run.run_from", no_pipeline)
    url = {"url": f"https://youtu.be/{video.youtube_id}"}
    for _ in range(3):
        reply = auth_client.post("/api/v1/youtube/process", url, format="json")
        assert reply.status_code == 200 and reply.json()["mode"] == "db"
        assert reply.json()["job_id"] == f"cached_{video.youtube_id}"
        assert len(reply.json()["places"]) == 4
    assert not Job.objects.exists() and not OrmQ.objects.exists()
    assert WatchHistory.objects.filter(user=user, video=video).count() == 1
    # The service: the video, "is a run in flight?", the history touch (read + bump).
    with django_assert_num_queries(4):
        submission = services.job_submit(youtube_id=video.youtube_id, user=user)
    assert submission.job is None and submission.mode == "db"


def test_a_reprocess_in_flight_is_joined_not_answered_from_the_cache(auth_client, user):
    (video,) = seed_history(user, 1)
    running = Job.objects.create(video=video, from_step="geocoding")
    reply = auth_client.post(
        "/api/v1/youtube/process?wait=0",
        {"url": f"https://youtu.be/{video.youtube_id}"},
        format="json",
    )
    assert reply.status_code == 202 and reply.json()["job_id"] == str(running.pk)


def test_near_search_orders_by_true_distance_and_cuts_at_the_radius(auth_client):
    centre = (37.5665, 126.9780)
    # Due north at 990 m, 1010 m; north-east at 500 m; a far one.
    Place.objects.bulk_create(
        [
            Place(name="inside", lat=37.5665 + 990 / 111_195, lng=126.9780),
            Place(name="outside", lat=37.5665 + 1010 / 111_195, lng=126.9780),
            Place(name="closest", lat=37.5665 + 354 / 111_195, lng=126.9780 + 0.004),
            Place(name="busan", lat=35.1796, lng=129.0756),
        ]
    )
    body = auth_client.get("/api/v1/places?near=37.5665,126.9780&radius=1000").json()
    names = [p["name"] for p in body["results"]]
    assert names == ["closest", "inside"]
    distances = [distance_m(*centre, p["lat"], p["lng"]) for p in body["results"]]
    assert distances == sorted(distances) and distances[-1] <= 1000


def test_plain_output_serializers_render_what_drf_renders(auth_client, user, monkeypatch):
    """The read endpoints render through `PlainOut` (DRF's `to_representation` without its
    per-field overhead): byte for byte what DRF's own rendering answers, nulls included."""
    from rest_framework import serializers

    from places.serializers import PlainOut

    videos = seed_history(user, 3)
    Place.objects.filter(pk=Mention.objects.first().place_id).update(lat=None, lng=None)
    Mention.objects.filter(pk=Mention.objects.order_by("pk").last().pk).update(start_s=None)
    running = Job.objects.create(owner=user, video=videos[0], error_message="")
    done = Job.objects.create(owner=user, video=videos[1], status=Job.Status.SUCCESS)
    failed = Job.objects.create(
        owner=user, video=videos[2], status=Job.Status.FAILURE, error_code="boom"
    )
    place = Place.objects.order_by("pk").first()
    paths = [
        *LIST_PATHS,
        *(f"/api/v1/jobs/{job.pk}/status" for job in (running, done, failed)),
        *(f"/api/v1/jobs/{job.pk}/result" for job in (running, done, failed)),
        f"/api/v1/jobs/cached_{videos[0].youtube_id}/result",
        f"/api/v1/youtube/video/{videos[0].youtube_id}",
        f"/api/v1/youtube/places/{videos[0].youtube_id}",
        f"/api/v1/places/{place.pk}",
    ]

    def answers() -> list:
        return [(p, r.status_code, r.content) for p in paths for r in [auth_client.get(p)]]

    plain = answers()
    assert all(status < 300 for _, status, _ in plain), [(p, s) for p, s, _ in plain]
    monkeypatch.setattr(PlainOut, "to_representation", serializers.Serializer.to_representation)
    assert answers() == plain


@pytest.mark.parametrize(
    ("status", "queries"),
    [
        (Job.Status.SUCCESS, 1),  # the job with its video's id
        (Job.Status.FAILURE, 1),
        (Job.Status.PENDING, 2),  # and the recent runs, for `estimated_remaining`
        (Job.Status.PROGRESS, 2),
    ],
)
def test_job_status_reads_one_row_for_the_job(api_client, user, status, queries):
    from jobs.services import forget_estimate

    forget_estimate()
    """The status clients poll reads the job once, with only the columns it shows: a column
    it left out but renders would cost one more query per poll."""
    (video,) = seed_history(user, 1)
    job = Job.objects.create(
        owner=user, video=video, status=status, step="reading_frames", progress=40
    )
    with CaptureQueriesContext(connection) as ctx:
        reply = api_client.get(f"/api/v1/jobs/{job.pk}/status")
    assert reply.status_code == 200 and reply.json()["video_id"] == video.youtube_id
    assert len(_app_queries(ctx)) == queries, _app_queries(ctx)
    # The next poll reuses the process's estimate of a run: the job's row alone.
    with CaptureQueriesContext(connection) as ctx:
        again = api_client.get(f"/api/v1/jobs/{job.pk}/status")
    assert again.json()["estimated_remaining"] == reply.json()["estimated_remaining"]
    assert len(_app_queries(ctx)) == 1, _app_queries(ctx)


def test_the_run_estimate_is_read_again_once_it_is_old(user, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    from jobs import services

    services.forget_estimate()
    assert services.estimate_run_seconds() == services.DEFAULT_ESTIMATE_S
    (video,) = seed_history(user, 1)
    start = timezone.now() - timedelta(minutes=5)
    Job.objects.create(
        owner=user,
        video=video,
        status=Job.Status.SUCCESS,
        started_at=start,
        finished_at=start + timedelta(seconds=90),
    )
    assert services.estimate_run_seconds() == services.DEFAULT_ESTIMATE_S  # still fresh
    monkeypatch.setattr(services, "ESTIMATE_TTL_S", -1.0)
    assert services.estimate_run_seconds() == 90


def test_job_status_body_is_what_the_status_serializer_renders(api_client, user):
    """The status view renders `job_status_body` (the serializer written out for the poll
    path): key for key what `JobStatusOutSerializer` renders, in every status, every
    timestamp distinct (a column read into the wrong field would show)."""
    from datetime import timedelta

    from django.utils import timezone

    from jobs.serializers import JobStatusOutSerializer

    videos = seed_history(user, 5)
    now = timezone.now()
    for video, status in zip(videos, Job.Status.values, strict=True):
        job = Job.objects.create(
            owner=user,
            video=video,
            status=status,
            step="reading_frames",
            progress=40,
            attempts=2,
            error_code="boom" if status == Job.Status.FAILURE else "",
            error_message="it broke" if status == Job.Status.FAILURE else "",
            started_at=now - timedelta(seconds=30),
            finished_at=now - timedelta(seconds=10) if status in Job.FINISHED else None,
            heartbeat_at=now,
        )
        Job.objects.filter(pk=job.pk).update(created_at=now - timedelta(seconds=60))
        expected = JobStatusOutSerializer(Job.objects.select_related("video").get(pk=job.pk)).data
        reply = api_client.get(f"/api/v1/jobs/{job.pk}/status")
        assert reply.status_code == 200
        assert reply.json() == dict(expected), status
    cached = api_client.get(f"/api/v1/jobs/cached_{videos[0].youtube_id}/status").json()
    assert cached["status"] == Job.Status.SUCCESS and cached["current_step"] == "completed"


def test_job_status_reads_no_token(api_client, user):
    """Readable by whoever holds the id: a stale or broken token is not even read."""
    (video,) = seed_history(user, 1)
    job = Job.objects.create(owner=user, video=video)
    api_client.credentials(HTTP_AUTHORIZATION="Bearer not-a-token")
    assert api_client.get(f"/api/v1/jobs/{job.pk}/status").status_code == 200
    assert api_client.get("/api/v1/jobs").status_code == 401  # the list still needs one


NEAR_QUERIES = [
    {"near": (37.5, 127.0), "radius_m": 3000.0},
    {"near": (37.5, 127.0), "radius_m": 100_000.0},
    {"near": (37.5, 127.0), "radius_m": 100_000.0, "category": "CAFE"},
    {"near": (37.57, 126.98), "radius_m": 50.0},
    {"near": (-33.9, 151.2), "radius_m": 1000.0},
]


@pytest.mark.parametrize("query", NEAR_QUERIES)
def test_near_page_is_the_orm_search_in_one_query(user, query, django_assert_num_queries):
    """`near_page` (the near search in one SQL statement) against `place_search` with
    `attach_evidence` (the ORM's): the same places in the same order, the same count,
    distances and mentions, on every page."""
    seed_history(user, 40)
    Mention.objects.filter(pk=Mention.objects.order_by("pk").first().pk).update(start_s=None)
    Place.objects.filter(pk=Place.objects.order_by("pk").last().pk).update(lat=None)
    orm = place_selectors.place_search(**query)
    total = orm.count()
    for offset in range(0, max(total, 1) + 25, 25):
        with django_assert_num_queries(1):
            rows, count = place_selectors.near_page(**query, offset=offset, limit=25)
        expected = place_selectors.attach_evidence(orm[offset : offset + 25])
        assert count == (total if expected or offset == 0 else None)
        assert [p["id"] for p in rows] == [p.pk for p in expected]
        for row, place in zip(rows, expected, strict=True):
            assert row["distance_m"] == pytest.approx(place.distance_m, rel=1e-12)
            assert row["evidence"] == place.evidence
            assert {k: row[k] for k in place_selectors.PLACE_FIELDS} == {
                k: getattr(place, k) for k in place_selectors.PLACE_FIELDS
            }


def test_near_pages_through_drf_pagination(auth_client, user):
    seed_history(user, 30)
    base = "/api/v1/places?near=37.5,127.0&radius=100000&page_size=20"
    first = auth_client.get(base).json()
    assert first["count"] == 30 * 3 + 1 and first["previous"] is None
    assert len(first["results"]) == 20 and "page=2" in first["next"]
    last = auth_client.get(base + "&page=last").json()
    assert len(last["results"]) == 11 and last["next"] is None
    assert last["results"] == auth_client.get(base + "&page=5").json()["results"]
    seen = [
        p["id"] for n in range(1, 6) for p in auth_client.get(f"{base}&page={n}").json()["results"]
    ]
    assert len(seen) == len(set(seen)) == 91
    for page in ("9", "0", "-1", "x", "9" * 30):
        beyond = auth_client.get(f"{base}&page={page}")
        assert beyond.status_code == 404 and beyond.json()["detail"], page


def test_near_search_is_one_query_with_or_without_matches(auth_client, user):
    seed_history(user, 2)
    assert _count(auth_client, "/api/v1/places?near=37.5,127.0&radius=5000") == 1
    empty = "/api/v1/places?near=-33.9,151.2&radius=1000"
    assert _count(auth_client, empty) == 1
    assert auth_client.get(empty).json() == {
        "count": 0,
        "next": None,
        "previous": None,
        "results": [],
    }
