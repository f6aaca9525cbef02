"""Opens spreadsheets of every format staff bring (xlsx, xlsm, xls, ods, csv) safely; streams their rows."""

from __future__ import annotations

import codecs
import csv
import functools
import io
import itertools
import logging
import re
import threading
import zipfile
import zlib
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, AnyStr

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from app.domain.errors import CivicError
from app.domain.messages import Message, message
from app.excel import layout

log = logging.getLogger(__name__)

MAX_ROWS = 250_000  # per sheet
MAX_UNCOMPRESSED = 800 * 1024 * 1024  # all members of a zip-based workbook together
MAX_RATIO = 200  # uncompressed/compressed size for members above RATIO_FLOOR
RATIO_FLOOR = 8 * 1024 * 1024
MAX_CSV_BYTES = 400 * 1024 * 1024
HEADER_SCAN_ROWS = 30

SUPPORTED = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
_ZIP_MAGIC = b"PK\x03\x04"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class WorkbookError(CivicError):
    """A file that cannot be read, with a one-line reason: a message code (read.*) and its parameters, so the
    reason is said in the reader's language."""


def _what_is(head: bytes) -> Message | None:
    """What a file is when it is a document of another kind (a PDF, an image) whatever its name says."""
    if head.startswith(b"%PDF"):
        return message("read.kind.pdf")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return message("read.kind.image")
    if head.startswith(b"{\\rtf"):
        return message("read.kind.rtf")
    if head.lstrip().lower().startswith((b"<!doctype html", b"<html")):
        return message("read.kind.html")
    return None


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _container(head: bytes) -> Message | None:
    """What a file named .csv is when it is a compressed or binary file instead."""
    if head.startswith(b"\x1f\x8b"):
        return message("read.kind.gzip")
    if head.startswith(_ZIP_MAGIC):
        return message("read.kind.zip")
    if head.startswith(_CFB_MAGIC):
        return message("read.kind.old_office")
    if head.startswith((b"BZh", b"7z\xbc\xaf", b"\xfd7zXZ", b"Rar!")):
        return message("read.kind.archive")
    return None


def _refuse_binary(path: Path) -> None:
    """A text file with a stray NUL byte or two is read (the NULs are dropped, as Excel drops them); a file
    full of them is binary data: refused, naming the first lines that hold one."""
    with path.open("rb") as fh:
        sample = fh.read(64 * 1024)
    nuls = sample.count(b"\x00")
    if nuls < 4 or nuls * 100 < len(sample):
        return
    lines: list[int] = []
    at = sample.find(b"\x00")
    while at != -1 and len(lines) < 5:
        n = sample.count(b"\n", 0, at) + 1
        if not lines or lines[-1] != n:
            lines.append(n)
        at = sample.find(b"\x00", at + 1)
    if len(lines) == 1:
        raise WorkbookError(message("read.binary_line", file=path.name, line=lines[0]))
    raise WorkbookError(message("read.binary_lines", file=path.name, lines=", ".join(map(str, lines))))


def _is_encrypted_office(path: Path) -> bool:
    # An encrypted .xlsx is an OLE container holding an "EncryptedPackage" stream.
    marker = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as fh:
        return marker in fh.read(4 * 1024 * 1024)


