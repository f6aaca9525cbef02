"""The command line's lists stay in line in a terminal, whatever letters their cells are written in."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Collection, Sequence
from typing import Any

import pytest
from sqlalchemy import func, select, update

from app import config
from app.cli import main
from app.cli.common import aligned, columns
from app.domain.dates import display_time
from app.domain.enums import Status, record_label, status_message
from app.domain.messages import message, render
from app.domain.sizes import human_size


def test_a_column_starts_in_the_same_place_after_wide_letters_and_letters_in_parts() -> None:
    """Korean and Chinese letters take two columns; a Hangul syllable kept in parts (text copied from macOS), an
    accent typed after its letter and a zero-width space take only what the terminal shows."""
    in_parts = unicodedata.normalize("NFD", "도봉구")
    assert len(in_parts) == 7
    assert aligned(
        [
            ("Dobong-gu", "district"),
            ("도봉구", "구"),
            (in_parts, "구"),
            ("盐田区", "区"),
            ("Cafe\u0301", "café"),
            ("zero\u200bwidth", "-"),
        ]
    ) == [
        "Dobong-gu  district",
        "도봉구     구",
        in_parts + "     구",
        "盐田区     区",
        "Cafe\u0301       café",
        "zero\u200bwidth  -",
    ]


def test_a_cell_longer_than_usual_moves_its_whole_column() -> None:
    key = "NIGHT-BUSES-FOR-THE-WHOLE-DISTRICT-PILOT-2027"
    assert aligned([("PARK", "进行中", "本单位", "口袋公园"), (key, "-", "案例", "Night buses")]) == [
        "PARK" + " " * (len(key) - 4) + "  进行中  本单位  口袋公园",
        key + "  -       案例    Night buses",
    ]
    assert aligned([]) == []


def test_a_column_of_numbers_ends_in_the_same_place() -> None:
    assert aligned([("사업", "7", "1.2 MB", "BIKE"), ("进展记录", "1234", "812 B", "PARK")], right={1, 2}) == [
        "사업         7  1.2 MB  BIKE",
        "进展记录  1234   812 B  PARK",
    ]


# -- the lists of the command line, each run in the three languages ----------------------------------------
LANGS = ("en", "ko", "zh_CN")
LONG_KEY = "NIGHT-BUSES-FOR-THE-WHOLE-DISTRICT-PILOT-2027"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    out: str = capsys.readouterr().out
    return out


def _layout(line: str, cells: Sequence[str], right: Collection[int] = ()) -> tuple[int, ...]:
    """Where ``cells`` stand in ``line``, in terminal columns: the column each starts at (each in ``right``: the
    column it ends at), found in order with nothing but spaces between; then where the rest of the line starts."""
    places, at = [], 0
    for i, cell in enumerate(cells):
        start = len(line) - len(line[at:].lstrip(" ")) if i else 0
        assert line.startswith(cell, start), f"{cell!r} is not next in {line!r}"
        at = start + len(cell)
        places.append(columns(line[:at]) if i in right else columns(line[:start]))
    rest = line[at:]
    assert rest.startswith(" ") and rest.strip(), f"nothing after {cells[-1]!r} in {line!r}"
    return (*places, columns(line[: len(line) - len(rest.lstrip(" "))]))


def _time(value: str, lang: str) -> str:
    """A time of --json as the list shows it (local wall-clock time, in the date style of Preferences)."""
    return display_time(
        dt.datetime.fromisoformat(value).astimezone(), lang, config.load_preferences().date_style, seconds=True
    )


@pytest.fixture
def locale_dates() -> None:
    """Dates as the language writes them (2026. 3. 1. is narrower than 2026. 12. 11.): a column after a date
    moves unless the date's column is as wide as its widest date."""
    config.save_preferences(config.Preferences(date_style="locale"))


