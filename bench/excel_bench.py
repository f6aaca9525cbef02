"""Workbook export and import speed and memory, as ratios against bare baselines run side by side.

    python bench/excel_bench.py [--rows 100000] [--update-rows 80000] [--dir /tmp/excel-bench]
                                [--scenario multi|foreign|update ...] [--repeat N] [--no-soffice] [--reuse]

Each timed step runs in its own process (so its peak memory is its own), and the steps of a scenario run in
alternating rounds (``--repeat N``): every ratio is the median of the N per-round ratios of our step to its
baseline in the same round, so a busy spell of the shared machine hits both alike. Scenarios (default: all three,
each in its own folder under ``--dir``; ``--scenario``/``--only`` picks some):

multi    N programs, N tasks and N progress entries in a database: our export vs a bare openpyxl write-only
         workbook of the same cells; our import (into an empty database) vs a bare python-calamine read plus a
         SQLAlchemy Core bulk insert; our preview of re-importing the unchanged export; where soffice exists,
         LibreOffice converting the imported file to CSV and writing the same data as .xlsx.
foreign  a staff member's own list: one sheet of N rows x Title, Place, Status, Start, End, Summary, no key column
         (unique titles, known place names in English and Korean, status words, date cells): our import into a
         freshly seeded database vs LibreOffice converting the same file to CSV; then our export of those N
         programs vs a bare openpyxl write-only workbook of the same cells.
update   an export of M programs, M tasks and M progress entries (``--update-rows``, default 80,000) in which one
         column of every row differs from the database (Programs: Summary, Tasks: Owner, Progress: Note),
         imported into that database: 3M rows updated in one transaction; its time and peak memory, with
         LibreOffice's CSV conversion of the same file beside it for scale.

Not part of the test run; never assert a time from it. docs/benchmarks.md has the targets and the history.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------------------------------------- steps
def step_make(folder: Path, rows: int) -> dict[str, Any]:
    import datetime as dt

    from sqlalchemy import insert, select

    from app.domain.dates import PartialDate
    from app.services.database import open_database
    from app.store import models as m

    db, _ = open_database(f"sqlite:///{folder / 'source.sqlite3'}", actor="bench", seed=True)
    now = dt.datetime.now(dt.UTC)
    statuses = ["planned", "active", "on_hold", "completed", "cancelled"]
    with db.write() as s:
        place = s.execute(select(m.Place.id).where(m.Place.name == "Gangdong-gu")).scalar_one()
        s.execute(
            insert(m.Program.__table__),
            [
                {
                    "key": f"P{i:06d}",
                    "title": f"Neighbourhood program number {i}",
                    "summary": f"A program of the district that does useful thing {i} for residents.",
                    "place_id": place,
                    "status": statuses[i % 5],
                    "start_date": PartialDate(2020 + i % 6, 1 + i % 12),
                    "end_date": PartialDate(2027),
                    "is_case": False,
                    "version": 1,
                    "search_text": "",
                    "created_at": now,
                    "updated_at": now,
                    "percent_complete": float(i % 100),
                }
                for i in range(rows)
            ],
        )
        ids = dict(s.execute(select(m.Program.key, m.Program.id).where(m.Program.key.like("P%"))).all())
        s.execute(
            insert(m.Task.__table__),
            [
                {
                    "key": f"P{i:06d}-T01",
                    "program_id": ids[f"P{i:06d}"],
                    "title": f"First task of program {i}",
                    "status": statuses[i % 5],
                    "due_date": PartialDate(2026, 1 + i % 12, 1 + i % 28),
                    "percent_complete": float(i % 100),
                    "weight": 1.0,
                    "position": 0,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                    "owner": "Kim",
                }
                for i in range(rows)
            ],
        )
        s.execute(
            insert(m.ProgressEntry.__table__),
            [
                {
                    "program_id": ids[f"P{i:06d}"],
                    "entry_date": PartialDate(2026, 1 + i % 12, 1 + i % 28),
                    "title": f"Meeting {i} held",
                    "note": "Residents came and agreed on the next steps.",
                    "percent_complete": float(i % 100),
                    "author": "Lee",
                    "recorded_at": now,
                    "version": 1,
                }
                for i in range(rows)
            ],
        )
    db.dispose()
    return {}


def step_export(folder: Path) -> dict[str, Any]:
    from app.services.workbook import ExportOptions, WorkbookService
    from app.store.database import Database

    db = Database(f"sqlite:///{folder / 'source.sqlite3'}")
    t = time.perf_counter()
    WorkbookService(db).export_workbook(folder / "ours.xlsx", ExportOptions(cases=False))
    return {"seconds": time.perf_counter() - t, "maxrss_mb": _maxrss_mb()}


def step_import_file(folder: Path) -> dict[str, Any]:
    """The file to import into an empty database: our export with Entry IDs left empty (new entries)."""
    from app.services import workbook_export as we
    from app.services.workbook import ExportOptions, WorkbookService
    from app.store.database import Database

    original = we._Exporter.progress

    def fresh_entries(self: Any) -> Any:
        for row in original(self):
            yield (None, *row[1:])

    we._Exporter.progress = fresh_entries  # type: ignore[method-assign]
    db = Database(f"sqlite:///{folder / 'source.sqlite3'}")
    WorkbookService(db).export_workbook(folder / "import.xlsx", ExportOptions(cases=False))
    return {}


def _plain(v: Any) -> Any:
    """The same cell value our export writes, without any style: dates as dates, a year as a number."""
    if hasattr(v, "iso"):
        if v.decade:
            return str(v)
        if v.month is None:
            return v.year
        return v.first_day()
    return v


def step_baseline_export(folder: Path) -> dict[str, Any]:
    from openpyxl import Workbook
    from sqlalchemy import select

    from app.store import models as m
    from app.store.database import Database

    db = Database(f"sqlite:///{folder / 'source.sqlite3'}")
    t = time.perf_counter()
    wb = Workbook(write_only=True)
    P, T, E = m.Program, m.Task, m.ProgressEntry  # noqa: N806
    queries = {
        "Programs": select(
            P.key,
            P.title,
            P.local_title,
            P.place_id,
            P.lead_organization_id,
            P.sector,
            P.status,
            P.start_date,
            P.end_date,
            P.percent_complete / 100.0,
            P.key,
            P.summary,
            P.description,
            P.last_progress_on,
            P.is_case,
        )
        .where(P.is_case.is_(False))
        .order_by(P.key),
        "Tasks": select(
            T.program_id,
            T.key,
            T.parent_id,
            T.title,
            T.owner,
            T.status,
            T.start_date,
            T.due_date,
            T.percent_complete / 100.0,
            T.weight,
            T.description,
        ).order_by(T.program_id),
        "Progress": select(
            E.id, E.program_id, E.task_id, E.entry_date, E.title, E.note, E.percent_complete / 100.0, E.author
        ).order_by(E.program_id),
    }
    stamp = "2026-01-01T00:00:00.000000Z"  # each row's Exported (UTC) cell, as our export writes it
    with db.engine.connect() as conn:
        for name, q in queries.items():
            ws = wb.create_sheet(name)
            for row in conn.execute(q).yield_per(2000):
                ws.append([*(_plain(v) for v in row), stamp])
    wb.save(folder / "bare.xlsx")
    return {"seconds": time.perf_counter() - t, "maxrss_mb": _maxrss_mb()}


def step_import(folder: Path) -> dict[str, Any]:
    from app.services.database import open_database
    from app.services.workbook import WorkbookService

    target = folder / "target.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    db, _ = open_database(f"sqlite:///{target}", actor="bench", seed=True)
    t = time.perf_counter()
    result = WorkbookService(db).apply_import(folder / "import.xlsx", backup=False)
    took = time.perf_counter() - t
    return {"seconds": took, "maxrss_mb": _maxrss_mb(), "created": result.created}


def step_reimport(folder: Path) -> dict[str, Any]:
    from app.services.workbook import WorkbookService
    from app.store.database import Database

    db = Database(f"sqlite:///{folder / 'source.sqlite3'}")
    t = time.perf_counter()
    preview = WorkbookService(db).preview_import(folder / "ours.xlsx")
    return {"seconds": time.perf_counter() - t, "maxrss_mb": _maxrss_mb(), "unchanged": preview.unchanged}


def step_baseline_import(folder: Path) -> dict[str, Any]:
    """calamine read + Core bulk insert of the same columns our import stores, with only the conversions a
    database needs (dates to their stored form, percents to 0..100) and no checks, history or roll-up."""
    import datetime as dt

    from python_calamine import CalamineWorkbook
    from sqlalchemy import insert, select

    from app.domain.dates import PartialDate
    from app.services.database import open_database
    from app.store import models as m

    def day(v: Any) -> Any:
        if isinstance(v, dt.date):
            return PartialDate.of_date(v if not isinstance(v, dt.datetime) else v.date())
        return PartialDate(int(v)) if v not in (None, "") else None

    def pct(v: Any) -> Any:
        return float(v) * 100 if v not in (None, "") else None

    def text(v: Any) -> Any:
        return v if v != "" else None

    target = folder / "baseline.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    db, _ = open_database(f"sqlite:///{target}", actor="bench", seed=True)
    now = dt.datetime.now(dt.UTC)
    t = time.perf_counter()
    book = CalamineWorkbook.from_path(str(folder / "import.xlsx"))
    with db.engine.begin() as conn:
        places = dict(conn.execute(select(m.Place.name, m.Place.id)).all())
        # Columns by their headers, as our export writes them (its layout grows: a new column moves the others).
        head, *rows = book.get_sheet_by_name("Programs").to_python()
        c = {h: i for i, h in enumerate(head)}
        conn.execute(
            insert(m.Program.__table__),
            [
                {
                    "key": r[c["Key"]],
                    "title": r[c["Title"]],
                    "local_title": text(r[c["Local title"]]),
                    "place_id": places.get(r[c["Place"]]),
                    "status": str(r[c["Status"]]).lower().replace(" ", "_") or None,
                    "start_date": day(r[c["Start"]]),
                    "end_date": day(r[c["End"]]),
                    "summary": text(r[c["Summary"]]),
                    "description": text(r[c["Description"]]),
                    "is_case": False,
                    "version": 1,
                    "search_text": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for r in rows
            ],
        )
        ids = dict(conn.execute(select(m.Program.key, m.Program.id)).all())
        del rows
        head, *rows = book.get_sheet_by_name("Tasks").to_python()
        c = {h: i for i, h in enumerate(head)}
        conn.execute(
            insert(m.Task.__table__),
            [
                {
                    "key": r[c["Task key"]],
                    "program_id": ids[r[c["Program key"]]],
                    "title": r[c["Title"]],
                    "owner": text(r[c["Owner"]]),
                    "status": str(r[c["Status"]]).lower().replace(" ", "_") or None,
                    "start_date": day(r[c["Start"]]),
                    "due_date": day(r[c["Due"]]),
                    "percent_complete": pct(r[c["Percent complete"]]),
                    "weight": float(r[c["Weight"]] or 1),
                    "description": text(r[c["Description"]]),
                    "position": 0,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for r in rows
            ],
        )
        del rows
        head, *rows = book.get_sheet_by_name("Progress").to_python()
        c = {h: i for i, h in enumerate(head)}
        conn.execute(
            insert(m.ProgressEntry.__table__),
            [
                {
                    "program_id": ids[r[c["Program key"]]],
                    "entry_date": day(r[c["Date"]]),
                    "title": r[c["Title"]],
                    "note": text(r[c["Note"]]),
                    "percent_complete": pct(r[c["Percent complete"]]),
                    "author": text(r[c["Author"]]),
                    "recorded_at": now,
                    "version": 1,
                }
                for r in rows
            ],
        )
    return {"seconds": time.perf_counter() - t, "maxrss_mb": _maxrss_mb()}


# -------------------------------------------------------------------- foreign sheet (issue "One engine")
FOREIGN_HEADER = ["Title", "Place", "Status", "Start", "End", "Summary"]
# Names a staff member would type: English and Korean district names, status words in both languages.
FOREIGN_PLACES = ["Gangdong-gu", "Dobong-gu", "강동구", "Gangdong-gu", "도봉구", "Dobong-gu", "Seoul"]
FOREIGN_STATUSES = ["Active", "Planned", "Completed", "active", "On hold", "진행중", "Planned", "Cancelled", "완료"]
FOREIGN_TOPICS = [
    ("Community garden", "마을 텃밭"),
    ("Youth job fair", "청년 일자리 박람회"),
    ("Senior lunch service", "어르신 점심 나눔"),
    ("Bike lane survey", "자전거길 조사"),
    ("Repair cafe", "수리 카페"),
    ("Sharing library", "공유 도서관"),
    ("Home energy audit", "가정 에너지 진단"),
    ("Neighbourhood safety walk", "동네 안전 순찰"),
]


def foreign_rows(rows: int) -> Any:
    """A staff member's own list: unique titles (one in seven Korean), a few places, status words, real dates."""
    import datetime as dt

    for i in range(rows):
        en, ko = FOREIGN_TOPICS[i % len(FOREIGN_TOPICS)]
        title = f"{ko} {i + 1}" if i % 7 == 3 else f"{en} {2020 + i % 7} no. {i + 1}"
        start = dt.date(2020 + i % 7, 1 + i % 12, 1 + i % 28)
        end = None if i % 4 == 0 else start + dt.timedelta(days=30 + i % 400)
        place = FOREIGN_PLACES[i % len(FOREIGN_PLACES)]
        summary = f"{en} for the residents of {place}, run with the neighbourhood association; round {1 + i % 9}."
        yield [title, place, FOREIGN_STATUSES[i % len(FOREIGN_STATUSES)], start, end, summary]