def _check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse a DOCTYPE or entity declaration (the 'billion laughs' entity bomb) in any XML part."""
    with zf.open(info) as fh:
        head = fh.read(64 * 1024)
    upper = head.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise WorkbookError(message("read.entity_bomb", file=name, part=info.filename))


def check_zip(path: Path, kind: str) -> zipfile.ZipFile:
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise _damaged(name, message("read.incomplete_archive", kind=kind)) from None
    except OSError as exc:
        raise WorkbookError(message("read.cannot_read", file=name, problem=exc.strerror or str(exc))) from None
    infos = zf.infolist()
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            zf.close()
            ratio = info.file_size // max(info.compress_size, 1)
            raise WorkbookError(message("read.zip_bomb_part", file=name, part=info.filename, ratio=ratio))
    if total > MAX_UNCOMPRESSED:
        zf.close()
        raise WorkbookError(
            message("read.zip_bomb_total", file=name, megabytes=total / 1e6, limit=MAX_UNCOMPRESSED / 1e6)
        )
    # Some writers store paths with backslashes (xl\\workbook.xml); readers, ours included, take them as "/".
    names = {i.filename.replace("\\", "/") for i in infos}
    if kind == "Excel" and "xl/workbook.xml" not in names:
        zf.close()
        if "content.xml" in names:
            raise WorkbookError(message("read.ods_named_excel", file=name))
        raise WorkbookError(message("read.zip_not_excel", file=name))
    if kind == "OpenDocument" and "content.xml" not in names:
        zf.close()
        raise WorkbookError(message("read.zip_not_ods", file=name))
    try:
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")):
                _check_prolog(zf, info, name)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as exc:  # zlib: a corrupt member
        zf.close()
        raise _damaged(name, _short(exc)) from None
    except WorkbookError:
        zf.close()
        raise
    return zf


_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]+\d+(?::([A-Z]+)(\d+))?"')


def _xlsx_sheet_parts(zf: zipfile.ZipFile, name: str) -> dict[str, str]:
    """Sheet name -> zip member of its XML, from the workbook part and its relationships."""
    members = {i.filename.replace("\\", "/"): i.filename for i in zf.infolist()}
    try:
        wb = SafeET.fromstring(zf.read(members["xl/workbook.xml"]))
        rels = SafeET.fromstring(zf.read(members["xl/_rels/workbook.xml.rels"]))
    except KeyError:
        return {}
    except (DefusedXmlException, SafeET.ParseError) as exc:
        raise WorkbookError(message("read.workbook_part_unsafe", file=name, problem=str(exc))) from None
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    out: dict[str, str] = {}
    for el in wb.iter():
        if el.tag.endswith("}sheet"):
            rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), None)
            target = targets.get(rid, "")
            if target:
                member = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
                out[el.get("name", "")] = members.get(member, member)
    return out


def _row_tags(data: bytes) -> int:
    """How many row start tags ``data`` holds, or a few more: the regex only where a namespace prefix may
    hide one. (Outside tags, ``<`` is always escaped; the only other worksheet tag named ``row...`` is the
    single ``<rowBreaks>``, so counting ``<row`` in one pass over-counts by at most that.)"""
    if b":row" in data:
        return len(_ROW_TAG.findall(data))
    return data.count(b"<row")


def _check_xlsx_rows(zf: zipfile.ZipFile, name: str) -> dict[str, tuple[str, tuple[int, int] | None]]:
    """Each sheet's part and the extent its <dimension> states (rows, columns), or None when it states none
    or one past the limits (LibreOffice writes A1:AMJ1048576 for a sheet of four rows). The extent is a
    claim: `_check_grid` verifies it before the sheet is loaded."""
    parts: dict[str, tuple[str, tuple[int, int] | None]] = {}
    for sheet, member in _xlsx_sheet_parts(zf, name).items():
        try:
            info = zf.getinfo(member)
        except KeyError:
            continue
        with zf.open(info) as fh:
            head = fh.read(4096)
        m = _DIMENSION.search(head)
        claimed = None
        if m and m.group(2):
            rows, cols = int(m.group(2)), column_number(m.group(1).decode())
            if rows <= MAX_ROWS + 1 and cols <= MAX_COLUMNS and rows * cols <= MAX_CELLS:
                claimed = (rows, cols)
        parts[sheet] = (member, claimed)
    return parts


# How much of a grid a sheet may span (calamine builds every cell of it, empty or not, before a row is read):
# a cell at XFD240000 in a 1.6 KB file asked for 125 GB.
MAX_COLUMNS = 1_000
# calamine holds about 120 bytes a cell (measured on .ods: 1,000,000 cells, 123 MB): 4,000,000 cells is
# the widest sheet of our own export (Programs, 15 columns) at MAX_ROWS, and about 480 MB.
MAX_CELLS = 4_000_000
# A cell's reference (or, without letters, a row's number): its column letters, and its number.
_REF_LETTERS = re.compile(rb'r="([A-Z]{1,3})\d')
_REF_NUMBERS = re.compile(rb'r="[A-Z]{0,3}(\d{1,9})"')


def column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _above(n: int) -> bytes:
    """A regular expression for the decimal numbers greater than ``n`` (no leading zeros)."""
    digits = str(n)
    alts = [rf"[1-9]\d{{{len(digits)},}}"]
    for i, ch in enumerate(digits):
        if ch != "9":
            low = int(ch) + 1
            rest = len(digits) - i - 1
            alts.append(digits[:i] + (f"[{low}-9]" if low < 9 else "9") + (rf"\d{{{rest}}}" if rest else ""))
    return ("(?:" + "|".join(alts) + ")").encode()


def _stream(zf: zipfile.ZipFile, member: str) -> Iterator[bytes]:
    """A part's bytes a megabyte at a time, each piece starting with the end of the one before (so a
    reference split between two pieces is seen whole in one of them)."""
    tail = b""
    with zf.open(member) as fh:
        while chunk := fh.read(1 << 20):
            data = tail + chunk
            yield data
            tail = data[-32:]


def _check_grid(zf: zipfile.ZipFile, name: str, sheet: str, member: str, claimed: tuple[int, int] | None) -> None:
    """Refuse a sheet whose cells span more rows, columns or cells than may be loaded, before calamine
    builds the grid: from its stated extent, verified by one pass that looks only for a reference beyond it,
    or else from every reference in the part."""
    if claimed is not None:
        rows, cols = claimed
        beyond = _beyond(rows, cols)
        if not any(_any_beyond(beyond, data) for data in _stream(zf, member)):
            return  # every reference lies inside the stated extent
    rows = cols = tags = 0
    overlap = b""
    for data in _stream(zf, member):
        tags += _row_tags(data) - _row_tags(overlap)  # the piece's start was counted with the piece before
        overlap = data[-32:]
        # A sheet written in order ends each piece with its largest references so far: the extent its last
        # references and the pieces before give is a claim, verified by one search for a reference beyond it
        # (as a stated extent is). Only a piece where one lies beyond has every reference read.
        tail = data[-_TAIL:]
        claim_cols = max(cols, _most_columns(tail))
        claim_rows = max(rows, _most_rows(tail))
        if not _any_beyond(_beyond(claim_rows, claim_cols), data):
            rows, cols = claim_rows, claim_cols
        else:
            cols = max(cols, _most_columns(data))
            rows = max(rows, _most_rows(data))
        if rows > MAX_ROWS + 1 or tags > MAX_ROWS + 1:
            raise _too_many_rows(name, sheet)
        if cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
            break
    if cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
        raise _grid_refused(name, sheet, rows, cols)


_TAIL = 4096  # bytes at the end of a piece that the claim of its extent is read from


def _most_columns(data: bytes) -> int:
    """The largest column any reference in ``data`` names. Two passes of C loops, not a Python turn per
    cell: the few distinct column letters. (Any attribute ending in r counts, not only r itself: a stricter
    bound, never a looser one; likewise in _most_rows.)"""
    return max(map(column_number, map(bytes.decode, set(_REF_LETTERS.findall(data)))), default=0)


def _most_rows(data: bytes) -> int:
    """The largest row number any reference in ``data`` names."""
    return max(map(int, _REF_NUMBERS.findall(data)), default=0)


def _beyond(rows: int, cols: int) -> re.Pattern[bytes]:
    """A reference beyond ``rows`` rows and ``cols`` columns (any of three letters counts as beyond).

    The pattern starts with a plain r=" (not \\sr=") so the search skips ahead to each r=" at C speed,
    three times as fast; that the attribute name is r, not xr or similar, is checked per match."""
    # The letters possessive ({0,3}+): digits follow them, so giving letters back never finds a match, and
    # trying to costs a fifth of the search.
    return re.compile(rb'r="(?:[A-Z]{0,3}+' + _above(rows) + rb"|[A-Z]{3}\d|" + _columns_above(cols) + rb")")


def _any_beyond(beyond: re.Pattern[bytes], data: bytes) -> bool:
    return any(m.start() > 0 and data[m.start() - 1 : m.start()].isspace() for m in beyond.finditer(data))


def _grid_refused(name: str, sheet: str, rows: int, cols: int) -> WorkbookError:
    return WorkbookError(
        message(
            "read.grid_too_large",
            file=name,
            sheet=sheet,
            cell=f"{column_letters(cols)}{rows}",
            cells=rows * cols,
            max_columns=MAX_COLUMNS,
            max_cells=MAX_CELLS,
        )
    )


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _check_ods_grid(zf: zipfile.ZipFile, name: str) -> None:
    """Refuse an OpenDocument sheet whose repeated rows and cells (number-rows-repeated="1048576" on a row
    of cells that hold a value) span more than may be loaded: an 844-byte file asked for 4 GB. Repeats of
    empty cells, which LibreOffice writes to the end of every sheet, cost nothing and are not counted."""
    try:
        fh = zf.open("content.xml")
    except KeyError:
        return
    sheet, row, rows, cols = "", 0, 0, 0
    cells: list[tuple[int, bool]] = []
    with fh:
        for event, el in SafeET.iterparse(fh, events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == _ODS_TABLE + "table":
                    sheet, row, rows, cols = el.get(_ODS_TABLE + "name", ""), 0, 0, 0
                continue
            if tag in (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell"):
                repeat = int(el.get(_ODS_TABLE + "number-columns-repeated", "1") or 1)
                cells.append((repeat, el.get(_ODS_OFFICE + "value-type") is not None or len(el) > 0))
                el.clear()
            elif tag == _ODS_TABLE + "table-row":
                repeat = int(el.get(_ODS_TABLE + "number-rows-repeated", "1") or 1)
                width = valued = 0
                for n, has_value in cells:
                    width += n
                    if has_value:
                        valued = width
                cells.clear()
                el.clear()
                if valued:
                    rows, cols = row + repeat, max(cols, valued)
                    if rows > MAX_ROWS + 1:
                        raise _too_many_rows(name, sheet)
                    if cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
                        raise _grid_refused(name, sheet, rows, cols)
                row += repeat


def _columns_above(cols: int) -> bytes:
    """A regular expression for one- or two-letter columns after column ``cols``, followed by a digit."""
    if cols < 26:
        return f"(?:[A-Z]{{2}}|[{chr(65 + cols)}-Z])[0-9]".encode()
    if cols == 26:
        return b"[A-Z]{2}[0-9]"
    if cols >= 702:
        return b"(?!)"
    last = column_letters(cols)
    a, b = last[0], last[1]
    later = []
    if a < "Z":
        later.append(f"[{chr(ord(a) + 1)}-Z][A-Z]")
    if b < "Z":
        later.append(f"{a}[{chr(ord(b) + 1)}-Z]")
    return ("(?:" + "|".join(later) + ")[0-9]").encode() if later else b"(?!)"


def _damaged(name: str, detail: Message | str) -> WorkbookError:
    """``detail``: what is wrong, as a message, or the reading library's own words (Error -3 while ...)."""
    return WorkbookError(message("read.damaged", file=name, detail=detail))


