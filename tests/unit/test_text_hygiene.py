"""Text hygiene (issue "Trust, second round", case 10): titles that show nothing, and CSV files whose
dialect took minutes to guess."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.domain import rules
from app.domain.errors import ValidationError
from app.excel.reader import open_spreadsheet


@pytest.mark.parametrize("title", ["\u200b", "\u200b\u200d\ufeff", "\u202e\u202c", " \u2066\u2069 "])
def test_a_title_of_invisible_characters_is_refused(title: str) -> None:
    with pytest.raises(ValidationError, match="shows nothing"):
        rules.check_title(title)


@pytest.mark.parametrize("title", ["따릉이", "南京模式", "2026", "#1", "Rain\u200bgardens"])
def test_a_title_that_shows_something_is_taken(title: str) -> None:
    assert rules.check_title(title) == title


def test_a_csv_of_quotes_is_read_quickly(tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"
    path.write_text("Title,Status\n" + ',"' * 32_000 + "\n", encoding="utf-8")
    started = time.process_time()
    book = open_spreadsheet(path)
    rows = list(book.rows(book.sheet_names()[0]))
    # Not a timing target (see bench/): csv.Sniffer took 18 s of processor time on this file, four times.
    assert time.process_time() - started < 5
    assert rows[0] == ["Title", "Status"]


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("Title;Status;Start\nRain gardens;Active;2026-03-01\n", ["Rain gardens", "Active", "2026-03-01"]),
        ("Title\tStatus\nRain gardens\tActive\n", ["Rain gardens", "Active"]),
        ('Title,Summary\n"Gardens, with rain","said ""yes"""\n', ["Gardens, with rain", 'said "yes"']),
        ("사업명,상태\n빗물정원,진행중\n", ["빗물정원", "진행중"]),
    ],
)
def test_the_delimiter_is_found(tmp_path: Path, text: str, cells: list[str]) -> None:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    book = open_spreadsheet(path)
    rows = list(book.rows(book.sheet_names()[0]))
    assert rows[1] == cells


def test_a_utf8_file_with_one_damaged_byte_is_refused_not_read_as_chinese(tmp_path: Path) -> None:
    from app.excel.reader import WorkbookError

    good = "사업명,상태\n" + "".join(f"빗물정원 {i},완료\n" for i in range(40))
    raw = bytearray(good.encode("utf-8"))
    at = raw.index("완료".encode()) + 1  # the middle of a Hangul syllable on line 2
    raw[at] = 0xFF
    path = tmp_path / "status.csv"
    path.write_bytes(bytes(raw))
    with pytest.raises(WorkbookError, match=r"line 2, byte \d+ \(0x[0-9A-F]{2}\) is not UTF-8"):
        open_spreadsheet(path)


def test_a_korean_cp949_file_is_still_read_as_korean(tmp_path: Path) -> None:
    path = tmp_path / "status.csv"
    path.write_bytes("사업명,상태\n빗물정원,완료\n".encode("cp949"))
    book = open_spreadsheet(path)
    assert book.encoding == "cp949"
    assert list(book.rows(book.sheet_names()[0]))[1] == ["빗물정원", "완료"]
