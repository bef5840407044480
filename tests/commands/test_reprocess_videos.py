from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from jobs.models import Job
from places.models import Mention, Place
from tests.pages.factories import make_video
from videos.models import Video

pytestmark = pytest.mark.django_db

BUNDLE = "sEoNgSu01aA"  # a dev bundle in tests/data/eval/dev: 어니언 성수, 대림창고, 서울숲


@pytest.fixture
def fast_media(settings):
    settings.PIND_SOURCE = "local"
    settings.PIND_OCR = "none"  # OCR is tested elsewhere; here only the reprocess flow matters
    return settings


@pytest.fixture
def queued(monkeypatch):
    calls = []
    monkeypatch.setattr("jobs.services.async_task", lambda *a, **k: calls.append(a))
    return calls


def reprocess(*args) -> str:
    out = StringIO()
    call_command("reprocess_videos", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_queues_one_job_per_named_video(queued, django_capture_on_commit_callbacks):
    a, b = make_video("aaaaaaaaaaa"), make_video("bbbbbbbbbbb")
    with django_capture_on_commit_callbacks(execute=True):
        out = reprocess("aaaaaaaaaaa", "https://youtu.be/bbbbbbbbbbb")
    assert "2 video(s): 2 queued" in out
    assert {j.video_id for j in Job.objects.filter(status="PENDING")} == {a.pk, b.pk}
    assert [c[0] for c in queued] == ["jobs.tasks.run_job"] * 2
    assert {c[1] for c in queued} == {str(j.pk) for j in Job.objects.all()}
    assert set(Job.objects.values_list("from_step", flat=True)) == {""}  # from the start


def test_a_video_with_a_job_in_flight_is_skipped(queued):
    video = make_video("aaaaaaaaaaa")
    Job.objects.create(video=video)
    assert "1 skipped (a job is already queued or running)" in reprocess("--all")
    assert Job.objects.count() == 1


def test_failed_and_since_select_videos(queued):
    make_video("aaaaaaaaaaa", state=Video.State.FAILED)
    make_video("bbbbbbbbbbb")
    assert "1 video(s): 1 queued" in reprocess("--failed")
    assert "0 video(s): nothing to do" in reprocess("--since", "2999-01-01")


def test_bad_selections_are_refused():
    with pytest.raises(CommandError, match="--all"):
        reprocess()
    with pytest.raises(CommandError, match="Unknown video"):
        reprocess("zzzzzzzzzzz")
    with pytest.raises(CommandError, match="Not a YouTube video"):
        reprocess("https://example.com/watch?v=zzzzzzzzzzz")


def test_from_extraction_needs_a_video_that_was_read_once(queued):
    make_video("aaaaaaaaaaa", state=Video.State.NEW)
    out = reprocess("aaaaaaaaaaa", "--from-step", "extracting_places")
    assert "never processed" in out
    assert not Job.objects.exists()


@pytest.mark.slow
def test_sync_reprocess_runs_here_and_a_rerun_that_finds_nothing_new_changes_nothing(
    fast_media, tmp_path
):
    make_video(BUNDLE, state=Video.State.NEW, title="")
    assert "1 updated" in reprocess(BUNDLE, "--sync")
    video = Video.objects.get(youtube_id=BUNDLE)
    assert video.state == Video.State.PROCESSED and video.title
    names = set(Place.objects.filter(mentions__video=video).values_list("name", flat=True))
    assert {"어니언 성수", "대림창고", "서울숲"} <= names
    assert Job.objects.get().status == Job.Status.SUCCESS
    before = sorted(Mention.objects.values_list("pk", "place_id", "start_s"))

    assert "1 unchanged (nothing new)" in reprocess(
        BUNDLE, "--sync", "--from-step", "extracting_places"
    )
    assert sorted(Mention.objects.values_list("pk", "place_id", "start_s")) == before
    assert Job.objects.filter(status="SUCCESS").count() == 2

    # A curator teaches pind the exact place; the next extraction uses it.
    seed = tmp_path / "curated.csv"
    seed.write_text(
        "name,aliases,category,address,lat,lng\n"
        "어니언 성수,어니언|Onion Seongsu,cafe,서울 성동구 아차산로9길 8,37.5447,127.0586\n",
        encoding="utf-8",
    )
    call_command("import_places", str(seed), stdout=StringIO())
    assert "1 updated" in reprocess(BUNDLE, "--sync", "--from-step", "extracting_places")
    onion = (
        Place.objects.filter(mentions__video=video, name="어니언 성수", verified=True)
        .distinct()
        .get()
    )
    assert (onion.lat, onion.lng, onion.approximate) == (37.5447, 127.0586, False)
    assert onion.mentions.filter(start_s__isnull=False).exists()