def _password_protected(name: str) -> WorkbookError:
    return WorkbookError(message("read.password_protected", file=name))


def _too_many_rows(name: str, sheet: str) -> WorkbookError:
    return WorkbookError(message("read.too_many_rows", file=name, sheet=sheet, limit=MAX_ROWS))


# ----------------------------------------------------------------------------------------------- CSV
ENCODINGS = ("utf-8-sig", "cp949", "gb18030")


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _plausibility(path: Path, encoding: str) -> int:
    with path.open("r", encoding=encoding, errors="replace", newline="") as fh:
        head = list(itertools.islice(csv.reader(fh, _sniff_dialect(fh)), HEADER_SCAN_ROWS))
    best = 0
    for row in head:
        for spec in layout.IMPORTABLE:
            best = max(best, layout.match_headers(spec, list(row)).score)
    return best


def _csv_error(name: str, row: int, exc: csv.Error) -> WorkbookError:
    if "unexpected end of data" in str(exc):
        return WorkbookError(message("read.quote_not_closed", file=name, row=row))
    return WorkbookError(message("read.csv_row_unreadable", file=name, row=row, problem=str(exc)))


_DELIMITERS = (",", ";", "\t")
_SNIFF_BYTES = 8 * 1024
_SNIFF_LINES = 30


