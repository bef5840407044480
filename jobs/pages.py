"""Submit a URL from a page and watch its job: the progress page polls progress.json and
offers cancel (while it runs) and retry (once it failed or was cancelled)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from jobs.models import Job
from jobs.selectors import job_for_reader, jobs_of
from jobs.services import job_can_retry, job_cancel, job_retry, job_submit
from pind.errors import ApiError
from videos.youtube import MAX_URL_LENGTH, VIDEO_ID, InvalidYouTubeURL, parse_video_id

STEP_LABELS = {
    "": "Waiting for a worker",
    "fetching_metadata": "Reading the video's details",
    "fetching_transcript": "Reading the transcript",
    "reading_frames": "Reading text on screen",
    "transcribing_audio": "Listening to the audio",
    "extracting_places": "Finding places",
    "geocoding": "Locating places",
    "saving": "Saving",
}
STATUS_LABELS = {
    Job.Status.PENDING: "Queued",
    Job.Status.PROGRESS: "Working",
    Job.Status.SUCCESS: "Done",
    Job.Status.FAILURE: "Failed",
    Job.Status.REVOKED: "Cancelled",
}


class SubmitForm(forms.Form):
    url = forms.CharField(
        label="YouTube URL or video id",
        max_length=MAX_URL_LENGTH,
        # Text, not type=url: a bare video id is welcome here too.
        widget=forms.TextInput(
            attrs={
                "placeholder": "https://www.youtube.com/watch?v=…",
                "autofocus": True,
                "inputmode": "url",
                "autocomplete": "off",
                "spellcheck": "false",
                "aria-describedby": "url-help",
            }
        ),
    )

    def clean(self):
        cleaned = super().clean()
        if "url" in cleaned:
            text = cleaned["url"].strip()
            try:
                cleaned["youtube_id"] = text if VIDEO_ID.fullmatch(text) else parse_video_id(text)
            except InvalidYouTubeURL:
                self.add_error(
                    "url", "That is not a link to one YouTube video, nor an 11-character video id."
                )
        return cleaned


def home(request):
    recent = []
    if request.user.is_authenticated:
        recent = list(jobs_of(request.user)[:5])
    return render(request, "jobs/home.html", {"form": SubmitForm(), "recent_jobs": recent})


@login_required
@require_POST
def submit(request):
    form = SubmitForm(request.POST)
    if not form.is_valid():
        return render(request, "jobs/home.html", {"form": form, "recent_jobs": []}, status=400)
    try:
        submission = job_submit(youtube_id=form.cleaned_data["youtube_id"], user=request.user)
    except ApiError as exc:  # the active-jobs cap, a busy video: the message is for people
        messages.error(request, str(exc.detail))
        return redirect("home")
    job = submission.job
    if job is None or job.status == Job.Status.SUCCESS:
        return redirect("video_detail", submission.video.youtube_id)
    return redirect("job_progress", job.pk)


def _job_or_404(request, job_id) -> Job:
    job = job_for_reader(job_id, request.user)
    if job is None:
        raise Http404("No such job")
    return job


def _state(job: Job) -> dict:
    return {
        "job_id": str(job.pk),
        "status": job.status,
        "status_label": STATUS_LABELS.get(job.status, job.status),
        "progress": job.progress,
        "current_step": job.step,
        "step_label": (
            STEP_LABELS.get(job.step, job.step.replace("_", " "))
            if job.step or job.status == Job.Status.PENDING
            else ""
        ),
        "error_code": job.error_code,
        "error_message": job.error_message,
        "video_title": job.video.title,
        "video_url": reverse("video_detail", args=[job.video.youtube_id]),
        "can_cancel": job.status in Job.ACTIVE,
        "can_retry": job_can_retry(job),
    }


def progress(request, job_id):
    job = _job_or_404(request, job_id)
    return render(request, "jobs/progress.html", {"job": job, "state": _state(job)})


@never_cache
def progress_json(request, job_id):
    return JsonResponse(_state(_job_or_404(request, job_id)))


def _act(request, job_id, action, done: str):
    job = _job_or_404(request, job_id)
    try:
        action(job=job)
    except ApiError as exc:  # already finished, not retryable, another job active
        messages.error(request, str(exc.detail))
    else:
        messages.success(request, done)
    return redirect("job_progress", job.pk)


@login_required
@require_POST
def cancel(request, job_id):
    return _act(request, job_id, job_cancel, "The job is cancelled.")


@login_required
@require_POST
def retry(request, job_id):
    return _act(request, job_id, job_retry, "The job is queued again.")
