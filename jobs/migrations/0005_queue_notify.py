"""Wake the pushers of `jobs.broker.PostgresBroker` at once: every insert into django-q2's
task table NOTIFYs `pind_queue` (one notification per inserting statement; PostgreSQL
delivers it when the transaction commits, and folds repeats within one transaction).
Pushers that LISTEN claim at once instead of at their next poll. PostgreSQL only;
elsewhere the broker polls as django-q2's does."""

from django.db import migrations

from pind.sql import postgresql_only

CREATE = """
CREATE FUNCTION pind_queue_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('pind_queue', '');
    RETURN NULL;
END $$;
CREATE TRIGGER pind_queue_notify AFTER INSERT ON django_q_ormq
    FOR EACH STATEMENT EXECUTE FUNCTION pind_queue_notify();
"""

DROP = """
DROP TRIGGER IF EXISTS pind_queue_notify ON django_q_ormq;
DROP FUNCTION IF EXISTS pind_queue_notify();
"""


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0004_compact_read_changes_schedule"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [postgresql_only(CREATE, DROP)]