def _sniff_dialect(fh: io.TextIOBase) -> type[csv.Dialect]:
    """Comma, semicolon or tab, from the first lines of the file, in one linear pass.

    (csv.Sniffer's regular expressions take quadratic time: 64 KB of '," ' held a preview for over a
    minute.) The delimiter is the one that splits the most lines into the same number of cells, counted
    outside quotes; quoting is Excel's."""
    pos = fh.tell()
    sample = fh.read(_SNIFF_BYTES)
    fh.seek(pos)
    lines = [line for line in sample.splitlines()[:_SNIFF_LINES] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        counts = [_outside_quotes(line, delimiter) for line in lines]
        if not any(counts):
            continue
        same, cells = Counter(c for c in counts if c).most_common(1)[0][::-1]
        score = (same, cells)
        if score > best_score:
            best, best_score = delimiter, score
    return _DIALECTS[best]


def _outside_quotes(line: str, delimiter: str) -> int:
    """How often ``delimiter`` stands outside a quoted cell of ``line``."""
    if '"' not in line:
        return line.count(delimiter)
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


class _Semicolon(csv.excel):
    delimiter = ";"


_DIALECTS: dict[str, type[csv.Dialect]] = {",": csv.excel, ";": _Semicolon, "\t": csv.excel_tab}


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) first, then Korean CP949, then Chinese GB18030; the headers decide ties.

    A UTF-8 file with a damaged byte or two is never read as another encoding (완료 would become 鞕勲):
    it is refused, naming the line and the byte."""
    if not _decodes(path, "utf-8-sig"):
        _refuse_damaged_utf8(path)
    candidates = [enc for enc in ENCODINGS if _decodes(path, enc)]
    if not candidates:
        raise WorkbookError(message("read.unknown_encoding", file=path.name))
    if len(candidates) == 1:
        return candidates[0]
    scored = [(_plausibility(path, enc), _script_fit(path, enc), -i, enc) for i, enc in enumerate(candidates)]
    return max(scored)[3]


_UTF8_SAMPLE = 4 << 20


def _refuse_damaged_utf8(path: Path) -> None:
    """Raise when the file is UTF-8 text but for a few bytes: ten times more characters beyond ASCII read
    as UTF-8 than bytes that cannot be."""
    with path.open("rb") as fh:
        raw = fh.read(_UTF8_SAMPLE)
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    if not bad or good < 10 * bad:
        return
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise WorkbookError(
            message("read.damaged_utf8", file=path.name, line=line, position=column, byte=raw[exc.start])
        ) from None


def _script_fit(path: Path, encoding: str) -> int:
    """Korean text read as CP949 is mostly Hangul; Chinese text misread as CP949 comes out as Hanja.

    So CP949 is trusted only when it yields more Hangul than Chinese characters, and GB18030 otherwise.
    """
    if encoding not in ("cp949", "gb18030"):
        return 0
    with path.open("rb") as fh:
        sample = fh.read(64 * 1024).decode("cp949", errors="ignore")
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7a3")
    hanzi = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    korean = hangul >= hanzi
    return 1 if (encoding == "cp949") == korean else 0


# ------------------------------------------------------------------------------------------- opening
@dataclass
class Spreadsheet:
    """An opened, checked file: its sheets and a way to stream each sheet's rows."""

    path: Path
    format: str  # xlsx, xls, ods, csv
    encoding: str | None = None
    # The lines (1-based) of a CSV holding a stray NUL byte, which the import drops (as Excel does): the first
    # NUL_LINES_KEPT of them, so the import can tell the user what lost something; () when there is none.
    nul_lines: tuple[int, ...] = ()
    _book: Any = None
    _loaded: tuple[str, Any] | None = None
    _next: tuple[str, threading.Thread, list[Any]] | None = None
    # The part and stated extent of each .xlsx sheet not loaded yet: its grid is checked just before loading
    # (on the thread that loads it), to refuse a million rows or one far-away cell before calamine builds it.
    _parts: dict[str, tuple[str, tuple[int, int] | None]] = field(default_factory=dict)

    def sheet_names(self) -> list[str]:
        if self.format == "csv":
            return [self.path.stem]
        names: list[str] = list(self._book.sheet_names)
        return names

    def height(self, sheet: str) -> int:
        if self.format == "csv":
            return _count_lines(self.path)
        return int(self._load(sheet).height)

    def prefetch(self, sheet: str) -> None:
        """Start reading ``sheet`` in the background while the caller loads or works through another one.

        calamine parses a sheet without holding Python's lock, so on a machine with two cores the next
        sheet is ready by the time it is wanted. Only one sheet is read ahead; from an .xlsx file through a
        workbook handle of its own (a calamine workbook serves one thread at a time), so it may load beside
        the current one. Asking again for the same sheet is a no-op.
        """
        if self.format == "csv" or self._next is not None or self._book is None:
            return
        if self._loaded is not None and self._loaded[0] == sheet:
            return  # already here
        own_handle = self.format == "xlsx"
        if not own_handle and self._loaded is None:
            # .ods and .xls are parsed whole when opened: a second handle would parse the file again. Their
            # sheets come from the shared handle instead, once the caller is done loading from it.
            return
        box: list[Any] = []

        def read() -> None:
            from python_calamine import CalamineWorkbook

            try:
                if not own_handle:
                    box.append((True, self._load_uncached(sheet, self._book)))
                    return
                try:
                    book = CalamineWorkbook.from_path(str(self.path))
                except Exception as exc:  # the file changed or went away since it was checked
                    raise _damaged(self.path.name, _short(exc)) from None
                try:
                    box.append((True, self._load_uncached(sheet, book)))
                finally:
                    book.close()
            except BaseException as exc:  # handed to the thread that asks for the sheet
                box.append((False, exc))

        thread = threading.Thread(target=read, name=f"read sheet {sheet}", daemon=True)
        self._next = (sheet, thread, box)
        thread.start()

    def _wait_for_prefetch(self) -> tuple[str, Any] | None:
        """The sheet read ahead, once its thread is done (its error re-raised), or None."""
        if self._next is None:
            return None
        sheet, thread, box = self._next
        thread.join()
        self._next = None
        ok, value = box[0]
        if not ok:
            raise value
        return sheet, value

    def _load(self, sheet: str) -> Any:
        # The last sheet stays loaded: its height and its rows are asked for one after the other.
        if self._loaded is not None and self._loaded[0] == sheet:
            return self._loaded[1]
        self._loaded = None
        ahead = None
        if self._next is not None and (self._next[0] == sheet or self.format != "xlsx"):
            ahead = self._wait_for_prefetch()  # this sheet, or (.ods, .xls) the shared handle must be free
        if ahead is not None and ahead[0] == sheet:
            data = ahead[1]
        else:  # from .xlsx, another sheet may be read ahead meanwhile, on the other core
            del ahead
            data = self._load_uncached(sheet, self._book)
        self._loaded = (sheet, data)
        return data

    def _load_uncached(self, sheet: str, book: Any) -> Any:
        from python_calamine import CalamineError, PasswordError

        part = self._parts.pop(sheet, None)
        if part is not None:
            try:
                with zipfile.ZipFile(self.path) as zf:
                    _check_grid(zf, self.path.name, sheet, *part)
            except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as exc:
                raise _damaged(self.path.name, _short(exc)) from None
        try:
            data = book.get_sheet_by_name(sheet)
        except PasswordError:
            raise _password_protected(self.path.name) from None
        except (CalamineError, ValueError, OSError) as exc:
            raise _sheet_unreadable(self.path.name, sheet, exc) from None
        if data.height > MAX_ROWS + 1:
            raise _too_many_rows(self.path.name, sheet)
        return data

    def rows(self, sheet: str, *, empty: Any = None) -> Iterator[list[Any]]:
        """Each row as a list of cell values, from the sheet's first row.

        An empty cell is None; with ``empty=""`` it may also be "" as read (a caller that treats blank text
        as empty anyway saves rebuilding every row that has one)."""
        if self.format == "csv":
            yield from self._csv_rows(empty)
            return
        data = self._load(sheet)
        start = data.start
        lead_rows = start[0] if start else 0
        lead_cols = start[1] if start else 0
        # calamine's grid starts at the first non-empty cell; put back the empty rows and columns before it,
        # so row and column numbers in messages match what the user sees. (Its rows may already start at the
        # sheet's first row: _rows_from_the_top.)
        if not _rows_from_the_top():
            for _ in range(lead_rows):
                yield []
        pad = [None] * lead_cols
        try:
            for row in data.iter_rows():
                if empty is None and "" in row:
                    row = [None if v == "" else v for v in row]
                yield pad + row if lead_cols else row
        except Exception as exc:  # calamine raises plain exceptions on broken cells
            raise _sheet_unreadable(self.path.name, sheet, exc) from None

    def merged_below(self, sheet: str) -> dict[int, list[tuple[int, int]]]:
        """The sheet's cells merged over several rows (``_merged_below``); none in a CSV or an .ods."""
        if self.format == "csv":
            return {}
        return _merged_below(self._load(sheet))

    def _csv_rows(self, empty: Any) -> Iterator[list[Any]]:
        assert self.encoding is not None
        with self.path.open("r", encoding=self.encoding, newline="") as fh:
            dialect = _sniff_dialect(fh)
            # strict: a quote left open would otherwise swallow every row after it into one cell.
            rows = csv.reader(fh, dialect, strict=True)
            n = 0
            while True:
                try:
                    row = next(rows)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise _csv_error(self.path.name, n + 1, exc) from None
                n += 1
                if n > MAX_ROWS + 1:
                    raise _too_many_rows(self.path.name, self.path.stem)
                yield row if empty == "" else [None if v == "" else v for v in row]

    def release(self) -> None:
        """Let go of the last loaded sheet."""
        self._loaded = None

    def close(self) -> None:
        self._loaded = None
        if self._next is not None:  # the book must not close under a thread still reading it
            self._next[1].join()
            self._next = None
        if self._book is not None:
            try:
                self._book.close()
            except Exception:
                log.debug("closing %s", self.path, exc_info=True)
            self._book = None


