"""SQL that only PostgreSQL runs (triggers, NOTIFY, counters), for the apps' migrations;
on the embedded SQLite default such a migration does nothing."""

from __future__ import annotations

from django.db import migrations


def postgresql_only(forward: str, reverse: str) -> migrations.RunPython:
    """A migration step that executes `forward` (and, rolled back, `reverse`) on
    PostgreSQL only."""

    def run(sql: str):
        def execute(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                schema_editor.execute(sql)

        return execute

    return migrations.RunPython(run(forward), run(reverse))
