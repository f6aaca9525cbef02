"""A CSV with a stray NUL byte or two is read (the NULs dropped, as Excel drops them), and the lines that
held one are recorded on the opened file, so the import can tell the user which lines lost something."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.excel.reader import NUL_LINES_KEPT, WorkbookError, open_spreadsheet


def test_the_lines_holding_a_nul_are_recorded_once_each(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    rows = b'Title,Status\nBike\x00 share,Active\nLibrary,planned\n"Two\x00\nlines\x00",done\x00\n'
    path.write_bytes(rows + b"Kitchen garden,planned\n" * 30)  # four NULs, but fewer than one byte in 100
    book = open_spreadsheet(path)
    assert book.nul_lines == (2, 4, 5)
    assert list(book.rows("list"))[1] == ["Bike\x00 share", "Active"]  # still read; the import drops the NUL


def test_a_file_without_nul_records_none(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Title,Status\nBike share,Active\n", encoding="utf-8")
    assert open_spreadsheet(path).nul_lines == ()


@pytest.mark.parametrize("encoding", ["utf-8", "cp949", "gb18030", "utf-16"])
def test_lines_are_counted_in_every_encoding_the_import_reads(tmp_path: Path, encoding: str) -> None:
    text = "사업명,상태\n" + "".join(f"빗물정원 {i},완료\n" for i in range(30)) + "하천\x00 정비,계획\n"
    if encoding == "gb18030":
        text = text.replace("사업명", "项目名称").replace("빗물정원", "雨水花园").replace("하천", "河道")
        text = text.replace("상태", "状态").replace("완료", "已完成").replace("정비", "整治").replace("계획", "计划")
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding))
    book = open_spreadsheet(path)
    assert book.encoding is not None and book.encoding.replace("-sig", "") == encoding
    assert book.nul_lines == (32,)


def test_only_the_first_lines_are_kept_and_a_line_past_a_megabyte_is_counted(tmp_path: Path) -> None:
    filler = b"x" * 100 + b",y\n"
    head = b"Title,Status\n" + filler * 12_000  # past the first megabyte read
    tail = b"".join(b"Bike\x00 share,Active\n" if i % 2 else filler for i in range(2 * NUL_LINES_KEPT + 10))
    path = tmp_path / "long.csv"
    path.write_bytes(head + tail)
    lines = open_spreadsheet(path).nul_lines
    first = 1 + 12_000 + 1 + 1  # the header, the filler, then every other line from the second
    assert lines == tuple(range(first, first + 2 * NUL_LINES_KEPT, 2))


def test_a_file_full_of_nuls_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"Title\x00\x00,Status\x00\x00\n" * 50)
    with pytest.raises(WorkbookError, match="NUL bytes") as refused:
        open_spreadsheet(path)
    assert refused.value.message is not None and refused.value.message.code == "read.binary_lines"
    assert str(refused.value).endswith("on lines 1, 2, 3, 4, 5)")
    path.write_bytes(b"Title,Status\n" + b"\x00" * 40)
    with pytest.raises(WorkbookError, match=r"NUL bytes, which no text has, on line 2\)$"):
        open_spreadsheet(path)
