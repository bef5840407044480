import pytest

from jobs.models import Job
from tests.pages.factories import make_place, make_video, mention

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_queue(monkeypatch):
    queued = []
    monkeypatch.setattr("jobs.services.async_task", lambda *a, **k: queued.append((a, k)))
    return queued


def test_video_page_in_admin_shows_state_texts_and_places(admin_client):
    video = make_video("eeeeeeeeeee", texts={"transcript": {"segments": [{"text": "안녕"}]}})
    place = make_place("Cafe Onion")
    mention(place, video)
    html = admin_client.get(f"/admin/videos/video/{video.pk}/change/").content.decode()
    assert "Cafe Onion" in html
    assert f"/admin/places/place/{place.pk}/change/" in html
    assert "안녕" in html
    assert "/videos/eeeeeeeeeee/" in html


def test_video_page_in_admin_lists_its_jobs_with_links(admin_client, user):
    video = make_video("fffffffffff")
    job = Job.objects.create(owner=user, video=video)
    html = admin_client.get(f"/admin/videos/video/{video.pk}/change/").content.decode()
    assert f"/admin/jobs/job/{job.pk}/change/" in html
    assert str(job.pk)[:8] in html


def test_reprocess_from_extraction_reuses_the_stored_texts(admin_client, no_queue):
    video = make_video()
    response = admin_client.post(
        "/admin/videos/video/",
        {"action": "reprocess_from_extraction", "_selected_action": [video.pk]},
        follow=True,
    )
    assert "1 reprocess job(s) queued" in response.content.decode()
    assert Job.objects.get().from_step == "extracting_places"


def test_reprocess_action_queues_one_job_per_video(
    admin_client, no_queue, django_capture_on_commit_callbacks
):
    a, b = make_video(), make_video()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/admin/videos/video/",
            {"action": "reprocess", "_selected_action": [a.pk, b.pk]},
            follow=True,
        )
    assert "2 reprocess job(s) queued" in response.content.decode()
    assert Job.objects.filter(status="PENDING").count() == 2
    assert [args[0] for args, _ in no_queue] == ["jobs.tasks.run_job"] * 2
    again = admin_client.post(
        "/admin/videos/video/", {"action": "reprocess", "_selected_action": [a.pk]}, follow=True
    )
    assert "Already queued or running" in again.content.decode()
    assert Job.objects.count() == 2


def test_job_admin_links_to_the_django_q2_queue_and_is_read_only(admin_client, user):
    job = Job.objects.create(owner=user, video=make_video(), error_code="timeout")
    html = admin_client.get(f"/admin/jobs/job/{job.pk}/change/").content.decode()
    assert "/admin/django_q/ormq/" in html
    assert f"/admin/django_q/failure/?q={job.pk}" in html
    assert 'name="status"' not in html
    listing = admin_client.get("/admin/jobs/job/", {"status__exact": "PENDING"}).content.decode()
    assert str(job.pk)[:8] in listing


def test_job_admin_cancels_and_retries(
    admin_client, user, no_queue, django_capture_on_commit_callbacks
):
    job = Job.objects.create(owner=user, video=make_video())
    admin_client.post("/admin/jobs/job/", {"action": "cancel_jobs", "_selected_action": [job.pk]})
    job.refresh_from_db()
    assert job.status == Job.Status.REVOKED
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/admin/jobs/job/", {"action": "retry_jobs", "_selected_action": [job.pk]}
        )
    job.refresh_from_db()
    assert job.status == Job.Status.PENDING
    assert len(no_queue) == 1
