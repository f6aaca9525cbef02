"""change_records on a server: the login stamped by the server, and history append-only for staff

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-14 10:00:00

The README promises that history names the database login of whoever made a change, and that nobody
can record changes under someone else's login. The app writes the login into ``actor`` ("Kim (db:
kim)"), but an editor with psql could insert records under any name, and update or delete the
records already there. On PostgreSQL this revision

* adds a BEFORE INSERT trigger that replaces whatever login a new record claims with the server's
  ``session_user`` (which no role but a superuser can change within a session; ``current_user`` would
  follow SET ROLE). The name before it, from the app's Preferences, is the writer's own word as before;
  a record without one names the login alone. The app's own records already carry the right login and
  pass through unchanged on a short path; still, every record costs a few microseconds more (an
  INSERT ... SELECT of 300,000 records took 1.0 s without the trigger and 2.0 s with it on the test server).
* revokes UPDATE, DELETE and TRUNCATE on change_records from every role but the table's owner. The app
  never changes or deletes a change record (history outlives what it describes; the foreign key to
  import_batches sets NULL as the owner, not as the editor), so editors keep SELECT and INSERT.

Staff cannot disable the trigger (that needs the table's owner) nor set session_replication_role
(a superuser's setting). The function qualifies the functions it calls with pg_catalog; staff have no
CREATE privilege on any schema (docs/office-roles.sql), so they cannot shadow an operator either.

Run ``civic-tracker db upgrade`` as the owner on a server already in use; nothing else is needed. SQLite
has no roles (whoever may write the file may write anything in it): nothing changes there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP_FUNCTION = r"""
CREATE FUNCTION change_records_stamp_login() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
    login text := session_user;
    suffix text := ' (db: ' || session_user || ')';
    name text := NEW.actor;
BEGIN
    -- The app's own records: the login alone, or "Name (db: login)" with this very login and no other
    -- "(db: " before it. They pass unchanged, cheaply.
    IF name = login OR (pg_catalog.right(name, pg_catalog.length(suffix)) = suffix
            AND pg_catalog.strpos(name, '(db: ') = pg_catalog.length(name) - pg_catalog.length(suffix) + 2) THEN
        RETURN NEW;
    END IF;
    -- Anything else: drop every login the record claims, in any spelling, keep the name, add the real login.
    name := pg_catalog.btrim(coalesce(name, ''));
    IF pg_catalog.strpos(pg_catalog.lower(name), 'db') > 0 THEN
        name := pg_catalog.btrim(pg_catalog.regexp_replace(name, '\s*\(\s*db\s*:[^)]*\)', '', 'gi'));
    END IF;
    IF name = '' OR name = login THEN
        NEW.actor := login;
    ELSE
        NEW.actor := pg_catalog.left(name, 200 - pg_catalog.length(suffix)) || suffix;
    END IF;
    RETURN NEW;
END
$body$
"""

STAMP_TRIGGER = """
CREATE TRIGGER change_records_stamp_login BEFORE INSERT ON change_records
    FOR EACH ROW EXECUTE FUNCTION change_records_stamp_login()
"""

# Every role but the owner that was given these privileges (editors, through the default privileges of
# docs/office-roles.sql, or by hand), PUBLIC included.
_FOR_EACH_GRANTEE = """
DO $body$
DECLARE
    grantee text;
BEGIN
    FOR grantee IN
        SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(r.rolname) END
        FROM pg_catalog.pg_class c
        CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
        LEFT JOIN pg_catalog.pg_roles r ON r.oid = a.grantee
        WHERE c.oid = 'change_records'::regclass AND a.grantee <> c.relowner AND a.privilege_type IN ({having})
    LOOP
        EXECUTE '{statement} ' || grantee;
    END LOOP;
END
$body$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(STAMP_FUNCTION)
    op.execute(STAMP_TRIGGER)
    op.execute(
        _FOR_EACH_GRANTEE.format(
            having="'UPDATE', 'DELETE', 'TRUNCATE'", statement="REVOKE UPDATE, DELETE, TRUNCATE ON change_records FROM"
        )
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # As before: whoever may add history (the editors) may change and delete it again.
    op.execute(_FOR_EACH_GRANTEE.format(having="'INSERT'", statement="GRANT UPDATE, DELETE ON change_records TO"))
    op.execute("DROP TRIGGER change_records_stamp_login ON change_records")
    op.execute("DROP FUNCTION change_records_stamp_login()")
