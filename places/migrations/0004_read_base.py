"""Old rows of `pind_read_change` are folded into a per-user base counter, so the table
stays small while a user's read version (places.read_cache) never goes back.

A user's version is `pind_read_base.base + count(their pind_read_change rows)`, read in
one statement (one snapshot). Compaction (places.read_cache.compact_read_changes) deletes
the committed rows and adds their count to the base in one statement: a reader sees the
state before it or after it, and the sum is the same in both. Rows of transactions still
in flight are invisible to it and stay, to be counted when they commit; a transaction
writes its row once (insert-only, keyed on its id), so no row is ever counted twice.
"""

from django.db import migrations

from pind.sql import postgresql_only

SQL = """
CREATE TABLE pind_read_base (
    user_id bigint PRIMARY KEY,
    base bigint NOT NULL
);

-- A deleted user's rows go with the user: the change rows first, then the base, the order
-- compaction locks them in (no deadlock between the two).
CREATE OR REPLACE FUNCTION pind_user_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM pind_read_change WHERE user_id = OLD.id;
    DELETE FROM pind_read_base WHERE user_id = OLD.id;
    RETURN NULL;
END $$;
"""

DROP = """
-- Back to counting rows only: each folded unit returns as a row under a transaction id
-- no real transaction reaches (the top of xid8's range), so no version goes back.
INSERT INTO pind_read_change (user_id, xact)
SELECT b.user_id, (18446744073709551615::numeric - n)::text::xid8
FROM pind_read_base b, generate_series(1, b.base) AS n;
CREATE OR REPLACE FUNCTION pind_user_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM pind_read_change WHERE user_id = OLD.id;
    RETURN NULL;
END $$;
DROP TABLE IF EXISTS pind_read_base;
"""


class Migration(migrations.Migration):
    dependencies = [("places", "0003_read_changes")]

    operations = [postgresql_only(SQL, DROP)]
