"""What a user's lists show changed: `pind_read_change` gets one row per user per writing
transaction, written by triggers, so the count of a user's rows is a version of their
history page and my map (places.read_cache) that no write path can forget to bump:
queryset updates, bulk creates, cascades, the admin and raw SQL all fire them.

Insert-only (`ON CONFLICT DO NOTHING` on user + transaction id): writers never wait on one
another for it, and a reader that sees a transaction's data sees its row, whatever order
transactions commit in. PostgreSQL only; elsewhere nothing is cached.
"""

from django.db import migrations

from pind.sql import postgresql_only

TRIGGERS = """
-- No foreign key: Django's flush truncates its own tables only, and a referencing table
-- would stop it. A deleted user's rows go with the user (trigger below).
CREATE TABLE pind_read_change (
    user_id bigint NOT NULL,
    xact xid8 NOT NULL DEFAULT pg_current_xact_id(),
    PRIMARY KEY (user_id, xact)
);

CREATE FUNCTION pind_read_changed(users bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO pind_read_change (user_id)
    SELECT DISTINCT u FROM unnest(users) AS u WHERE u IS NOT NULL ORDER BY u
    ON CONFLICT DO NOTHING
$$;

-- A history row added, removed, or viewed again (its order changes).
CREATE FUNCTION pind_history_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pind_read_changed(ARRAY[NEW.user_id]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM pind_read_changed(ARRAY[OLD.user_id]);
    ELSE
        PERFORM pind_read_changed(ARRAY[OLD.user_id, NEW.user_id]);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER pind_history_changed AFTER INSERT OR UPDATE OR DELETE ON videos_watchhistory
    FOR EACH ROW EXECUTE FUNCTION pind_history_changed();

-- A mention added, removed or changed: everyone who has its video in their history.
CREATE FUNCTION pind_mention_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    videos bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        videos := ARRAY[NEW.video_id];
    ELSIF TG_OP = 'DELETE' THEN
        videos := ARRAY[OLD.video_id];
    ELSE
        videos := ARRAY[OLD.video_id, NEW.video_id];
    END IF;
    PERFORM pind_read_changed(ARRAY(
        SELECT user_id FROM videos_watchhistory WHERE video_id = ANY (videos)
    ));
    RETURN NULL;
END $$;
CREATE TRIGGER pind_mention_changed AFTER INSERT OR UPDATE OR DELETE ON places_mention
    FOR EACH ROW EXECUTE FUNCTION pind_mention_changed();

-- A place changed (any column): everyone who has a video that mentions it.
CREATE FUNCTION pind_place_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pind_read_changed(ARRAY(
        SELECT h.user_id FROM places_mention m
        JOIN videos_watchhistory h ON h.video_id = m.video_id
        WHERE m.place_id = NEW.id
    ));
    RETURN NULL;
END $$;
CREATE TRIGGER pind_place_changed AFTER UPDATE ON places_place
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION pind_place_changed();

-- A video's listed columns changed (videos.selectors.VIDEO_LIST_FIELDS): its watchers.
CREATE FUNCTION pind_video_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pind_read_changed(ARRAY(
        SELECT user_id FROM videos_watchhistory WHERE video_id = NEW.id
    ));
    RETURN NULL;
END $$;
CREATE TRIGGER pind_video_changed AFTER UPDATE ON videos_video
    FOR EACH ROW
    WHEN ((OLD.youtube_id, OLD.title, OLD.thumbnail_url)
          IS DISTINCT FROM (NEW.youtube_id, NEW.title, NEW.thumbnail_url))
    EXECUTE FUNCTION pind_video_changed();

CREATE FUNCTION pind_user_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM pind_read_change WHERE user_id = OLD.id;
    RETURN NULL;
END $$;
CREATE TRIGGER pind_user_deleted AFTER DELETE ON accounts_user
    FOR EACH ROW EXECUTE FUNCTION pind_user_deleted();

-- Every user with history starts at one change.
INSERT INTO pind_read_change (user_id) SELECT DISTINCT user_id FROM videos_watchhistory;
"""

DROP = """
DROP TRIGGER IF EXISTS pind_user_deleted ON accounts_user;
DROP TRIGGER IF EXISTS pind_video_changed ON videos_video;
DROP TRIGGER IF EXISTS pind_place_changed ON places_place;
DROP TRIGGER IF EXISTS pind_mention_changed ON places_mention;
DROP TRIGGER IF EXISTS pind_history_changed ON videos_watchhistory;
DROP FUNCTION IF EXISTS pind_user_deleted();
DROP FUNCTION IF EXISTS pind_video_changed();
DROP FUNCTION IF EXISTS pind_place_changed();
DROP FUNCTION IF EXISTS pind_mention_changed();
DROP FUNCTION IF EXISTS pind_history_changed();
DROP FUNCTION IF EXISTS pind_read_changed(bigint[]);
DROP TABLE IF EXISTS pind_read_change;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("places", "0002_mention_rules"),
        ("videos", "0001_initial"),
        ("accounts", "0002_cache_table"),
    ]

    operations = [postgresql_only(TRIGGERS, DROP)]
