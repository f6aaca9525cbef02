"""Alembic migrations: every revision upgrades to head with its data intact; the chain is linear and
reversible; the models and the migrations do not drift apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.store import migrate
from app.store.base import Base
from app.store.database import make_engine

# Columns a later revision removes on purpose, as (table, column). Anything else that disappears is data loss.
DROPPED_ON_PURPOSE: set[tuple[str, str]] = set()

REVISIONS = [r.revision for r in reversed(list(migrate.script_directory().walk_revisions()))]


def _engine(tmp_path: Path, name: str = "m.sqlite3") -> tuple[sa.Engine, str]:
    url = f"sqlite:///{tmp_path / name}"
    return make_engine(url), url


def _value(column: sa.Column[Any], row_no: int, ids: dict[str, int]) -> Any:
    """A value that fits the column as reflected at that revision, unique per row where it needs to be."""
    for fk in column.foreign_keys:
        target = fk.column.table.name
        if target == column.table.name:
            return None  # self reference (a parent): leave empty
        return ids.get(target)
    kind = column.type
    if isinstance(kind, sa.LargeBinary):
        return b"\x00bytes\xff"
    if isinstance(kind, sa.Boolean):
        return row_no % 2 == 0
    if isinstance(kind, sa.Integer):
        return row_no
    if isinstance(kind, sa.Float | sa.Numeric):
        return 12.5
    if isinstance(kind, sa.DateTime):
        return dt.datetime(2026, 3, 1, 12, 30, tzinfo=dt.UTC)
    if isinstance(kind, sa.Date):
        return dt.date(2026, 3, 1)
    if isinstance(kind, sa.String | sa.Text):
        length = getattr(kind, "length", None) or 60
        # Partial dates are stored as short text; '2026' fits them and any other short text column.
        text = "2026" if length <= 16 else f"{column.name} {row_no} 서울 上海"
        return text[:length]
    return None


def _fill(engine: sa.Engine) -> dict[str, list[dict[str, Any]]]:
    """One row in every table of the schema as it stands at this revision."""
    meta = sa.MetaData()
    meta.reflect(engine)
    inserted: dict[str, list[dict[str, Any]]] = {}
    ids: dict[str, int] = {}
    with engine.begin() as conn:
        for table in meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            row: dict[str, Any] = {}
            for column in table.columns:
                if column.primary_key and isinstance(column.type, sa.Integer) and not column.foreign_keys:
                    row[column.name] = 1
                    continue
                value = _value(column, 1, ids)
                if value is None and not column.nullable:
                    value = 1 if isinstance(column.type, sa.Integer) else "x"
                row[column.name] = value
            # Values the check constraints accept.
            for name in ("percent_complete",):
                if name in row:
                    row[name] = 40.0
            if "weight" in row:
                row["weight"] = 1.0
            conn.execute(table.insert().values(**row))
            ids[table.name] = 1
            inserted[table.name] = [row]
    return inserted


def _comparable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return value


@pytest.mark.parametrize("revision", REVISIONS)
def test_data_written_at_each_revision_survives_the_upgrade_to_head(tmp_path: Path, revision: str) -> None:
    engine, url = _engine(tmp_path)
    try:
        migrate.upgrade(engine, url, revision)
        inserted = _fill(engine)
        assert inserted, "the revision has tables to fill"
        migrate.upgrade(engine, url, "head")
        assert migrate.database_state(engine).at_head
        head = sa.MetaData()
        head.reflect(engine)
        with engine.connect() as conn:
            for table_name, rows in inserted.items():
                assert table_name in head.tables, f"{table_name} was dropped by an upgrade"
                table = head.tables[table_name]
                stored = [dict(r._mapping) for r in conn.execute(table.select())]
                assert len(stored) == len(rows), table_name
                for want, got in zip(rows, stored, strict=True):
                    for column, value in want.items():
                        if (table_name, column) in DROPPED_ON_PURPOSE:
                            continue
                        assert column in table.columns, f"{table_name}.{column} was lost in an upgrade"
                        assert _comparable(got[column]) == _comparable(value), (table_name, column)
    finally:
        engine.dispose()


def test_services_work_on_a_database_upgraded_from_the_first_revision(tmp_path: Path) -> None:
    from app.services.database import open_database
    from app.services.programs import ProgramDraft, ProgramService

    engine, url = _engine(tmp_path)
    migrate.upgrade(engine, url, REVISIONS[0])
    engine.dispose()
    db, report = open_database(url, actor="tester", seed=False)
    try:
        assert report.created or report.upgraded_from in (None, REVISIONS[0])
        ProgramService(db).create_program(ProgramDraft(title="After the upgrade", key="AFTER"))
        assert ProgramService(db).program_keys() == ["AFTER"]
    finally:
        db.dispose()


def test_empty_database_upgrades_to_head(tmp_path: Path) -> None:
    engine, url = _engine(tmp_path)
    try:
        assert migrate.database_state(engine).empty
        migrate.upgrade(engine, url)
        state = migrate.database_state(engine)
        assert state.at_head and state.current == REVISIONS[-1]
        tables = set(sa.inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        engine.dispose()


def test_head_to_base_and_back_to_head(tmp_path: Path) -> None:
    engine, url = _engine(tmp_path)
    try:
        migrate.upgrade(engine, url)
        migrate.downgrade(engine, url, "base")
        left = set(sa.inspect(engine).get_table_names()) - {"alembic_version"}
        assert left == set()
        migrate.upgrade(engine, url)
        assert migrate.database_state(engine).at_head
    finally:
        engine.dispose()


def test_each_revision_downgrades_one_step_and_upgrades_again(tmp_path: Path) -> None:
    engine, url = _engine(tmp_path)
    try:
        for revision in REVISIONS:
            migrate.upgrade(engine, url, revision)
            migrate.downgrade(engine, url, "-1")
            migrate.upgrade(engine, url, revision)
            assert migrate.database_state(engine).current == revision
    finally:
        engine.dispose()


def test_revision_chain_is_linear() -> None:
    scripts = migrate.script_directory()
    assert len(scripts.get_heads()) == 1, "more than one head: merge the branches"
    assert len(scripts.get_bases()) == 1
    for rev in scripts.walk_revisions():
        assert not isinstance(rev.down_revision, tuple | list), f"{rev.revision} is a merge point"
    chain = [r.revision for r in scripts.walk_revisions()]
    assert len(chain) == len(set(chain))


def test_the_head_the_app_checks_without_alembic_is_the_migrations_head() -> None:
    """A start compares the stored revision with HEAD_REVISION; left behind by a new migration, databases
    at the old head would be taken for up to date and never upgraded."""
    assert migrate.HEAD_REVISION == migrate.head_revision() == REVISIONS[-1], (
        f"set HEAD_REVISION in app/store/revision.py to {migrate.head_revision()!r}"
    )


def test_a_database_one_revision_behind_is_not_taken_for_one_at_head(tmp_path: Path) -> None:
    engine, url = _engine(tmp_path)
    try:
        migrate.upgrade(engine, url, REVISIONS[-2])
        state = migrate.database_state(engine)
        assert (state.current, state.at_head, state.known, state.empty) == (REVISIONS[-2], False, True, False)
        with engine.begin() as conn:  # a revision this app does not know: written by a newer version
            conn.execute(sa.text("UPDATE alembic_version SET version_num = 'ffff'"))
        assert migrate.database_state(engine).newer_than_app
    finally:
        engine.dispose()


def test_models_and_migrations_do_not_drift(tmp_path: Path) -> None:
    """What `alembic check` does: autogenerate against a database at head finds nothing to change."""
    engine, url = _engine(tmp_path)
    try:
        migrate.upgrade(engine, url)
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "render_as_batch": True, "target_metadata": Base.metadata}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_0006_turns_each_distinct_owner_text_into_a_person(tmp_path: Path) -> None:
    engine, url = _engine(tmp_path)
    try:
        migrate.upgrade(engine, url, "0005")
        now = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO programs (id, key, title, is_case, search_text, title_sort, version, created_at,"
                    " updated_at) VALUES (1, 'P', 'P', false, '', 'p', 1, :now, :now)"
                ),
                {"now": now},
            )
            for n, owner in enumerate(["김민지", "Park ", "park", None, "김민지"], start=1):
                conn.execute(
                    sa.text(
                        "INSERT INTO tasks (id, key, program_id, title, owner, weight, position, version, created_at,"
                        " updated_at) VALUES (:n, :key, 1, 'T', :owner, 1, :n, 1, :now, :now)"
                    ),
                    {"n": n, "key": f"P-T{n}", "owner": owner, "now": now},
                )
            conn.execute(
                sa.text(
                    "INSERT INTO progress_entries (id, program_id, task_id, entry_date, title, author, recorded_at,"
                    " version) VALUES (1, 1, 1, '2026', 'E', '김민지', :now, 1)"
                ),
                {"now": now},
            )
        migrate.upgrade(engine, url, "head")
        with engine.connect() as conn:
            people = dict(conn.execute(sa.text("SELECT name, id FROM people")).all())
            assert set(people) == {"김민지", "Park"}
            owners = dict(conn.execute(sa.text("SELECT id, owner_id FROM tasks")).all())
            assert owners == {1: people["김민지"], 2: people["Park"], 3: people["Park"], 4: None, 5: people["김민지"]}
            assert conn.execute(sa.text("SELECT author_id, task_id FROM progress_entries")).one() == (
                people["김민지"],
                1,
            )
    finally:
        engine.dispose()


def test_0007_lets_entries_logged_before_it_keep_files(db_url: str) -> None:
    """Upgraded from 0006 (SQLite and PostgreSQL): an entry logged before takes a file, which comes back whole."""
    from app.services.attachments import AttachmentService, NewAttachment
    from app.services.database import open_database

    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine, db_url, "0006")
        now = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO programs (id, key, title, is_case, search_text, title_sort, version, created_at,"
                    " updated_at) VALUES (1, 'P', 'P', false, '', 'p', 1, :now, :now)"
                ),
                {"now": now},
            )
            conn.execute(
                sa.text(
                    "INSERT INTO progress_entries (id, program_id, entry_date, title, recorded_at, version)"
                    " VALUES (1, 1, '2026', 'Meeting held', :now, 1)"
                ),
                {"now": now},
            )
    finally:
        engine.dispose()
    db, report = open_database(db_url, actor="tester", seed=False)
    try:
        assert report.upgraded_from == "0006"
        content = bytes(range(256)) * 40
        added = AttachmentService(db).add(1, NewAttachment("minutes.pdf", content))
        assert AttachmentService(db).content(added.id) == content
    finally:
        db.dispose()
