"""Schedule the stale-job reaper once a minute on the django-q2 scheduler.

The reaper also runs before every job and when a client reads a stale running job;
this schedule covers jobs nobody polls while the queue is idle.
"""

from django.db import migrations

NAME = "pind: reap stale jobs"


def create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.update_or_create(
        name=NAME,
        defaults={
            "func": "jobs.tasks.reap_stale_jobs",
            "schedule_type": "I",  # MINUTES
            "minutes": 1,
            "repeats": -1,
        },
    )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0001_initial"),
        ("django_q", "0018_task_success_index"),
    ]

    operations = [migrations.RunPython(create, remove)]