@pytest.mark.parametrize("lang", LANGS)
def test_tasks_list_keeps_its_columns_in_line(
    empty_db: Any, capsys: pytest.CaptureFixture[str], lang: str, locale_dates: None
) -> None:
    """A task key longer than the old 28-character slot, an owner wider than 16 columns and a due date of the
    reader's language (2027. 3. beside a day) moved the title."""
    from app.domain.dates import PartialDate, display
    from app.services.programs import ProgramDraft, ProgramService, TaskDraft

    programs = ProgramService(empty_db)
    programs.create_program(ProgramDraft(title="Pocket parks", key="PARK"))
    yesterday = PartialDate.of_date(dt.date.today() - dt.timedelta(days=1))
    programs.add_task("PARK", TaskDraft(title="口袋公园选址", owner="王小明", status=Status.ACTIVE, due_date=yesterday))
    programs.add_task("PARK", TaskDraft(title="주민 설명회", owner="김민지", due_date=PartialDate(2027, 3)))
    programs.add_task(
        "PARK", TaskDraft(title="Night buses", key=LONG_KEY, owner="Dobong-gu Office of Parks and Greenery")
    )
    programs.add_task("PARK", TaskDraft(title="Benches", status=None))
    url = str(empty_db.url)
    listing = json.loads(_run(capsys, "--db", url, "tasks", "list", "--json"))
    lines = _run(capsys, "--db", url, "--lang", lang, "tasks", "list").splitlines()
    assert len(lines) == len(listing) == 4 and LONG_KEY in {r["key"] for r in listing}
    late = render(message("cli.tasks.overdue"), lang)
    layouts = set()
    for row, line in zip(listing, lines, strict=True):
        status = render(status_message(Status(row["status"])), lang) if row["status"] else "-"
        due = display(PartialDate.parse(row["due_date"]), lang, "locale") if row["due_date"] else "-"
        cells = (row["key"], due, status, row["owner"] or "-")
        layouts.add(_layout(line, cells))
        assert line.endswith(row["title"]) or line.endswith(f"{row['title']} {late}")
    assert len(layouts) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_people_list_keeps_its_columns_in_line(empty_db: Any, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    """The name column was not padded at all: each department started after its own name."""
    from app.services.people import PeopleService
    from app.services.programs import ProgramDraft, ProgramService, TaskDraft

    programs = ProgramService(empty_db)
    programs.create_program(ProgramDraft(title="Pocket parks", key="PARK"))
    programs.create_organization("公园绿化科")
    programs.create_organization("Dobong-gu Office of Transport Administration and Parking")
    people = PeopleService(empty_db)
    people.save_person("Park", name_local="박지수", department="公园绿化科")
    people.save_person("王小明", department="Dobong-gu Office of Transport Administration and Parking")
    people.save_person("Alexandra Constantinopoulou-Kim")
    programs.add_task("PARK", TaskDraft(title="주민 설명회", owner="김민지"))
    url = str(empty_db.url)
    listing = json.loads(_run(capsys, "--db", url, "people", "list", "--json"))
    lines = _run(capsys, "--db", url, "--lang", lang, "people", "list").splitlines()
    assert len(lines) == len(listing) == 4
    layouts = set()
    for row, line in zip(listing, lines, strict=True):
        name = row["name"] + (f" ({row['name_local']})" if row["name_local"] else "")
        layouts.add(_layout(line, (name, row["department"] or "-")))
    assert len(layouts) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_trash_list_keeps_its_columns_in_line(
    empty_db: Any, capsys: pytest.CaptureFixture[str], lang: str, locale_dates: None
) -> None:
    """The kind "Progress entry" (추진현황 기록) was wider than its 10-column slot, and a date of the reader's
    language is as wide as its month and day: either moved the line's name along."""
    from app.domain.dates import PartialDate
    from app.services.programs import ProgramDraft, ProgramService, TaskDraft
    from app.store import models as m

    programs = ProgramService(empty_db)
    programs.create_program(ProgramDraft(title="Night buses", key=LONG_KEY))
    programs.add_task(LONG_KEY, TaskDraft(title="노선 조정"))
    programs.delete_program(LONG_KEY)
    programs.create_program(ProgramDraft(title="口袋公园", key="PARK"))
    task = programs.add_task("PARK", TaskDraft(title="주민 설명회"))
    programs.delete_task(task.id)
    entry = programs.log_progress("PARK", "착공", entry_date=PartialDate.parse("2026-03-01"))
    programs.delete_progress(entry.id)
    with empty_db.write() as s:  # deleted on another day, with a month and day of one digit
        s.execute(
            update(m.Program).where(m.Program.key == LONG_KEY).values(deleted_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
        )
    url = str(empty_db.url)
    listing = json.loads(_run(capsys, "--db", url, "trash", "list", "--json"))
    lines = _run(capsys, "--db", url, "--lang", lang, "trash", "list").splitlines()
    assert len(lines) == len(listing) == 3 and {r["kind"] for r in listing} == {"program", "task", "progress"}
    layouts = set()
    for row, line in zip(listing, lines, strict=True):
        cells = (render(record_label(row["kind"]), lang), str(row["id"]), _time(row["deleted_at"], lang))
        layouts.add(_layout(line, cells, right={1}))
        assert f"{row['key']}: {row['title']}" in line
    assert len(layouts) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_db_backups_keeps_its_columns_in_line(
    db_url: str, capsys: pytest.CaptureFixture[str], lang: str, locale_dates: None
) -> None:
    """The reason "Before emptying the trash" was wider than its 22-column slot, and dates of the reader's language
    differ in width: either moved the backup's name along."""
    from app.services.backups import reason_label, take_backup
    from app.services.database import open_database

    db, _ = open_database(db_url, actor="Kim", seed=False)
    for reason, day in (("manual", 1), ("before-empty-trash", 11), ("daily", 30)):
        taken = dt.datetime(2026, 3 if day == 1 else 12, day, 9, 30)
        take_backup(db, reason, clock=lambda taken=taken: taken, rotate_after=False)
    db.dispose()
    listing = json.loads(_run(capsys, "--db", db_url, "db", "backups", "--json"))
    lines = _run(capsys, "--db", db_url, "--lang", lang, "db", "backups").splitlines()
    assert len(lines) == len(listing) == 3
    checked = {True: render(message("cli.db.checked"), lang), False: render(message("cli.db.not_checked"), lang)}
    layouts = set()
    for row, line in zip(listing, lines, strict=True):
        cells = (
            _time(row["taken_at"], lang),
            human_size(row["size"]),
            checked[row["verified"]],
            render(reason_label(row["reason"]), lang),
        )
        layouts.add(_layout(line, cells, right={1}))
        assert line.endswith(row["name"])
    assert len(layouts) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_history_keeps_its_columns_in_line(
    empty_db: Any, capsys: pytest.CaptureFixture[str], lang: str, locale_dates: None
) -> None:
    """A login wider than the person's 16-column slot, and a date of the reader's language as wide as its month and
    day, moved what was done along."""
    from app.services.programs import ProgramDraft, ProgramService
    from app.store import models as m
    from app.store.database import Database

    for actor, key in (("김민지", "PARK"), ("王小明", "BUS"), ("dobong.parks.and.greenery.team", LONG_KEY)):
        db = Database(str(empty_db.url), actor=actor)
        ProgramService(db).create_program(ProgramDraft(title="口袋公园 공원", key=key))
        db.dispose()
    with empty_db.write() as s:  # one change on a day with a month and day of one digit
        first = s.execute(select(func.min(m.ChangeRecord.id))).scalar_one()
        s.execute(
            update(m.ChangeRecord).where(m.ChangeRecord.id == first).values(at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
        )
    url = str(empty_db.url)
    listing = json.loads(_run(capsys, "--db", url, "history", "--json"))
    lines = _run(capsys, "--db", url, "--lang", lang, "history").splitlines()
    assert len(lines) == len(listing) >= 3
    layouts = {
        _layout(line, (_time(row["at"], lang), row["actor"] or "?")) for row, line in zip(listing, lines, strict=True)
    }
    assert len(layouts) == 1
