"""Workbook export and import speed and memory, as ratios against bare baselines run side by side.

    python bench/excel_bench.py [--rows 100000] [--dir /tmp/excel-bench] [--no-soffice] [--repeat N] [--reuse]

Builds a database with N programs, N tasks and N progress entries, then times, each in its own process
(so peak memory is that step's own): our export vs a bare openpyxl write-only workbook of the same cells;
our import (into an empty database) vs a bare python-calamine read plus a SQLAlchemy Core bulk insert;
and, where soffice exists, LibreOffice converting the same file to CSV and writing it as .xlsx.
Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
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
    with db.engine.connect() as conn:
        for name, q in queries.items():
            ws = wb.create_sheet(name)
            for row in conn.execute(q).yield_per(2000):
                ws.append([_plain(v) for v in row])
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
        rows = book.get_sheet_by_name("Programs").to_python()[1:]
        conn.execute(
            insert(m.Program.__table__),
            [
                {
                    "key": r[0],
                    "title": r[1],
                    "local_title": text(r[2]),
                    "place_id": places.get(r[3]),
                    "status": str(r[6]).lower().replace(" ", "_") or None,
                    "start_date": day(r[7]),
                    "end_date": day(r[8]),
                    "summary": text(r[11]),
                    "description": text(r[12]),
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
        rows = book.get_sheet_by_name("Tasks").to_python()[1:]
        conn.execute(
            insert(m.Task.__table__),
            [
                {
                    "key": r[1],
                    "program_id": ids[r[0]],
                    "title": r[3],
                    "owner": text(r[4]),
                    "status": str(r[5]).lower().replace(" ", "_") or None,
                    "start_date": day(r[6]),
                    "due_date": day(r[7]),
                    "percent_complete": pct(r[8]),
                    "weight": float(r[9] or 1),
                    "description": text(r[10]),
                    "position": 0,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for r in rows
            ],
        )
        del rows
        rows = book.get_sheet_by_name("Progress").to_python()[1:]
        conn.execute(
            insert(m.ProgressEntry.__table__),
            [
                {
                    "program_id": ids[r[1]],
                    "entry_date": day(r[3]),
                    "title": r[4],
                    "note": text(r[5]),
                    "percent_complete": pct(r[6]),
                    "author": text(r[7]),
                    "recorded_at": now,
                    "version": 1,
                }
                for r in rows
            ],
        )
    return {"seconds": time.perf_counter() - t, "maxrss_mb": _maxrss_mb()}


STEPS = {
    "make": step_make,
    "import-file": step_import_file,
    "export": step_export,
    "baseline-export": step_baseline_export,
    "import": step_import,
    "reimport": step_reimport,
    "baseline-import": step_baseline_import,
}


def _run_step(name: str, folder: Path, rows: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--step", name, "--dir", str(folder), "--rows", str(rows)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--dir", default="/tmp/excel-bench")
    parser.add_argument("--step", choices=sorted(STEPS))
    parser.add_argument("--no-soffice", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="keep the database and file a previous run built")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each timed step this many times, alternating, and keep the fastest (for a busy machine)",
    )
    args = parser.parse_args()
    folder = Path(args.dir)
    if args.step:
        result = step_make(folder, args.rows) if args.step == "make" else STEPS[args.step](folder)
        sys.stdout.write(json.dumps(result) + "\n")
        return 0

    n = args.rows
    out = sys.stdout
    made = folder / f"made-{n}"
    if not (args.reuse and made.exists()):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        out.write(f"Building {n:,} programs, {n:,} tasks and {n:,} progress entries...\n")
        _run_step("make", folder, n)
        _run_step("import-file", folder, n)
        made.touch()
    names = ["baseline-export", "export", "baseline-import", "import", "reimport"]
    lo = shutil.which("soffice") is not None and not args.no_soffice
    if lo:
        # LibreOffice runs inside the same alternation as our steps, so a busy spell hits both alike. A
        # first, untimed conversion sets up its profile (a fresh profile's first run may convert nothing).
        _soffice([*LO_CSV, "--outdir", str(folder / "lo-csv"), str(folder / "import.xlsx")], folder, check=False)
        _soffice(["--convert-to", "ods", "--outdir", str(folder / "lo-ods"), str(folder / "import.xlsx")], folder)
        names += ["lo-csv", "lo-xlsx"]
    res: dict[str, dict[str, Any]] = {}
    for _ in range(max(args.repeat, 1)):
        for name in names:
            if name == "lo-csv":
                r = {
                    "seconds": _soffice(
                        [*LO_CSV, "--outdir", str(folder / "lo-csv"), str(folder / "import.xlsx")], folder
                    )
                }
            elif name == "lo-xlsx":
                r = {
                    "seconds": _soffice(
                        [
                            "--convert-to",
                            "xlsx",
                            "--outdir",
                            str(folder / "lo-xlsx"),
                            str(folder / "lo-ods" / "import.ods"),
                        ],
                        folder,
                    )
                }
            else:
                r = _run_step(name, folder, n)
            r.setdefault("maxrss_mb", 0.0)
            best = res.get(name)
            if best is None or r["seconds"] < best["seconds"]:
                res[name] = {**r, "maxrss_mb": max(r["maxrss_mb"], best["maxrss_mb"] if best else 0)}
            elif best is not None:
                best["maxrss_mb"] = max(best["maxrss_mb"], r["maxrss_mb"])
    size = (folder / "ours.xlsx").stat().st_size / 1e6
    be, e = res["baseline-export"], res["export"]
    bi, i = res["baseline-import"], res["import"]
    out.write(f"\nWorkbook: {size:.1f} MB ({n:,} rows on each of Programs, Tasks, Progress)\n")
    if args.repeat > 1:
        out.write(f"(fastest of {args.repeat} alternating runs of each step; peak memory is the highest seen)\n")
    out.write(f"{'step':52} {'seconds':>9} {'peak MB':>9}\n")
    rows = [
        ("bare openpyxl write-only (same cells, no styles)", be),
        ("our export (styles, validation, protection)", e),
        ("bare calamine read + Core bulk insert (same columns)", bi),
        (f"our import into an empty database ({i.get('created', 0):,} rows)", i),
        (f"our preview of an unchanged re-import ({res['reimport'].get('unchanged', 0):,})", res["reimport"]),
    ]
    for label, r in rows:
        out.write(f"{label:52} {r['seconds']:9.2f} {r['maxrss_mb']:9.0f}\n")
    out.write(f"\nexport / bare openpyxl      = {e['seconds'] / be['seconds']:.2f}x (target <= 1.25x)\n")
    out.write(f"import / calamine + insert  = {i['seconds'] / bi['seconds']:.2f}x (target <= 2x)\n")
    if lo:
        csv, xlsx = res["lo-csv"]["seconds"], res["lo-xlsx"]["seconds"]
        out.write(
            f"LibreOffice xlsx -> csv (all sheets)      {csv:9.2f} s  (our import: {i['seconds']:.2f} s, "
            f"{i['seconds'] / csv:.2f}x; target < 1x)\n"
        )
        out.write(f"LibreOffice ods -> xlsx (read and write)  {xlsx:9.2f} s  (our export: {e['seconds']:.2f} s)\n")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("CIVIC_TRACKER_DATA_DIR", "/tmp/excel-bench-data")
    raise SystemExit(main())
