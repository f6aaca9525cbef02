"""A workbook saved by LibreOffice comes back with no error and no spurious change (needs soffice)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain.enums import Status
from app.services.programs import ProgramService
from tests.excel.conftest import snapshot

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) is not installed; CI installs libreoffice-calc-nogui and runs this",
)


def _convert(src: Path, fmt: str, outdir: Path, profile: Path) -> Path:
    assert SOFFICE is not None, "CI must have LibreOffice: install libreoffice-calc-nogui"
    outdir.mkdir(exist_ok=True)
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = outdir / f"{src.stem}.{fmt.split(':')[0]}"
    assert out.exists(), f"LibreOffice wrote no {out.name}"
    return out


def test_libreoffice_ods_and_back_imports_with_no_change(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    profile = tmp_path / "lo-profile"
    ods = _convert(exported, "ods", tmp_path / "ods", profile)
    back = _convert(ods, "xlsx", tmp_path / "back", profile)
    before = snapshot(service.db)
    for path in (ods, back):
        preview = service.preview_import(path)
        assert preview.error_count == 0, [str(e) for e in preview.errors]
        assert (preview.created, preview.updated, preview.missing) == (0, 0, 0), preview.changes
        assert preview.unchanged == sum(sh.rows for sh in preview.sheets) > 40
    result = service.apply_import(back)
    assert (result.created, result.updated) == (0, 0)
    after = snapshot(service.db)
    for table in (
        "programs",
        "tasks",
        "progress_entries",
        "indicators",
        "indicator_values",
        "program_themes",
    ):
        assert after[table] == before[table], table

    # The export moment survives LibreOffice, so a colleague's later change is kept from the old file.
    from app.excel import layout
    from app.services.programs import ProgramService as Colleague
    from app.store.database import Database

    summary = {r[0]: r[1] for r in openpyxl.load_workbook(back)["Summary"].iter_rows(max_row=12, values_only=True)}
    assert layout.parse_exported_at(summary[layout.EXPORTED_AT_LABEL]) is not None
    Colleague(Database(service.db.url, actor="Park")).update_program(office, {"summary": "Changed by Park"})
    assert service.preview_import(back).updated == 0

    # An edit made in the LibreOffice file arrives, and only that edit.
    wb = openpyxl.load_workbook(back)
    ws = wb["Programs"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == office)
    ws.cell(row, headers.index("Status") + 1).value = "Completed"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    preview = service.preview_import(edited)
    assert [(c.key, [(f.column, f.old, f.new) for f in c.changes]) for c in preview.changes] == [
        (office, [("Status", "Active", "Completed")])
    ]
    service.apply_import(edited)
    assert ProgramService(service.db).get_program(office).status is Status.COMPLETED


def test_excel_97_xls_saved_by_libreoffice_imports_with_no_change(
    service: Any, office: str, exported: Path, tmp_path: Path
) -> None:
    xls = _convert(exported, "xls", tmp_path / "xls", tmp_path / "lo-profile")
    preview = service.preview_import(xls)
    assert preview.format == "xls"
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert (preview.created, preview.updated) == (0, 0), preview.changes
