"""What the export says it wrote is what is on each sheet, indicators included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from app.cli import main
from app.services.programs import ProgramService
from app.services.workbook import ExportOptions


def _sheet_rows(path: Path) -> dict[str, Any]:
    """Counted from the file, as a user would: data rows per sheet, and the Indicators sheet split up."""
    wb = openpyxl.load_workbook(path)
    rows = {
        name: [r for r in wb[name].iter_rows(min_row=2, values_only=True) if any(v is not None for v in r)]
        for name in ("Programs", "Tasks", "Progress", "Indicators", "Sources")
    }
    headers = [c.value for c in wb["Indicators"][1]]
    key, value = headers.index("Indicator key"), headers.index("Value")
    out: dict[str, Any] = {name: len(r) for name, r in rows.items()}
    out["indicators"] = len({r[key] for r in rows["Indicators"]})
    out["values"] = sum(1 for r in rows["Indicators"] if r[value] is not None)
    out["summary"] = {r[0]: r[1] for r in wb["Summary"].iter_rows(max_row=10, max_col=2, values_only=True) if r[0]}
    return out


def test_the_export_message_counts_what_each_sheet_holds(
    seeded_db: Any, office: str, tmp_path: Path, capsys: Any
) -> None:
    ps = ProgramService(seeded_db)
    ps.add_indicator(office, "Helmets lent", unit="helmets")  # no values yet: a row of its own
    assert main(["--db", str(seeded_db.url), "export", str(tmp_path / "all.xlsx")]) == 0
    out = capsys.readouterr().out
    n = _sheet_rows(tmp_path / "all.xlsx")
    assert n["Indicators"] == n["values"] + 1
    assert (
        out
        == (
            f"Wrote {tmp_path / 'all.xlsx'}: {n['Programs']} programs, {n['Tasks']} tasks, "
            f"{n['Progress']} progress entries, {n['values']} indicator values of {n['indicators']} indicators "
            f"({n['Indicators']} rows on the Indicators sheet: 1 indicator has no values yet), "
            f"{n['Sources']} sources, "
        )
        + out.rsplit(", ", 1)[1]
    )
    assert out.endswith(" charts\n")
    # The Summary sheet says the same.
    assert n["summary"]["Indicator values"] == n["values"]
    assert n["summary"]["Indicators"] == n["indicators"]
    assert (n["summary"]["Programs"], n["summary"]["Tasks"]) == (n["Programs"], n["Tasks"])


def test_the_report_of_one_program_matches_its_sheets(service: Any, office: str, tmp_path: Path) -> None:
    path = tmp_path / "one.xlsx"
    report = service.export_workbook(path, ExportOptions(program_keys=(office,)))
    n = _sheet_rows(path)
    assert (report.indicators, report.indicator_values) == (n["indicators"], n["values"]) == (1, 3)
    assert report.counts["Indicators"] == n["Indicators"]
    assert report.summary() == (
        f"Wrote {path}: 1 program, 3 tasks, 1 progress entry, 3 indicator values of 1 indicator, "
        f"{n['Sources']} sources, 1 chart"
    )