def step_foreign_make(folder: Path, rows: int) -> dict[str, Any]:
    """foreign.xlsx: one sheet, header row, no key column, dates as date cells (written as Excel would)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet1")
    ws.append(FOREIGN_HEADER)
    for row in foreign_rows(rows):
        cells: list[Any] = []
        for j, v in enumerate(row):
            if j in (3, 4) and v is not None:
                c = WriteOnlyCell(ws, value=v)
                c.number_format = "yyyy-mm-dd"
                cells.append(c)
            else:
                cells.append(v)
        ws.append(cells)
    wb.save(folder / "foreign.xlsx")
    return {}


def _fresh_seeded(path: Path) -> Any:
    from app.services.database import open_database

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db, _ = open_database(f"sqlite:///{path}", actor="bench", seed=True)
    return db


def step_foreign_import(folder: Path) -> dict[str, Any]:
    """Our import of foreign.xlsx into a freshly seeded database. The database it leaves is source.sqlite3 of
    this scenario's folder: the export steps of the scenario read it."""
    from app.services.workbook import WorkbookService

    db = _fresh_seeded(folder / "source.sqlite3")
    t = time.perf_counter()
    result = WorkbookService(db).apply_import(folder / "foreign.xlsx", backup=False)
    took = time.perf_counter() - t
    db.dispose()
    return {"seconds": took, "maxrss_mb": _maxrss_mb(), "created": result.created, "updated": result.updated}


