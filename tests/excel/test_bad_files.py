"""Files that are not what they claim are refused with a one-line reason, and nothing is written."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.excel.reader import WorkbookError
from tests.excel.conftest import snapshot


def pdf(tmp: Path, exported: Path) -> Path:
    path = tmp / "minutes.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    return path


def truncated(tmp: Path, exported: Path) -> Path:
    data = exported.read_bytes()
    path = tmp / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _corrupt_member(tmp: Path, exported: Path, member: str, name: str) -> Path:
    """A copy whose ``member`` has a broken compressed stream (zlib.error when read), all else intact."""
    data = bytearray(exported.read_bytes())
    with zipfile.ZipFile(exported) as zf:
        info = zf.getinfo(member)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    local = info.header_offset
    start = local + 30 + int.from_bytes(data[local + 26 : local + 28], "little")
    start += int.from_bytes(data[local + 28 : local + 30], "little")
    data[start : start + info.compress_size] = b"\xff" * info.compress_size  # block type 3: "invalid"
    path = tmp / name
    path.write_bytes(bytes(data))
    return path


def corrupt_content_types(tmp: Path, exported: Path) -> Path:
    return _corrupt_member(tmp, exported, "[Content_Types].xml", "corrupt.xlsx")


def corrupt_sheet(tmp: Path, exported: Path) -> Path:
    return _corrupt_member(tmp, exported, "xl/worksheets/sheet2.xml", "corrupt-sheet.xlsx")


def password(tmp: Path, exported: Path) -> Path:
    # What Excel writes for "Encrypt with password": an OLE container with an EncryptedPackage stream.
    path = tmp / "locked.xlsx"
    body = bytearray(4096)
    body[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    name = "EncryptedPackage".encode("utf-16-le")
    body[1024 : 1024 + len(name)] = name
    path.write_bytes(bytes(body))
    return path


def empty(tmp: Path, exported: Path) -> Path:
    path = tmp / "empty.xlsx"
    openpyxl.Workbook().save(path)
    return path


def zero_bytes(tmp: Path, exported: Path) -> Path:
    path = tmp / "zero.xlsx"
    path.write_bytes(b"")
    return path


def zip_bomb(tmp: Path, exported: Path) -> Path:
    path = tmp / "bomb.xlsx"
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/worksheets/sheet99.xml", b" " * (40 * 1024 * 1024))
    return path


def entity_bomb(tmp: Path, exported: Path) -> Path:
    path = tmp / "laughs.xlsx"
    lol = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10) for i in range(1, 10)
        )
        + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
    )
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/sharedStrings.xml", lol)
    return path


def million_rows(tmp: Path, exported: Path, *, second: bool = False) -> Path:
    path = tmp / ("huge-tasks.xlsx" if second else "huge.xlsx")
    wb = openpyxl.Workbook()
    wb.active.title = "Programs"
    wb.active.append(["Title", "Status"])
    if second:  # a good first sheet, read and checked before the second is counted
        wb.active.append(["Bike share", "Active"])
        wb.create_sheet("Tasks").append(["Program key", "Title"])
    small = tmp / "small.xlsx"
    wb.save(small)
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i) for i in range(2, 1_000_002)
    )
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
        b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + rows
        + b"</sheetData></worksheet>"
    )
    with (
        zipfile.ZipFile(small) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst,
    ):
        for item in src.infolist():
            if item.filename == f"xl/worksheets/sheet{2 if second else 1}.xml":
                dst.writestr(item.filename, sheet)
            else:
                dst.writestr(item, src.read(item))
    return path


def million_rows_on_the_second_sheet(tmp: Path, exported: Path) -> Path:
    return million_rows(tmp, exported, second=True)


def million_csv(tmp: Path, exported: Path) -> Path:
    path = tmp / "huge.csv"
    path.write_bytes(b"Title,Status\n" + b"x,active\n" * 1_000_001)
    return path


def binary_csv(tmp: Path, exported: Path) -> Path:
    path = tmp / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return path


def unclosed_quote_csv(tmp: Path, exported: Path) -> Path:
    path = tmp / "list.csv"
    path.write_bytes(b'Title,Status\nLibrary,active\n"Repair cafe,active\nKitchen,planned\n')
    return path


def xlsx_named_xls(tmp: Path, exported: Path) -> Path:
    path = tmp / "old.xls"
    path.write_bytes(exported.read_bytes())
    return path


def wrong_type(tmp: Path, exported: Path) -> Path:
    path = tmp / "notes.docx"
    path.write_bytes(b"PK\x03\x04")
    return path


CASES: list[tuple[Callable[[Path, Path], Path], str]] = [
    (pdf, r"minutes\.xlsx: this is a PDF document, not a spreadsheet"),
    (truncated, r"truncated\.xlsx: the file is damaged or incomplete"),
    (corrupt_content_types, r"corrupt\.xlsx: the file is damaged or incomplete \(Error -3 while decompressing"),
    (corrupt_sheet, r"corrupt-sheet\.xlsx: the file is damaged or incomplete \(Error -3 while decompressing"),
    (password, r"locked\.xlsx: the workbook is password-protected; save a copy without a password"),
    (empty, r"empty\.xlsx: the workbook has no data to import \(it is empty\)"),
    (zero_bytes, r"zero\.xlsx: the file is empty \(0 bytes\)"),
    (
        zip_bomb,
        r"bomb\.xlsx: refused: part xl/worksheets/sheet99\.xml expands .* times \(possible zip bomb\)",
    ),
    (entity_bomb, r"laughs\.xlsx: refused: part xl/sharedStrings\.xml declares XML entities"),
    (million_rows, r"huge\.xlsx: sheet 'Programs' has more than 250,000 rows; split it"),
    (million_rows_on_the_second_sheet, r"huge-tasks\.xlsx: sheet 'Tasks' has more than 250,000 rows; split it"),
    (million_csv, r"huge\.csv: sheet 'huge' has more than 250,000 rows"),
    (binary_csv, r"photo\.csv: this is not a CSV text file \(it is an image\)"),
    (unclosed_quote_csv, r"list\.csv: row 3: a quoted cell is never closed \(a \" is missing\)"),
    (xlsx_named_xls, r"old\.xls: this is a \.xlsx workbook with a \.xls name"),
    (wrong_type, r"notes\.docx: cannot import \.docx files"),
]


@pytest.mark.parametrize(("make", "message"), CASES, ids=[c[0].__name__ for c in CASES])
def test_bad_file_is_refused_plainly_and_nothing_is_written(
    service: Any, exported: Path, tmp_path: Path, make: Callable[[Path, Path], Path], message: str
) -> None:
    path = make(tmp_path, exported)
    before = snapshot(service.db)
    with pytest.raises(WorkbookError, match=message) as info:
        service.preview_import(path)
    assert "\n" not in str(info.value)
    assert info.value.message is not None, "refused in English only: give WorkbookError a message code"
    with pytest.raises(WorkbookError, match=message):
        service.apply_import(path)
    assert snapshot(service.db) == before
    if service.db.sqlite_path is not None:  # a server database is backed up with pg_dump, not by us
        backups = service.db.sqlite_path.parent / "backups"
        assert not backups.exists() or not list(backups.iterdir())


def test_cli_refuses_a_bad_file_with_exit_code_1(db_url: str, tmp_path: Path, capsys: Any) -> None:
    from app.cli import main

    path = pdf(tmp_path, tmp_path)
    assert main(["--db", db_url, "import", str(path), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert (
        err.strip() == f"civic-tracker: {path.name}: this is a PDF document, not a spreadsheet, despite its .xlsx name"
    )


def test_cli_refuses_a_corrupt_compressed_member_with_one_line(db_url: str, tmp_path: Path, capsys: Any) -> None:
    from app.cli import main

    exported = tmp_path / "meeting.xlsx"
    assert main(["--db", db_url, "export", str(exported)]) == 0
    capsys.readouterr()
    path = corrupt_content_types(tmp_path, exported)
    assert main(["--db", db_url, "import", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("civic-tracker: corrupt.xlsx: the file is damaged or incomplete (")


def test_row_counting_sees_every_way_a_row_tag_is_written() -> None:
    """The fast count of a sheet's rows (for the row limit) sees every spelling of a row tag, and counts
    nothing else but the one other tag whose name starts with "row" (the count is a bound, never short)."""
    from app.excel.reader import _ROW_TAG, _row_tags

    plain = b'<sheetData><row r="1"><c/></row><row>\n</row><row/><row\tr="4"><row\nr="5"><row\rr="6"></sheetData>'
    breaks = b'<rowBreaks count="1"><brk id="3"/></rowBreaks>'
    prefixed = b'<x:sheetData><x:row r="1"></x:row><x:row r="2"/></x:sheetData>'
    for data in (plain, prefixed, plain + prefixed, b""):
        assert _row_tags(data) == len(_ROW_TAG.findall(data))
    assert _row_tags(plain) == 6 and _row_tags(prefixed) == 2
    assert _row_tags(plain + breaks) == 7