def _merged_below(data: Any) -> dict[int, list[tuple[int, int]]]:
    """The cells merged into one over several rows (담당부서 over two programs), by the rows under the first:
    row -> [(column, first row)]. An office's sheet means the merged cell for every row it covers; a merge
    within one row (a title over the columns, a group header) is left as it is. (calamine gives the merged
    cells of .xlsx and .xls sheets, not of .ods.)"""
    below: dict[int, list[tuple[int, int]]] = {}
    start = getattr(data, "start", None)
    last = (start[0] if start else 0) + int(data.height) - 1  # a merge runs no further than the sheet's rows
    for (top, left), (bottom, _right) in getattr(data, "merged_cell_ranges", None) or ():
        for r in range(top + 1, min(bottom, last, MAX_ROWS + 1) + 1):
            below.setdefault(r, []).append((left, top))
    return below


def fill_merged(
    rows: Iterable[list[Any]], below: dict[int, list[tuple[int, int]]], first: int, columns: Collection[int]
) -> Iterator[list[Any]]:
    """``rows`` (the sheet's, from row ``first``, 0-based: the rows under its header) with a merged cell's
    value in every row it covers, for the merges that start at ``first`` or below (a header merged over two
    rows is the header's, not the data's), in ``columns`` only: labels that hold for every row they span (a
    department, a place, a note), not a title or an amount, which a merge gives once for all its rows."""
    tops: dict[tuple[int, int], Any] = {}  # (first row, column) -> the value of a merged cell over rows
    for n, row in enumerate(rows, first):
        for col, top in below.get(n, ()):
            value = tops.get((top, col))
            if value is not None and col < len(row) and row[col] in (None, ""):
                row[col] = value
        for col, top in below.get(n + 1, ()):
            if top == n and col < len(row) and col in columns:
                tops[(top, col)] = row[col]
        yield row


