"""Files offices send as CSV: Excel's UTF-16 "Unicode text", a stray NUL byte, and files that are no CSV."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest

from app.excel.reader import WorkbookError, open_spreadsheet


def test_utf16_csv_with_bom_reads_as_excel_writes_it(service: Any, tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("사업명\t추진상황\n나눔카 확대\t정상 추진\n".encode("utf-16"))
    book = open_spreadsheet(path)
    assert book.encoding == "utf-16"
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert [c.label for c in preview.changes] == ["나눔카 확대"]


def test_a_gzip_file_named_csv_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(gzip.compress(b"Title,Status\nBikes,Active\n"))
    with pytest.raises(WorkbookError, match="gzip-compressed"):
        open_spreadsheet(path)


def test_a_workbook_named_csv_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(WorkbookError, match="zip archive, perhaps an Excel workbook"):
        open_spreadsheet(path)


def test_a_binary_file_named_csv_names_the_lines_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"a\x00b\x00c\x00\n\x00\x00\x00\x00\n")
    with pytest.raises(WorkbookError, match=r"NUL bytes.*lines 1, 2"):
        open_spreadsheet(path)


def test_one_stray_nul_byte_at_the_start_is_dropped_not_refused(service: Any, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"Ti\x00tle,Status\n" + b"Bike share,Active\n" * 20)
    preview = service.preview_import(path)
    assert preview.error_count == 0


def test_a_workbook_whose_zip_paths_use_backslashes_reads(service: Any, tmp_path: Path) -> None:
    import zipfile

    import openpyxl

    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["사업명", "추진상황"])
    wb.active.append(["나눔카 확대", "추진중"])
    wb.save(plain)
    path = tmp_path / "backslashes.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename.replace("/", "\\"), src.read(info))
    preview = service.preview_import(path)
    assert preview.error_count == 0, [str(e) for e in preview.errors]
    assert [c.label for c in preview.changes] == ["나눔카 확대"]
