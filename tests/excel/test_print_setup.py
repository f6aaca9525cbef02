"""The meeting workbook prints legibly: landscape A4, the header (and the key columns) on every page."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain.dates import PartialDate
from app.domain.enums import Status, ValueKind
from app.excel import layout, printing
from app.services.programs import ProgramDraft, ProgramService, TaskDraft
from app.services.workbook import ExportOptions


def test_every_data_sheet_prints_at_a_legible_size() -> None:
    for spec in (*layout.IMPORTABLE, layout.SOURCES, layout.HISTORY):
        fit = printing.plan(spec)
        assert fit.scale >= printing.MIN_SCALE, spec.name
        # One page across would have shrunk the Programs sheet to well under two thirds.
        if spec.name == "Programs":
            assert printing.USABLE_WIDTH_PT / sum(printing.column_points(c.width) for c in spec.columns) < 0.5


@pytest.mark.parametrize(
    ("sheet", "pages_wide", "repeated_columns", "last_column"),
    [
        ("Programs", 1, None, "I"),  # Key to Percent complete: one page across
        ("Tasks", 1, None, "H"),  # Program key to Percent complete
        ("Progress", 1, None, "H"),
        ("Indicators", 1, None, "I"),
        ("Sources", 1, None, "G"),
    ],
)
def test_the_exported_page_setup(
    exported: Path, sheet: str, pages_wide: int, repeated_columns: str | None, last_column: str
) -> None:
    ws: Any = openpyxl.load_workbook(exported)[sheet]
    setup = ws.page_setup
    assert (setup.orientation, setup.paperSize) == ("landscape", 9)  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (setup.fitToWidth, setup.fitToHeight) == (pages_wide, 0)  # as many pages down as it takes
    assert ws.print_title_rows == "$1:$1"
    assert ws.print_title_cols == repeated_columns
    if pages_wide > 1:
        assert setup.pageOrder == "overThenDown"  # the pages of the same rows come together
    # Long text in the last column does not widen (and so shrink) the print.
    assert ws.print_area == f"'{sheet}'!$A$1:${last_column}${ws.max_row}"
    assert ws.print_options.gridLines
    assert ws.oddFooter.center.text == "&A, page &P of &N"


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFINFO = shutil.which("pdfinfo")


@pytest.fixture
def ten_tasks(seeded_db: Any) -> str:
    """One program of ten tasks (an action plan and nine unit tasks with long titles), nothing else."""
    ps = ProgramService(seeded_db)
    p = ps.create_program(
        ProgramDraft(title="Dobong-gu sustainable development governance", key="DOBONG-SDG", status=Status.ACTIVE)
    )
    plan = ps.add_task(p.key, TaskDraft(title="Set up the residents' committee and its working groups"))
    for i in range(1, 10):
        ps.add_task(
            p.key,
            TaskDraft(
                title=f"Unit task {i}: hold the quarterly review with working group {i} and publish the minutes",
                parent_id=plan.id,
                owner="Kim Min-ji",
                due_date=PartialDate(2026, i, 15),
            ),
        )
    return p.key


@pytest.mark.skipif(
    (SOFFICE is None or PDFINFO is None) and not os.environ.get("CI"),
    reason="needs LibreOffice and poppler-utils; CI installs both",
)
def test_one_program_of_ten_tasks_prints_whole_on_five_pages_or_fewer(
    service: Any, ten_tasks: str, tmp_path: Path
) -> None:
    """Printed whole, as LibreOffice's PDF export does: empty sheets are left out, Programs and Tasks print
    one page across with their headers, the help is one page."""
    assert SOFFICE is not None and PDFINFO is not None, "CI must have libreoffice-calc-nogui and poppler-utils"
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path, ExportOptions(program_keys=(ten_tasks,)))
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'lo'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "meeting.pdf"
    info = subprocess.run([PDFINFO, str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    assert pages <= 5
    texts = [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for n in range(1, pages + 1)
    ]
    footers = [re.search(r"(\S[^,\n]*), page \d+ of \d+", t).group(1) for t in texts]  # type: ignore[union-attr]
    assert footers == ["Summary", "Programs", "Tasks", "How to edit"]
    programs, tasks = texts[1], texts[2]
    # Each data page starts with its header row; every row is there with its status, on one page across.
    assert re.search(r"Key\s+Title\s+Local title\s+Place\s+Lead organization\s+Status", programs)
    assert "DOBONG-SDG" in programs and "Active" in programs
    assert re.search(r"Program key\s+Task key\s+Title\s+Owner\s+Status\s+Start\s+Due", tasks)
    assert all(f"DOBONG-SDG-T{n:02d}" in tasks for n in range(1, 11))
    assert tasks.count("Kim Min-ji") == 9
    # The Summary names programs by their titles.
    assert "Dobong-gu sustainable development governance" in texts[0]


def test_empty_sheets_are_hidden_and_not_printed(service: Any, ten_tasks: str, tmp_path: Path) -> None:
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path, ExportOptions(program_keys=(ten_tasks,)))
    wb = openpyxl.load_workbook(path)
    hidden = {ws.title for ws in wb.worksheets if ws.sheet_state == "hidden"}
    assert hidden == {"Progress", "Indicators", "Sources", "Charts"}
    assert not any(wb[name].print_area for name in hidden)
    # The help says how to bring one back, and a hidden sheet still imports: nothing changes.
    assert any("Unhide" in str(c.value) for row in wb["How to edit"].iter_rows() for c in row)
    assert service.preview_import(path).updated == 0


def test_a_year_target_is_charted_after_the_months_of_that_year(service: Any, seeded_db: Any, tmp_path: Path) -> None:
    ps = ProgramService(seeded_db)
    p = ps.create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
    ind = ps.add_indicator(p.key, "Gardens built", unit="gardens")
    ps.set_indicator_value(ind.id, PartialDate(2027), 40.0, ValueKind.TARGET)
    ps.set_indicator_value(ind.id, PartialDate(2027, 3), 5.0)
    ps.set_indicator_value(ind.id, PartialDate(2027, 9), 18.0)
    path = tmp_path / "meeting.xlsx"
    service.export_workbook(path, ExportOptions(program_keys=("RAIN",)))
    ws = openpyxl.load_workbook(path)["Charts"]
    periods = [str(r[0]) for r in ws.iter_rows(values_only=True) if r[0] and str(r[0]).startswith("2027")]
    assert periods == ["2027-03", "2027-09", "2027"]