@functools.cache
def _rows_from_the_top() -> bool:
    """Whether calamine's rows of a sheet start at the sheet's first row rather than at its first non-empty
    one. python-calamine 0.9 gives the empty rows above the grid but not the empty columns before it
    (dimastbk/python-calamine#177); earlier versions gave neither. Worked out once, on a sheet whose one
    cell is B2, so the row numbers in messages hold with either."""
    from python_calamine import CalamineWorkbook

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Target="xl/workbook.xml" '
            f'Type="{rel}/officeDocument"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>",
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Target="worksheets/sheet1.xml" '
            f'Type="{rel}/worksheet"/></Relationships>',
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{main}"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c>'
            "</row></sheetData></worksheet>",
        )
    buf.seek(0)
    book = CalamineWorkbook.from_filelike(buf)
    try:
        return len(list(book.get_sheet_by_name("S").iter_rows())) == 2
    finally:
        book.close()


def _sheet_unreadable(name: str, sheet: str, exc: BaseException) -> WorkbookError:
    return WorkbookError(message("read.sheet_unreadable", file=name, sheet=sheet, problem=_short(exc)))


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            n += chunk.count(b"\n")
    return n


NUL_LINES_KEPT = 20


def _nul_lines(path: Path, encoding: str) -> tuple[int, ...]:
    """The first NUL_LINES_KEPT lines (1-based) of a CSV file holding a NUL character.

    In UTF-8, CP949 and GB18030 a zero byte is always a NUL character (no multi-byte character holds one),
    so those files are searched as bytes; a UTF-16 file, where every ASCII character has a zero byte, is
    searched as text."""
    if encoding.startswith("utf-16"):
        with path.open("r", encoding=encoding, newline="") as text:
            return _lines_holding(iter(lambda: text.read(1 << 20), ""), "\x00", "\n")
    with path.open("rb") as raw:
        return _lines_holding(iter(lambda: raw.read(1 << 20), b""), b"\x00", b"\n")


