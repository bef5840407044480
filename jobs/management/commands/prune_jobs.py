"""Delete finished jobs (and django-q2's task records) older than a number of days."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from jobs.operations import jobs_prune


class Command(BaseCommand):
    help = "Delete jobs that finished more than DAYS days ago; queued and running jobs stay."

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, required=True, metavar="DAYS")
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")

    def handle(self, *args, older_than: int, dry_run: bool, **options):
        if older_than < 0:
            raise CommandError("--older-than must be 0 or more days")
        result = jobs_prune(older_than=timedelta(days=older_than), dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {result.jobs} job(s) and {result.tasks} task record(s) "
            f"finished more than {older_than} day(s) ago."
        )
