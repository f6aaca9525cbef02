-- Civic Tracker on a shared PostgreSQL server: one owner, editors and viewers.
-- Run as a superuser:   psql -h SERVER -U postgres -v ON_ERROR_STOP=1 -f docs/office-roles.sql
-- Replace the passwords (and add one LOGIN role per member of staff) before running it.
-- tests/services/test_shared_server.py runs this very file against the test server.

-- 1. Roles. civic_owner owns the tables and runs the migrations; nobody works day to day as it.
CREATE ROLE civic_owner LOGIN PASSWORD 'change-me-owner';
CREATE ROLE civic_editor NOLOGIN;   -- may read and change everything
CREATE ROLE civic_viewer NOLOGIN;   -- may only read: the app opens read-only with a banner

-- The owner may see every session's login, address and start (pg_stat_activity), so that an upgrade kept
-- waiting by another session can say whose it is and where it comes from.
GRANT pg_read_all_stats TO civic_owner;

-- One LOGIN role per member of staff, in the group that says what they may do.
CREATE ROLE kim LOGIN PASSWORD 'change-me-kim' IN ROLE civic_editor;
CREATE ROLE lee LOGIN PASSWORD 'change-me-lee' IN ROLE civic_viewer;

-- 2. The database: UTF-8 with C collation, so text sorts exactly as in the desktop (SQLite) version.
CREATE DATABASE civic OWNER civic_owner ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
REVOKE ALL ON DATABASE civic FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE civic TO civic_editor, civic_viewer;

\connect civic

-- 3. Inside the database: only the owner may create tables; the groups may use the schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO civic_editor, civic_viewer;

-- Tables and sequences the owner creates later (every migration) get these grants automatically.
ALTER DEFAULT PRIVILEGES FOR ROLE civic_owner IN SCHEMA public
    GRANT SELECT ON TABLES TO civic_viewer;
ALTER DEFAULT PRIVILEGES FOR ROLE civic_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO civic_editor;
ALTER DEFAULT PRIVILEGES FOR ROLE civic_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO civic_editor;
ALTER DEFAULT PRIVILEGES FOR ROLE civic_owner IN SCHEMA public
    GRANT SELECT ON SEQUENCES TO civic_viewer;

-- 4. What the migrations themselves set up (civic-tracker db upgrade, run as civic_owner), nothing to run here:
--    * change_records is append-only for staff: a trigger stamps the server login (session_user) into every
--      new record, whatever name it claims, and UPDATE, DELETE and TRUNCATE on it are revoked from every role
--      but the owner (migration 0005). A server already in use gets this from its next `db upgrade`.
--    * saves queue on a lock of the empty table write_lock, which only a role that may update it can take
--      (migration 0004), so a viewer cannot hold up anybody's save. Editors get UPDATE on it through the
--      default privileges above; where grants were made table by table instead, also run
--      GRANT SELECT, UPDATE ON write_lock TO civic_editor   (else editors open read-only).