def _lines_holding(chunks: Iterator[AnyStr], nul: AnyStr, newline: AnyStr) -> tuple[int, ...]:
    found: list[int] = []
    line = 1  # the line the start of the chunk is on
    for chunk in chunks:
        start = 0
        at = chunk.find(nul)
        while at != -1:
            line += chunk.count(newline, start, at)
            start = at
            if not found or found[-1] != line:
                found.append(line)
                if len(found) == NUL_LINES_KEPT:
                    return tuple(found)
            at = chunk.find(nul, at + 1)
        line += chunk.count(newline, start)
    return tuple(found)


def open_spreadsheet(path: Path) -> Spreadsheet:
    """Check ``path`` is what its name says and safe to read; raise WorkbookError with a one-line reason."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        if not suffix:
            raise WorkbookError(message("read.no_extension", file=name, supported=", ".join(SUPPORTED)))
        raise WorkbookError(message("read.unsupported", file=name, suffix=suffix, supported=", ".join(SUPPORTED)))
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        raise WorkbookError(message("read.no_such_file", file=name)) from None
    except OSError as exc:
        raise WorkbookError(message("read.cannot_read", file=name, problem=exc.strerror or str(exc))) from None
    if size == 0:
        raise WorkbookError(message("read.empty", file=name))
    other = _what_is(head)
    if suffix == ".csv":
        utf16 = head.startswith(_UTF16_BOMS)  # Excel's "Unicode text"
        other = other or _container(head)
        if other is not None:
            raise WorkbookError(message("read.not_csv", file=name, kind=other))
        if not utf16:
            _refuse_binary(path)
        if size > MAX_CSV_BYTES:
            raise WorkbookError(message("read.csv_too_large", file=name, megabytes=size / 1e6))
        if _count_lines(path) > MAX_ROWS + 1:
            raise _too_many_rows(name, path.stem)
        if utf16:
            if not _decodes(path, "utf-16"):
                raise WorkbookError(message("read.utf16_damaged", file=name))
            return Spreadsheet(path, "csv", encoding="utf-16", nul_lines=_nul_lines(path, "utf-16"))
        encoding = detect_encoding(path)
        return Spreadsheet(path, "csv", encoding=encoding, nul_lines=_nul_lines(path, encoding))
    if other is not None:
        raise WorkbookError(message("read.not_a_spreadsheet", file=name, kind=other, suffix=suffix))
    parts: dict[str, tuple[str, tuple[int, int] | None]] = {}
    if suffix in (".xlsx", ".xlsm", ".ods"):
        if head.startswith(_CFB_MAGIC):
            if _is_encrypted_office(path):
                raise _password_protected(name)
            raise WorkbookError(message("read.xls_named_otherwise", file=name, suffix=suffix))
        if not head.startswith(_ZIP_MAGIC):
            raise WorkbookError(message("read.not_inside", file=name, suffix=suffix))
        zf = check_zip(path, "OpenDocument" if suffix == ".ods" else "Excel")
        try:
            if suffix == ".ods":
                _check_ods_grid(zf, name)
            else:
                parts = _check_xlsx_rows(zf, name)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error, SafeET.ParseError) as exc:
            raise _damaged(name, _short(exc)) from None
        except DefusedXmlException as exc:
            raise WorkbookError(message("read.unsafe_xml", file=name, problem=_short(exc))) from None
        finally:
            zf.close()
        fmt = "ods" if suffix == ".ods" else "xlsx"
    else:  # .xls
        if not head.startswith(_CFB_MAGIC):
            if head.startswith(_ZIP_MAGIC):
                raise WorkbookError(message("read.xlsx_named_xls", file=name))
            raise WorkbookError(message("read.not_xls", file=name))
        fmt = "xls"
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        book = CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise _password_protected(name) from None
    except (CalamineError, ValueError, OSError) as exc:
        text = _short(exc)
        if "password" in text.lower() or "encrypt" in text.lower():
            raise _password_protected(name) from None
        raise WorkbookError(message("read.unreadable", file=name, problem=text)) from None
    except Exception as exc:
        raise WorkbookError(message("read.unreadable", file=name, problem=_short(exc))) from None
    return Spreadsheet(path, fmt, _book=book, _parts=parts)


# ------------------------------------------------------------------------------------ header finding
@dataclass(frozen=True)
class FoundSheet:
    name: str
    match: layout.HeaderMatch
    head: list[list[Any]]  # rows read so far (up to and including the header and a few more)


def find_header(rows: list[list[Any]], spec: layout.SheetSpec | None) -> layout.HeaderMatch | None:
    """The header row: the first of the best-matching rows in the first rows, below any title rows."""
    best: layout.HeaderMatch | None = None
    specs = (spec,) if spec is not None else layout.IMPORTABLE
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        filled = [v for v in row if v is not None and str(v).strip()]
        if len(filled) < 1:
            continue
        for sp in specs:
            m = layout.match_headers(sp, list(row), i)
            if m.score == 0:
                continue
            if best is None or m.score > best.score:
                best = m
    if best is None:
        return None
    # A lone matching word in a title row is not a header.
    if best.score < 2 and spec is None:
        return None
    return best
