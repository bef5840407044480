"""Schedule the folding of `pind_read_change` rows (places.read_cache) every 10 minutes on
the django-q2 scheduler. `manage.py compact_read_changes` does the same by hand."""

from django.db import migrations

NAME = "pind: compact read changes"


def create(apps, schema_editor):
    Schedule = apps.get_model("django_q", "Schedule")
    Schedule.objects.update_or_create(
        name=NAME,
        defaults={
            "func": "jobs.tasks.compact_read_changes",
            "schedule_type": "I",  # MINUTES
            "minutes": 10,
            "repeats": -1,
        },
    )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0003_job_from_step"),
        ("places", "0004_read_base"),
    ]

    operations = [migrations.RunPython(create, remove)]
