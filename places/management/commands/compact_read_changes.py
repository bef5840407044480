"""Fold the rows of `pind_read_change` into per-user base counters (places.read_cache)."""

from django.core.management.base import BaseCommand

from places.read_cache import compact_read_changes


class Command(BaseCommand):
    help = (
        "Fold committed read-change rows into each user's base counter: the table stays "
        "small, no read version changes. Also scheduled every 10 minutes on the queue."
    )

    def handle(self, *args, **options):
        rows, users = compact_read_changes()
        self.stdout.write(f"Folded {rows} read-change row(s) of {users} user(s).")