# ---------------------------------------------------- update: re-import of an export with a column edited
UPDATED_COLUMNS = "Programs: Summary, Tasks: Owner, Progress: Note"


def step_update_make(folder: Path, rows: int) -> dict[str, Any]:
    """update.xlsx and pristine.sqlite3: the file is an export of ``rows`` programs, tasks and progress entries in
    which one column of every row differs from pristine.sqlite3, as if a colleague edited it in Excel.

    The edit is made in a copy of the database before exporting it (rewriting 3 x ``rows`` cells of a styled
    workbook by hand would need a whole-file load), so the file is exactly what our export writes. The rows were
    stored before the file's export moment and have no later change records, so every differing cell is an edit
    of the file, not a colleague's newer value."""
    import sqlite3

    from sqlalchemy import text

    from app.services.workbook import ExportOptions, WorkbookService
    from app.store.database import Database

    step_make(folder, rows)
    src = sqlite3.connect(folder / "source.sqlite3")
    dst = sqlite3.connect(folder / "pristine.sqlite3")
    src.backup(dst)
    dst.close()
    src.close()
    db = Database(f"sqlite:///{folder / 'source.sqlite3'}")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE programs SET summary = summary || ' Reviewed at the December meeting.'"))
        conn.execute(text("UPDATE tasks SET owner = 'Park'"))
        conn.execute(text("UPDATE progress_entries SET note = note || ' Minutes sent to the committee.'"))
    WorkbookService(db).export_workbook(folder / "update.xlsx", ExportOptions(cases=False))
    db.dispose()
    return {}


