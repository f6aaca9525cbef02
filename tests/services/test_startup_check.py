"""What the desktop app learns before its window paints, without SQLAlchemy: only a SQLite file at head that
the app closed cleanly opens after the window has painted; every other database is opened (upgraded after a
backup, refused, its full check run, its backup offered) before the window, as always."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

from app.services.database import close_database, open_database
from app.services.startup import opens_as_it_is
from app.store import closing
from app.store.sqlite_file import file_of_url, sqlite_url

pytestmark = pytest.mark.sqlite_only


def _closed_cleanly(path: Path) -> str:
    url = sqlite_url(path)
    db, _report = open_database(url, seed=False)
    close_database(db)
    return url


def test_a_database_at_head_closed_cleanly_opens_after_the_window(tmp_path: Path) -> None:
    url = _closed_cleanly(tmp_path / "office.sqlite3")
    assert opens_as_it_is(url)


def test_a_database_not_closed_cleanly_is_checked_in_full_before_the_window(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db, _report = open_database(sqlite_url(path), seed=False)
    db.dispose()  # no clean close recorded: a crash, or another program changed it
    assert not opens_as_it_is(sqlite_url(path))


@pytest.mark.parametrize("stored", ["0006", "9999", None])
def test_an_older_a_newer_or_an_unversioned_database_is_opened_before_the_window(
    tmp_path: Path, stored: str | None
) -> None:
    path = tmp_path / "office.sqlite3"
    url = _closed_cleanly(path)
    conn = sqlite3.connect(path)
    with conn:
        if stored is None:
            conn.execute("DELETE FROM alembic_version")
        else:
            conn.execute("UPDATE alembic_version SET version_num = ?", (stored,))
    conn.close()
    closing.record_clean_close(path)  # as the app left it: only the revision decides
    assert not opens_as_it_is(url)


def test_a_missing_an_empty_or_a_foreign_file_and_a_server_are_opened_before_the_window(tmp_path: Path) -> None:
    assert not opens_as_it_is(sqlite_url(tmp_path / "missing.sqlite3"))
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert not opens_as_it_is(sqlite_url(tmp_path / "empty.sqlite3"))
    (tmp_path / "notes.sqlite3").write_text("not a database", encoding="utf-8")
    assert not opens_as_it_is(sqlite_url(tmp_path / "notes.sqlite3"))
    assert not opens_as_it_is("postgresql+psycopg://staff@server/civic")
    assert not opens_as_it_is("sqlite://")


@pytest.mark.parametrize(
    "name", ["office.sqlite3", "50% done/what?/x #2.db", "b@c:d/e=f&g+h.db", "한글/데이터.db", "with space/x.db"]
)
def test_the_file_url_is_the_one_sqlalchemy_writes_and_reads(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    url = sqlite_url(path)
    assert url == URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)
    assert file_of_url(url) == path == Path(str(make_url(url).database))
    assert file_of_url(f"sqlite:///{Path('relative/office.sqlite3')}") == Path("relative/office.sqlite3")
