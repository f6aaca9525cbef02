"""Opening a database: first run creates and seeds; upgrades back up first; newer or foreign files are refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import config
from app.domain.errors import DatabaseVersionError
from app.services.database import NotADatabaseError, open_database
from app.services.programs import ProgramService
from app.store import migrate, revision


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_run_creates_migrates_and_seeds(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "fresh.sqlite3"
    db, report = open_database(f"sqlite:///{path}")
    assert report.created and report.seeded and report.backup is None
    assert ProgramService(db).count_programs() >= 19
    db.dispose()
    db2, again = open_database(f"sqlite:///{path}")
    assert not again.created and not again.seeded and again.upgraded_from is None
    db2.dispose()


@pytest.mark.sqlite_only
def test_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(empty_db) -> None:
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    db, _ = open_database(f"sqlite:///{path}", seed=False)
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    before = digest(path)
    with pytest.raises(DatabaseVersionError, match="newer Civic Tracker"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"%PDF-1.7 this is not a database" * 100)
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="not a SQLite file"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before


NEXT_REVISION = '''
"""test-only: add a column"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("programs") as batch:
        batch.add_column(sa.Column("test_extra", sa.String(10)))


def downgrade():
    with op.batch_alter_table("programs") as batch:
        batch.drop_column("test_extra")
'''


def test_upgrade_writes_a_backup_first_and_keeps_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    keys_before = ProgramService(db).program_keys()
    db.dispose()
    head = migrate.head_revision()

    scripts = tmp_path / "migrations"
    shutil.copytree(config.migrations_dir(), scripts)
    (scripts / "versions" / "9999_test_extra.py").write_text(NEXT_REVISION.format(head=head), encoding="utf-8")
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    monkeypatch.setattr(revision, "HEAD_REVISION", "9999")  # as a release with the migration names its head

    db2, report = open_database(f"sqlite:///{path}")
    assert report.upgraded_from == head
    assert report.backup is not None and report.backup.exists()
    assert report.backup.parent == path.parent / "backups"
    with sqlite3.connect(report.backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert ProgramService(db2).program_keys() == keys_before
    with db2.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9999"
    db2.dispose()
