"""A version of what places-near answers show (places.read_cache.places_version): the
triggers write a `pind_read_change` row for the pseudo-user 0 (no user has id 0) in every
transaction that adds, changes or removes a place or a mention, or changes a video's
YouTube id (the mentions' evidence shows it). Counted and compacted as users' rows are."""

from django.db import migrations

from pind.sql import postgresql_only

SQL = """
CREATE FUNCTION pind_places_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pind_read_changed(ARRAY[0::bigint]);
    RETURN NULL;
END $$;
CREATE TRIGGER pind_places_place_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON places_place
    FOR EACH STATEMENT EXECUTE FUNCTION pind_places_changed();
CREATE TRIGGER pind_places_mention_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON places_mention
    FOR EACH STATEMENT EXECUTE FUNCTION pind_places_changed();
CREATE TRIGGER pind_places_video_changed AFTER UPDATE ON videos_video
    FOR EACH ROW WHEN (OLD.youtube_id IS DISTINCT FROM NEW.youtube_id)
    EXECUTE FUNCTION pind_places_changed();
"""

DROP = """
DROP TRIGGER IF EXISTS pind_places_video_changed ON videos_video;
DROP TRIGGER IF EXISTS pind_places_mention_changed ON places_mention;
DROP TRIGGER IF EXISTS pind_places_place_changed ON places_place;
DROP FUNCTION IF EXISTS pind_places_changed();
"""


class Migration(migrations.Migration):
    dependencies = [("places", "0004_read_base")]

    operations = [postgresql_only(SQL, DROP)]
