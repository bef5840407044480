"""Tell the web processes when a job's status changes: every update of a job row that
changes what its status poll shows (not the heartbeat), and every delete, NOTIFYs
`pind_job_status` with the job's id when the transaction commits. `jobs.status_cache`
keeps a queued or running job's row per process until then. PostgreSQL only."""

from django.db import migrations

from pind.sql import postgresql_only

CREATE = """
CREATE FUNCTION pind_job_status_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('pind_job_status', OLD.id::text);
    RETURN NULL;
END $$;
CREATE TRIGGER pind_job_status_update AFTER UPDATE ON jobs_job FOR EACH ROW
    WHEN (
        OLD.status IS DISTINCT FROM NEW.status
        OR OLD.step IS DISTINCT FROM NEW.step
        OR OLD.progress IS DISTINCT FROM NEW.progress
        OR OLD.error_code IS DISTINCT FROM NEW.error_code
        OR OLD.error_message IS DISTINCT FROM NEW.error_message
        OR OLD.attempts IS DISTINCT FROM NEW.attempts
        OR OLD.video_id IS DISTINCT FROM NEW.video_id
        OR OLD.created_at IS DISTINCT FROM NEW.created_at
        OR OLD.started_at IS DISTINCT FROM NEW.started_at
        OR OLD.finished_at IS DISTINCT FROM NEW.finished_at
        OR OLD.guest_readable IS DISTINCT FROM NEW.guest_readable
    )
    EXECUTE FUNCTION pind_job_status_notify();
CREATE TRIGGER pind_job_status_delete AFTER DELETE ON jobs_job FOR EACH ROW
    EXECUTE FUNCTION pind_job_status_notify();
"""

DROP = """
DROP TRIGGER IF EXISTS pind_job_status_update ON jobs_job;
DROP TRIGGER IF EXISTS pind_job_status_delete ON jobs_job;
DROP FUNCTION IF EXISTS pind_job_status_notify();
"""


class Migration(migrations.Migration):
    dependencies = [("jobs", "0005_queue_notify")]

    operations = [postgresql_only(CREATE, DROP)]
