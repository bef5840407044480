"""Seed the bench database: N videos × P places with realistic texts (each video carries
~10 KB of transcript, OCR and candidates JSON, as a processed one does), U users, one of
whom has H videos in their history, and a finished job to read. Wipes the app tables first:
run it against the bench database only (bench/common.setup_django)."""

from __future__ import annotations

import random
from dataclasses import dataclass

LINE = "오늘은 성수동 골목 카페에 왔어요 분위기가 정말 좋네요 커피도 맛있고 "


@dataclass
class Seeded:
    user: object
    job_id: str
    running_job_id: str
    processed_youtube_id: str
    near: str


def _texts(i: int) -> dict:
    seg = [{"start": s * 5.0, "end": s * 5.0 + 5, "text": f"{LINE}{i}-{s}"} for s in range(60)]
    ocr = [{"start": s * 2.0, "end": s * 2.0 + 2, "text": f"화면 글자 {i}-{s}"} for s in range(60)]
    return {
        "transcript": {"language": "ko", "kind": "manual", "segments": seg},
        "ocr": {"lines": ocr, "frames_sampled": 300, "frames_read": 60},
        "asr": {"segments": []},
    }


def seed(*, videos: int = 1000, places: int = 10, users: int = 20, history: int = 200) -> Seeded:
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.utils import timezone

    from jobs.models import Job, JobSubscriber
    from places.models import Mention, Place
    from videos.models import Video, WatchHistory

    rng = random.Random(7)
    User = get_user_model()
    with connection.cursor() as cur:
        tables = [m._meta.db_table for m in (JobSubscriber, Job, Mention, Place, WatchHistory)]
        tables += [Video._meta.db_table, User._meta.db_table]
        cur.execute(f"TRUNCATE {', '.join(tables)} CASCADE")
    now = timezone.now()
    with transaction.atomic():
        people = User.objects.bulk_create(
            [User(email=f"bench{u}@example.com", password="!") for u in range(users)]
        )
        vids = Video.objects.bulk_create(
            [
                Video(
                    youtube_id=f"bEnCh{i:06d}",
                    title=f"성수동 카페 투어 {i}",
                    channel="bench",
                    description=LINE * 20,
                    duration_s=600,
                    language="ko",
                    texts=_texts(i),
                    candidates=[{"name": f"카페 {i}-{p}", "mentions": []} for p in range(places)],
                    state=Video.State.PROCESSED,
                    processed_at=now,
                    pipeline_version=1,
                )
                for i in range(videos)
            ],
            batch_size=200,
        )
        rows = [
            Place(
                name=f"카페 {i}-{p}",
                normalized_name=f"카페 {i}-{p}",
                category="cafe",
                address=f"서울 성동구 성수동 {i}-{p}",
                lat=37.54 + rng.uniform(-0.2, 0.2),
                lng=127.05 + rng.uniform(-0.2, 0.2),
                provider="bench",
                confidence=0.9,
                region="서울",
            )
            for i in range(videos)
            for p in range(places)
        ]
        Place.objects.bulk_create(rows, batch_size=2000)
        Mention.objects.bulk_create(
            [
                Mention(
                    place=rows[i * places + p],
                    video=vids[i],
                    rank=p,
                    source="transcript",
                    start_s=p * 30.0,
                    end_s=p * 30.0 + 5,
                    text=f"{LINE}{p}",
                )
                for i in range(videos)
                for p in range(places)
            ],
            batch_size=2000,
        )
        heavy = people[0]
        WatchHistory.objects.bulk_create(
            [WatchHistory(user=heavy, video=v) for v in vids[:history]]
            + [WatchHistory(user=u, video=vids[(k * 37) % videos]) for k, u in enumerate(people)][
                1:
            ],
            batch_size=1000,
        )
        job = Job.objects.create(
            owner=heavy,
            video=vids[0],
            status=Job.Status.SUCCESS,
            progress=100,
            started_at=now,
            finished_at=now,
        )
        JobSubscriber.objects.create(job=job, user=heavy)
        # A job a client is polling while it runs: its heartbeat is a day ahead, so no
        # reaper (in a request or on a bench cluster's schedule) takes it for a dead one.
        running = Job.objects.create(
            owner=heavy,
            video=vids[-1],
            status=Job.Status.PROGRESS,
            step="reading_frames",
            progress=40,
            started_at=now,
            heartbeat_at=now + timedelta(days=1),
        )
    with connection.cursor() as cur:
        cur.execute("ANALYZE")
    return Seeded(
        user=heavy,
        job_id=str(job.pk),
        running_job_id=str(running.pk),
        processed_youtube_id=vids[1].youtube_id,
        near="37.54,127.05",
    )
