"""The command line: export, import --dry-run, import, undo; exit codes 0 (ok), 1 (bad input), 2 (usage)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main


@pytest.fixture
def url(seeded_db: Any) -> str:
    return str(seeded_db.url)


def test_export_dry_run_import_and_undo(url: str, office: str, tmp_path: Path, capsys: Any) -> None:
    assert main(["--db", url, "export", str(tmp_path), "--place", "Gangdong-gu", "--own"]) == 0
    out = capsys.readouterr().out
    written = next(tmp_path.glob("Gangdong-gu programs *.xlsx"))
    assert f"Wrote {written}: 1 program, 3 tasks, 1 progress entry, 3 indicator values of 1 indicator" in out
    wb = openpyxl.load_workbook(written)
    ws = wb["Programs"]
    ws["F2"] = "Completed"  # Status
    ws["A3"] = None
    ws["B3"] = "Night buses"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)

    assert main(["--db", url, "import", str(edited), "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert "~ Programs row 2: program GREEN-WHEELS\n      Status: Active -> Completed" in dry
    assert "+ Programs row 3: new program NIGHT-BUSES: Night buses" in dry
    assert "1 to create, 1 to update" in dry

    assert main(["--db", url, "import", str(edited)]) == 0
    real = capsys.readouterr().out
    assert dry.splitlines()[0] in real and "Imported as import 1" in real
    if url.startswith("sqlite"):
        assert "backup written first:" in real

    assert main(["--db", url, "import", "--undo-last"]) == 0
    assert "Undid import 1 (edited.xlsx)" in capsys.readouterr().out
    assert main(["--db", url, "undo-import"]) == 1
    assert capsys.readouterr().err == "civic-tracker: There is no import to undo\n"


def test_errors_exit_1_and_name_the_cell(url: str, tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Title,Status\nRain gardens,done?\n", encoding="utf-8")
    assert main(["--db", url, "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert err == (
        "civic-tracker: list.csv, sheet 'list', row 2, column Status (B): "
        "Status 'done?' is not one of: planned, active, on hold, completed, cancelled; nothing was imported\n"
    )


def test_missing_required_column_is_named(url: str, tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "list.csv"
    path.write_text("지역,상태\n강동구,진행중\n", encoding="cp949")
    assert main(["--db", url, "import", str(path), "--dry-run"]) == 1
    assert "could not match the required column(s) Title (Title / 사업명 / 项目名称)" in capsys.readouterr().err


def test_usage_errors_exit_2(url: str, capsys: Any) -> None:
    assert main(["--db", url, "import"]) == 2
    with pytest.raises(SystemExit) as info:
        main(["--db", url, "export"])
    assert info.value.code == 2


def test_cancelled_import_writes_nothing(service: Any, office: str, exported: Path) -> None:
    from app.services.workbook import ImportCancelledError
    from tests.excel.conftest import snapshot

    wb = openpyxl.load_workbook(exported)
    wb["Programs"].append([None, "Rain gardens"])
    wb.save(exported)
    before = snapshot(service.db)
    seen: list[tuple[int, int, str]] = []
    with pytest.raises(ImportCancelledError):
        service.apply_import(exported, progress=lambda d, t, w: seen.append((d, t, w)), cancelled=lambda: True)
    assert snapshot(service.db) == before


def test_a_bad_since_date_names_the_option(url: str, tmp_path: Path, capsys: Any) -> None:
    assert main(["--db", url, "export", str(tmp_path / "x.xlsx"), "--since", "2015-13"]) == 1
    assert "--since: '2015-13': Month 13" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_export_to_a_missing_folder_names_it_in_one_line(url: str, tmp_path: Path, capsys: Any) -> None:
    missing = tmp_path / "no such folder" / "deeper"
    assert main(["--db", url, "export", str(missing / "t.xlsx")]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"civic-tracker: Cannot write t.xlsx: the folder {missing} does not exist\n"
    assert "Traceback" not in captured.out + captured.err
    assert not missing.exists()


@pytest.mark.parametrize(("bad_rows", "more"), [(2, "1 more error"), (3, "2 more errors")])
def test_the_count_of_further_errors_is_in_good_english(
    url: str, tmp_path: Path, capsys: Any, bad_rows: int, more: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Title,Status\n" + "".join(f"Garden {i},done?\n" for i in range(bad_rows)), encoding="utf-8")
    assert main(["--db", url, "import", str(path), "--dry-run", "--limit", "1"]) == 1
    captured = capsys.readouterr()
    assert f"  ! ... {more}\n" in captured.out
    assert captured.err.endswith(f" (and {more})\n")
    assert captured.err.count("\n") == 1


def test_the_dry_run_says_which_changed_rows_carry_no_export_stamp(
    url: str, office: str, tmp_path: Path, capsys: Any
) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("Title,Status\nGreen wheels,On hold\n", encoding="utf-8")
    assert main(["--db", url, "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "\n    1 changed row carries no export stamp" in out