def step_update_import(folder: Path) -> dict[str, Any]:
    """Our import of update.xlsx into a copy of pristine.sqlite3: every row of every sheet is an update."""
    import sqlite3

    from app.services.workbook import WorkbookService
    from app.store.database import Database

    target = folder / "target.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(folder / "pristine.sqlite3")
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    db = Database(f"sqlite:///{target}", actor="bench")
    t = time.perf_counter()
    result = WorkbookService(db).apply_import(folder / "update.xlsx", backup=False)
    took = time.perf_counter() - t
    return {
        "seconds": took,
        "maxrss_mb": _maxrss_mb(),
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
    }


STEPS: dict[str, Callable[..., dict[str, Any]]] = {
    "make": step_make,
    "import-file": step_import_file,
    "export": step_export,
    "baseline-export": step_baseline_export,
    "import": step_import,
    "reimport": step_reimport,
    "baseline-import": step_baseline_import,
    "foreign-make": step_foreign_make,
    "foreign-import": step_foreign_import,
    "update-make": step_update_make,
    "update-import": step_update_import,
}
# Steps that take the row count (the others read what these built).
MAKERS = {"make", "foreign-make", "update-make"}


def _run_step(name: str, folder: Path, rows: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--step", name, "--dir", str(folder), "--rows", str(rows)],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if out.returncode != 0:
        raise SystemExit(f"step {name} in {folder} failed:\n{out.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


LO_CSV = ["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"]


def _soffice(args: list[str], folder: Path, *, check: bool = True) -> float:
    exe = shutil.which("soffice")
    assert exe is not None
    t = time.perf_counter()
    subprocess.run(
        [exe, f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless", *args],
        check=True,
        capture_output=True,
        cwd=folder,
        timeout=3600,
    )
    took = time.perf_counter() - t
    outdir = Path(args[args.index("--outdir") + 1])
    if check and not any(outdir.glob("*")):
        raise SystemExit(f"LibreOffice wrote nothing to {outdir}: {' '.join(args)}")
    return took


def _lo_csv(folder: Path, xlsx: str, *, check: bool = True) -> dict[str, Any]:
    """LibreOffice converting ``xlsx`` (all its sheets) to CSV."""
    outdir = folder / "lo-csv"
    shutil.rmtree(outdir, ignore_errors=True)
    return {"seconds": _soffice([*LO_CSV, "--outdir", str(outdir), str(folder / xlsx)], folder, check=check)}


# ------------------------------------------------------------------------------------------ rounds
Runner = Callable[[], dict[str, Any]]


def _rounds(runners: dict[str, Runner], repeat: int, out: Any) -> dict[str, list[dict[str, Any]]]:
    """Every runner once per round, in the same order, ``repeat`` rounds: a busy spell of the shared machine
    then hits ours and its baseline alike, and each round gives one paired ratio."""
    res: dict[str, list[dict[str, Any]]] = {name: [] for name in runners}
    for k in range(max(repeat, 1)):
        for name, run in runners.items():
            r = run()
            r.setdefault("maxrss_mb", 0.0)
            res[name].append(r)
            out.write(f"  round {k + 1}: {name:22} {r['seconds']:8.2f} s {r['maxrss_mb']:6.0f} MB\n")
            out.flush()
    return res


def _med(rs: list[dict[str, Any]]) -> float:
    return float(statistics.median(r["seconds"] for r in rs))


def _peak(rs: list[dict[str, Any]]) -> float:
    return float(max(r["maxrss_mb"] for r in rs))


def _ratio(ours: list[dict[str, Any]], base: list[dict[str, Any]]) -> str:
    """Median of the per-round ratios (ours / baseline of the same round), with their range."""
    ratios = [a["seconds"] / b["seconds"] for a, b in zip(ours, base, strict=True)]
    spread = f" (rounds: {', '.join(f'{x:.2f}' for x in ratios)})" if len(ratios) > 1 else ""
    return f"{statistics.median(ratios):.2f}x{spread}"


def _table(out: Any, rows: list[tuple[str, list[dict[str, Any]]]], repeat: int) -> None:
    if repeat > 1:
        out.write(f"(median and fastest of {repeat} alternating rounds; peak memory is the highest seen)\n")
    out.write(f"{'step':60} {'median s':>9} {'fastest':>8} {'peak MB':>8}\n")
    for label, rs in rows:
        peak = _peak(rs)
        mb = f"{peak:8.0f}" if peak else f"{'':>8}"
        out.write(f"{label:60} {_med(rs):9.2f} {min(r['seconds'] for r in rs):8.2f} {mb}\n")


def _fresh(folder: Path, marker: str, reuse: bool) -> bool:
    """Whether the scenario's folder must be (re)built; clears it if so."""
    if reuse and (folder / marker).exists():
        return False
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return True


# ------------------------------------------------------------------------------------------ scenarios
def scenario_multi(folder: Path, n: int, repeat: int, lo: bool, reuse: bool, out: Any) -> None:
    """Our own three-sheet workbook: export, import into an empty database, preview of an unchanged re-import."""
    if _fresh(folder, f"made-{n}", reuse):
        out.write(f"Building {n:,} programs, {n:,} tasks and {n:,} progress entries...\n")
        _run_step("make", folder, n)
        _run_step("import-file", folder, n)
        (folder / f"made-{n}").touch()
    runners: dict[str, Runner] = {
        name: partial(_run_step, name, folder, n)
        for name in ["baseline-export", "export", "baseline-import", "import", "reimport"]
    }
    if lo:
        # LibreOffice runs inside the same alternation as our steps, so a busy spell hits both alike. A
        # first, untimed conversion sets up its profile (a fresh profile's first run may convert nothing).
        _lo_csv(folder, "import.xlsx", check=False)
        _soffice(["--convert-to", "ods", "--outdir", str(folder / "lo-ods"), str(folder / "import.xlsx")], folder)
        runners["lo-csv"] = lambda: _lo_csv(folder, "import.xlsx")
        runners["lo-xlsx"] = lambda: {
            "seconds": _soffice(
                ["--convert-to", "xlsx", "--outdir", str(folder / "lo-xlsx"), str(folder / "lo-ods" / "import.ods")],
                folder,
            )
        }
    res = _rounds(runners, repeat, out)
    size = (folder / "ours.xlsx").stat().st_size / 1e6
    be, e = res["baseline-export"], res["export"]
    bi, i = res["baseline-import"], res["import"]
    out.write(f"\n[multi] Workbook: {size:.1f} MB ({n:,} rows on each of Programs, Tasks, Progress)\n")
    rows = [
        ("bare openpyxl write-only (same cells, no styles)", be),
        ("our export (styles, validation, protection)", e),
        ("bare calamine read + Core bulk insert (same columns)", bi),
        (f"our import into an empty database ({i[0].get('created', 0):,} rows)", i),
        (f"our preview of an unchanged re-import ({res['reimport'][0].get('unchanged', 0):,})", res["reimport"]),
    ]
    if lo:
        rows += [("LibreOffice xlsx -> csv (all sheets)", res["lo-csv"]), ("LibreOffice ods -> xlsx", res["lo-xlsx"])]
    _table(out, rows, repeat)
    out.write(f"\nexport / bare openpyxl      = {_ratio(e, be)} (target <= 1.25x)\n")
    out.write(f"import / calamine + insert  = {_ratio(i, bi)} (target <= 2x)\n")
    out.write(f"peak MB: export {_peak(e):.0f}, import {_peak(i):.0f} (target < 300)\n")
    if lo:
        out.write(f"import / LibreOffice csv    = {_ratio(i, res['lo-csv'])} (target < 1x)\n")
        out.write(f"export / LibreOffice xlsx   = {_ratio(e, res['lo-xlsx'])} (reported)\n")


def scenario_foreign(folder: Path, n: int, repeat: int, lo: bool, reuse: bool, out: Any) -> None:
    """A staff member's own single-sheet list (Title, Place, Status, Start, End, Summary; no key column) imported
    into a freshly seeded database, against LibreOffice converting it to CSV; then the export of those programs
    against a bare openpyxl write-only workbook of the same cells."""
    if _fresh(folder, f"made-{n}", reuse):
        out.write(f"Building a foreign sheet of {n:,} rows x {len(FOREIGN_HEADER)} columns...\n")
        _run_step("foreign-make", folder, n)
        (folder / f"made-{n}").touch()
    runners: dict[str, Runner] = {}
    if lo:
        _lo_csv(folder, "foreign.xlsx", check=False)  # warm-up of a fresh profile, untimed
        runners["lo-csv"] = lambda: _lo_csv(folder, "foreign.xlsx")
    # The import leaves source.sqlite3 (the seeded database with the N programs) that both exports read.
    for name in ["foreign-import", "baseline-export", "export"]:
        runners[name] = partial(_run_step, name, folder, n)
    res = _rounds(runners, repeat, out)
    fi, be, e = res["foreign-import"], res["baseline-export"], res["export"]
    size = (folder / "foreign.xlsx").stat().st_size / 1e6
    out.write(f"\n[foreign] Sheet: {size:.1f} MB, {n:,} rows x {len(FOREIGN_HEADER)} columns, one sheet, no keys\n")
    rows = [
        (f"our import into a seeded database ({fi[0].get('created', 0):,} created)", fi),
        ("bare openpyxl write-only (same cells as our export)", be),
        ("our export of those programs", e),
    ]
    if lo:
        rows.insert(0, ("LibreOffice xlsx -> csv of the same sheet", res["lo-csv"]))
    _table(out, rows, repeat)
    out.write("\n")
    if lo:
        out.write(f"import / LibreOffice csv    = {_ratio(fi, res['lo-csv'])} (target <= 1x)\n")
    out.write(f"export / bare openpyxl      = {_ratio(e, be)} (target <= 1.25x)\n")
    out.write(f"peak MB: import {_peak(fi):.0f}, export {_peak(e):.0f} (target < 300)\n")


def scenario_update(folder: Path, n: int, repeat: int, lo: bool, reuse: bool, out: Any) -> None:
    """Re-import of an export of n programs + n tasks + n progress entries in which one column of every row was
    edited: 3n updated rows, all in one transaction. Peak memory is the target; LibreOffice's CSV conversion of the
    same file is timed beside it for scale."""
    if _fresh(folder, f"made-{n}", reuse):
        out.write(f"Building an export of {n:,} programs, tasks and entries with a column of every row edited...\n")
        _run_step("update-make", folder, n)
        (folder / f"made-{n}").touch()
    runners: dict[str, Runner] = {}
    if lo:
        _lo_csv(folder, "update.xlsx", check=False)
        runners["lo-csv"] = lambda: _lo_csv(folder, "update.xlsx")
    runners["update-import"] = partial(_run_step, "update-import", folder, n)
    res = _rounds(runners, repeat, out)
    u = res["update-import"]
    size = (folder / "update.xlsx").stat().st_size / 1e6
    out.write(f"\n[update] Workbook: {size:.1f} MB; edited columns: {UPDATED_COLUMNS}\n")
    rows = [(f"our import updating {u[0].get('updated', 0):,} rows ({u[0].get('created', 0)} created)", u)]
    if lo:
        rows.insert(0, ("LibreOffice xlsx -> csv of the same file (for scale)", res["lo-csv"]))
    _table(out, rows, repeat)
    out.write("\n")
    if lo:
        out.write(f"update import / LibreOffice csv = {_ratio(u, res['lo-csv'])} (reported)\n")
    out.write(f"peak MB: update import {_peak(u):.0f} (target < 300)\n")


SCENARIOS = {"multi": scenario_multi, "foreign": scenario_foreign, "update": scenario_update}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows per sheet for multi and foreign")
    parser.add_argument(
        "--update-rows",
        type=int,
        default=80_000,
        help="programs (and tasks, and progress entries) in the update scenario's workbook: 3x this rows updated",
    )
    parser.add_argument("--dir", default="/tmp/excel-bench")
    parser.add_argument(
        "--scenario",
        "--only",
        action="append",
        choices=sorted(SCENARIOS),
        help="run only this scenario (may be given more than once); default: all, in the order multi, foreign, update",
    )
    parser.add_argument("--step", choices=sorted(STEPS), help=argparse.SUPPRESS)
    parser.add_argument("--no-soffice", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="keep the databases and files a previous run built")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds of alternating runs; ratios are the median of the per-round ratios (3 or more on a busy machine)",
    )
    args = parser.parse_args()
    folder = Path(args.dir)
    if args.step:
        step = STEPS[args.step]
        result = step(folder, args.rows) if args.step in MAKERS else step(folder)
        sys.stdout.write(json.dumps(result) + "\n")
        return 0

    lo = shutil.which("soffice") is not None and not args.no_soffice
    out = sys.stdout
    for name in args.scenario or list(SCENARIOS):
        n = args.update_rows if name == "update" else args.rows
        out.write(f"\n=== {name} ({n:,} rows) ===\n")
        out.flush()
        SCENARIOS[name](folder / name, n, args.repeat, lo, args.reuse, out)
        out.flush()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("CIVIC_TRACKER_DATA_DIR", "/tmp/excel-bench-data")
    raise SystemExit(main())
