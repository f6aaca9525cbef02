"""The same behaviour on SQLite and PostgreSQL: ordering, search, lengths, booleans, times, ids, history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.domain.model import ProgramFilter
from app.services.programs import ProgramDraft, ProgramService
from app.store import derived, migrate
from app.store import models as m
from app.store.database import Database


def _keys(service: ProgramService, **kwargs: object) -> list[str]:
    return [p.key for p in service.list_programs(**kwargs).rows]  # type: ignore[arg-type]


def test_programs_without_a_start_date_sort_first_ascending_and_last_descending(empty_db: Database) -> None:
    service = ProgramService(empty_db)
    service.create_program(ProgramDraft("Later", key="B-LATER", start_date=PartialDate.parse("2024")))
    service.create_program(ProgramDraft("Undated", key="C-UNDATED"))
    service.create_program(ProgramDraft("Early", key="A-EARLY", start_date=PartialDate.parse("2020-03")))

    assert _keys(service, sort="start_date") == ["C-UNDATED", "A-EARLY", "B-LATER"]
    assert _keys(service, sort="start_date", descending=True) == ["B-LATER", "A-EARLY", "C-UNDATED"]


def test_stale_programs_never_updated_come_first(empty_db: Database) -> None:
    service = ProgramService(empty_db, today=lambda: dt.date(2026, 6, 1))
    service.create_program(ProgramDraft("Logged long ago", key="OLD"))
    service.log_progress("OLD", "Kick-off", entry_date=PartialDate.parse("2025-01-10"))
    service.create_program(ProgramDraft("Never logged", key="NEVER"))

    assert [p.key for p in service.overview().stale] == ["NEVER", "OLD"]


# Every form a stored date takes, in PartialDate's order (sort_key).
_IN_ORDER = [
    "0999", "0999-12-31", "1000s", "1990s", "late-1990s", "2019-12-31",
    "early-2020s", "2020s", "2020", "2020-01", "2020-01-01", "2020-02-29", "mid-2020s", "2023-12", "2024",
    "2024-05", "2024-05-01", "late-2020s", "2029-12-31", "2030",
]  # fmt: skip


def test_the_database_orders_partial_dates_as_the_app_does(empty_db: Database) -> None:
    """store/derived.date_order is PartialDate.sort_key in SQL: the same order on SQLite and PostgreSQL,
    whatever the collation, and the last progress it picks is the latest date."""
    dates = [PartialDate.parse(t) for t in _IN_ORDER]
    assert sorted(dates, key=PartialDate.sort_key) == dates
    service = ProgramService(empty_db)
    service.create_program(ProgramDraft("Dated every way", key="DATES"))
    for day in reversed(dates):
        service.log_progress("DATES", str(day), entry_date=day)
    with empty_db.read() as s:
        ordered = s.execute(
            select(m.ProgressEntry.entry_date).order_by(derived.date_order(m.ProgressEntry.entry_date))
        ).scalars()
        assert [str(d) for d in ordered] == _IN_ORDER
    assert [p.last_progress for p in service.list_programs().rows] == [dates[-1]]  # not 'mid-2020s', as text


def test_search_treats_percent_and_underscore_as_plain_characters(empty_db: Database) -> None:
    service = ProgramService(empty_db)
    service.create_program(ProgramDraft("Recycling up 50% by 2030", key="RECYCLE"))
    service.create_program(ProgramDraft("Recycling up 500 tonnes", key="TONNES"))
    service.create_program(ProgramDraft("snake_case survey", key="SNAKE"))
    service.create_program(ProgramDraft("snakeXcase survey", key="SNAKEX"))

    assert _keys(service, flt=ProgramFilter(text="50%")) == ["RECYCLE"]
    assert _keys(service, flt=ProgramFilter(text="snake_case")) == ["SNAKE"]
    assert _keys(service, flt=ProgramFilter(text="RECYCLING"), sort="key") == ["RECYCLE", "TONNES"]


def test_titles_sort_by_character_as_on_sqlite(empty_db: Database) -> None:
    # C collation on the server: '-' sorts before letters and Hangul after Latin, exactly as SQLite does.
    # (A server database with a locale collation such as en_US would ignore the hyphen and differ.)
    service = ProgramService(empty_db)
    for key, title in (("K1", "roadwork"), ("K2", "나무 심기"), ("K3", "roads"), ("K4", "road-side trees")):
        service.create_program(ProgramDraft(title, key=key))
    assert _keys(service, sort="title") == ["K4", "K3", "K1", "K2"]


def test_text_longer_than_its_column_is_refused_with_the_field_named(empty_db: Database) -> None:
    service = ProgramService(empty_db)
    service.create_program(ProgramDraft("Clean streets", key="STREETS"))
    with pytest.raises(ValidationError) as err:
        service.update_program("STREETS", {"local_title": "가" * 501})
    assert err.value.field == "local_title"
    indicator_name = "n" * 301  # a valid title, but indicator names are limited to 300
    with pytest.raises(ValidationError) as err2:
        service.add_indicator("STREETS", indicator_name)
    assert err2.value.field == "name"
    # Nothing of the refused edits was saved.
    assert service.get_program("STREETS").local_title is None
    assert service.get_program("STREETS").indicators == ()


def test_case_library_flag_filters_on_every_backend(seeded_db: Database) -> None:
    service = ProgramService(seeded_db)
    cases = service.list_programs(ProgramFilter(is_case=True)).total
    own = service.list_programs(ProgramFilter(is_case=False)).total
    assert cases == 20
    assert own == 0
    assert service.overview().case_count == 20


def test_times_come_back_in_utc_with_their_zone(empty_db: Database) -> None:
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
    program = ProgramService(empty_db).create_program(ProgramDraft("Timed", key="TIMED"))
    stored = ProgramService(empty_db).get_program("TIMED")
    assert stored.created_at.utcoffset() == dt.timedelta(0)
    assert before <= stored.created_at <= dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
    assert stored.created_at == program.created_at


def test_new_rows_get_fresh_ids_and_history_records_the_edit(empty_db: Database) -> None:
    service = ProgramService(empty_db)
    first = service.create_program(ProgramDraft("First", key="FIRST"))
    second = service.create_program(ProgramDraft("Second", key="SECOND"))
    assert second.id > first.id
    service.update_program("FIRST", {"title": "First, renamed"}, expected_version=first.version)
    with empty_db.read() as s:
        old, new, actor = s.execute(
            select(m.ChangeRecord.old_value, m.ChangeRecord.new_value, m.ChangeRecord.actor).where(
                m.ChangeRecord.field == "title", m.ChangeRecord.action == "update"
            )
        ).one()
    assert (old, new) == ("First", "First, renamed")
    if empty_db.is_postgresql:
        # On a server the database role is recorded too: staff cannot pass as somebody else there.
        assert actor == f"tester (db: {empty_db.db_user()})"
    else:
        assert actor == "tester"


def test_organizations_are_matched_without_regard_to_case(empty_db: Database) -> None:
    service = ProgramService(empty_db)
    first = service.create_organization("Green Seoul Network")
    again = service.create_organization("green seoul NETWORK")
    assert again.id == first.id


def test_migrations_go_down_to_nothing_and_up_again(db_url: str) -> None:
    from app.services.database import open_database

    db, report = open_database(db_url, actor="tester", seed=False)
    try:
        assert report.created
        migrate.downgrade(db.engine, db.url, "base")
        assert migrate.database_state(db.engine).current is None
        assert sa_inspect(db.engine).get_table_names() == ["alembic_version"]
        migrate.upgrade(db.engine, db.url)
        assert migrate.database_state(db.engine).at_head
    finally:
        db.dispose()
