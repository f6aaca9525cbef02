"""Rows of an office's own sheet that are not records: totals, footnotes, section rows and repeated headers.

An office's status sheet has a totals row (합계, 合计, Total) and notes (※ ..., 注：...) below its table, and
sometimes a header repeated on each printed page. Each is skipped with its reason, never read as a program.
Only sheets the app did not export are sorted this way: our own sheets hold records only.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from operator import add, itemgetter, methodcaller
from typing import Any

from app.domain.budget import Money, money_in, split_header
from app.domain.dates import PartialDate
from app.domain.errors import ValidationError
from app.excel import cells, layout

# Why a row is skipped (SkippedRow.reason): the preview says it in words (messages "import.skipped_<reason>").
TOTAL = "total"
NOTE = "note"
SECTION = "section"
HEADER = "header"
BLANK = "blank"
CHOSEN = "chosen"  # the user skipped it (ColumnMapping.skip_rows)

# Totals and subtotals as offices label them, compared with spaces and brackets taken out ("합 계", "[소계]").
_TOTAL = re.compile(
    r"^(?:합계|총계|소계|누계|총합계|계|合计|小计|总计|合計|小計|總計|共计|subtotals?|grandtotals?|totals?|sum)"
    # "합계(5건)", "小计 3项": a count after the word
    r"(?:\d+(?:건|개|개소|곳|项|个|件|处)?)?$"
)
_TOTAL_HANJA = re.compile("[계计計]")
_SQUEEZE = re.compile(r"[\s\[\]()（）【】〔〕<>〈〉《》「」『』:：·・.,，\-_=]+")

# What a footnote or a note under the table starts with.
_NOTE_STARTS = ("※", "*", "＊", "☞", "▶", "☎", "注:", "注：", "注)", "备注:", "备注：", "備註", "说明:", "说明：")
_NOTE_PATTERN = re.compile(
    r"^(?:주\s*[):：]|참고\s*[:：]|출처\s*[:：]|자료\s*[:：]|note[s]?\s*:|source\s*:"
    # who filled the sheet in and signs it: 填表人：张三 联系电话：…, 작성자: 홍길동 (☎ 02-…)
    r"|(?:填表人|填报人|制表人?|审核人?|审批人?|联系人|联系电话|작성자|작성일|확인자|검토자|결재|연락처)\s*[:：]"
    r"|prepared by\s*:|checked by\s*:)",
    re.I,
)

# Headers of a column of row numbers (연번, 序号, No.): the rows' numbers, never program keys.
ROW_NUMBER_HEADERS = frozenset(
    layout.normalise_header(h) for h in ("연번", "순번", "번호", "일련번호", "序号", "序", "No.", "No", "S/N")
)


# Headers of a column giving a program's whole period in one cell (사업기간 2024.1.~2024.12., 实施期限).
PERIOD_HEADERS = frozenset(
    layout.normalise_header(h)
    for h in (
        "사업기간",
        "사업 기간",
        "추진기간",
        "추진 기간",
        "사업추진기간",
        "사업 추진 기간",
        "추진일정",
        "기간",
        "实施期限",
        "实施时间",
        "实施周期",
        "建设期限",
        "建设周期",
        "起止时间",
        "起止日期",
        "项目周期",
        "period",
        "duration",
    )
)


def period_column(match: layout.HeaderMatch, below: Sequence[Sequence[Any]]) -> int | None:
    """The column of an office's Programs sheet that gives each program's start and end in one cell, when no
    column gives either, and every filled cell of it among the first rows (``below``) reads as a period or a
    date: a column of 연중 or 12개월 stays unread, as before, rather than refusing the import (the user may
    still read it as start and end in the preview)."""
    if match.spec is not layout.PROGRAMS or {"start_date", "end_date"} & match.columns.keys():
        return None
    i = next((i for i, h in match.unmatched if layout.normalise_header(h) in PERIOD_HEADERS), None)
    if i is None:
        return None
    for row in below:
        value = row[i] if i < len(row) else None
        if cells.blank(value) or (isinstance(value, str) and cells.is_dash(value)):
            continue
        try:
            cells.period_start_from_cell(value)
            cells.period_end_from_cell(value)
        except ValidationError:
            return None
    return i


# Headers of the person in charge (담당자, 责任人): kept in the program's note until people exist in the app.
CONTACT_HEADERS = frozenset(
    layout.normalise_header(h)
    for h in ("담당자", "담당", "책임자", "责任人", "负责人", "联系人", "contact", "person in charge")
)


def contact_columns(match: layout.HeaderMatch) -> tuple[tuple[int, str], ...]:
    """The columns of a Programs sheet naming the person in charge, with their headers."""
    if match.spec is not layout.PROGRAMS:
        return ()
    return tuple((i, h) for i, h in match.unmatched if layout.normalise_header(h) in CONTACT_HEADERS)


# The headers of an office's budget columns, by the word before any bracketed unit: field -> names.
_BUDGET_NAMES = {c.field: frozenset(layout.normalise_header(n) for n in c.names) for c in layout.BUDGET_COLUMNS}


def budget_columns(match: layout.HeaderMatch) -> dict[str, tuple[int, Money | None]]:
    """The budget columns of a Programs sheet (예산(백만원), 집행액, 집행률(%)): field -> (index, the currency
    and scale its header's brackets name, if they name one). Each field's first column counts."""
    if match.spec is not layout.PROGRAMS:
        return {}
    found: dict[str, tuple[int, Money | None]] = {}
    for i, header in match.unmatched:
        fld = budget_field(header.rpartition(" / ")[2])
        if fld is not None and fld not in found:
            found[fld] = (i, budget_unit(header))
    return found


def budget_unit(header: str) -> Money | None:
    """The currency and scale a budget column's header names in brackets, if it names one. A two-row header:
    the sub-header names the column, and the group over it may name the unit (사업비(단위: 백만원) over 예산)."""
    group, _slash, sub = header.rpartition(" / ")
    return money_in(split_header(sub)[1]) or (money_in(split_header(group)[1]) if group else None)


def budget_field(header: object) -> str | None:
    """Which budget column a header names, by its word before any bracketed unit: budget, spent,
    execution_rate, or None."""
    norm = layout.normalise_header(split_header(str(header if header is not None else ""))[0])
    return next((fld for fld, names in _BUDGET_NAMES.items() if norm in names), None)


def office_note(note: str | None, lines: list[str]) -> str | None:
    """A program's note with the lines an office's sheet adds (the person in charge, a delay): one per line,
    each once, so importing the same sheet again changes nothing."""
    have = [] if note is None else note.split("\n")
    added = [line for line in lines if line not in have]
    return "\n".join(have + added) if (have or added) else None


# A reference date above the table: "기준일: 2024. 3. 31.", "(2024. 3. 31. 기준)", "统计截至：2024年3月31日".
_REFERENCE_WORDS = re.compile(r"기준|현재|基准|截至|截止|as of|as at", re.I)
_DATE_IN_TEXT = re.compile(
    r"\d{4}\s*[.년年/-]\s*\d{1,2}\s*(?:[.월月/-]\s*(?:\d{1,2}\s*[.일日]?)?)?|['‘’]\d{2}\s*\.\s*\d{1,2}\s*\.(?:\s*\d{1,2}\s*\.?)?"
)


def reference_date(rows_above: Sequence[Sequence[Any]]) -> PartialDate | None:
    """The date a sheet reports as of, from a title or note row above its table, if it says one: in the cell
    that says so (기준일: 2024. 4. 30.), or in a cell after it on the same row (기준일 | 2024-04-30)."""
    for row in rows_above:
        for i, v in enumerate(row):
            if not isinstance(v, str) or not _REFERENCE_WORDS.search(v):
                continue
            for cell in (v, *row[i + 1 : i + 4]):
                found = _date_in(cell)
                if found is not None:
                    return found
    return None


def _date_in(cell: Any) -> PartialDate | None:
    """The date a cell holds: a date cell, or a date written in its text."""
    if isinstance(cell, dt.datetime):
        return PartialDate.of_date(cell.date())
    if isinstance(cell, dt.date):
        return PartialDate.of_date(cell)
    if not isinstance(cell, str):
        return None
    for m in _DATE_IN_TEXT.finditer(cell):
        try:
            return PartialDate.parse(m.group(0).strip())
        except ValidationError:
            continue
    return None


def narrative(cells_: Sequence[Any]) -> bool:
    """Whether a status column holds sentences rather than status words (进展情况: 已完成施工图设计，正在开展招标
    工作): at least half its filled cells are long text no status word reads."""
    from app.domain.enums import Status, status_sentence

    filled = [c.strip() for c in cells_ if isinstance(c, str) and c.strip()]
    if len(filled) < 2:
        return False
    told = sum(map(status_sentence, filled))
    words = 0
    for text in filled:
        try:
            Status.parse(text)
            words += 1
        except ValidationError:
            pass
    # Sentences mostly, and hardly a status word among them: a column of statuses with a few long ones
    # (정상 추진 중입니다) stays a status column, its long cells kept in their programs' notes.
    return told * 2 >= len(filled) and words * 3 <= len(filled)


def numbers_are_fractions(cells_: Sequence[Any]) -> bool:
    """How a percent column's plain numbers read, column by column: all of them from 0 to 1 (0.6, 1) are
    fractions, as Excel stores percent cells; once any is above 1 (60, 45), every number is a percent, so 1
    is 1%. Text with a % sign ("60%") is a percent either way."""
    numbers = [float(v) for v in cells_ if isinstance(v, int | float) and not isinstance(v, bool)]
    numbers += [float(t) for v in cells_ if isinstance(v, str) and _is_number(t := v.strip())]
    return all(0 <= n <= 1 for n in numbers)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def squeeze(text: str) -> str:
    return _SQUEEZE.sub("", unicodedata.normalize("NFKC", text).lower())


def is_total(text: str) -> bool:
    """'합계', '소 계', '[합계]', '合 计', 'Total', 'Grand total', '합계(5건)'."""
    plain = unicodedata.normalize("NFKC", text).lower()
    # Every word of _TOTAL holds 계, 计 or 計, or the letters of "total" or "sum" (spaces may come between
    # them: "합 계", "Tota l"). Most cells hold none of these and need no squeezing.
    if _TOTAL_HANJA.search(plain) is None and not (
        ("t" in plain and "l" in plain and "a" in plain and "o" in plain)
        or ("s" in plain and "u" in plain and "m" in plain)
    ):
        return False
    return bool(_TOTAL.match(_SQUEEZE.sub("", plain)))


def is_note(text: str) -> bool:
    """A footnote or a note under the table: '※ 단위: 백만원', '* 2024년 기준', '주) ...', '注：...'."""
    text = unicodedata.normalize("NFKC", text).strip()
    return text.startswith(_NOTE_STARTS) or bool(_NOTE_PATTERN.match(text))


class RowSorter:
    """Tells, for each row of one sheet, whether it is a record or, when it is not, why."""

    def __init__(self, match: layout.HeaderMatch) -> None:
        self.fields = {i: f for f, i in match.columns.items()}
        self.title = match.columns.get("title", match.columns.get("name"))
        self.header = {layout.normalise_header(h) for h in match.headers if layout.normalise_header(h)}
        aliases = layout.alias_names(match.spec)
        self.header_words = self.header | aliases

    def reasons(self, raws: Sequence[Sequence[Any]]) -> list[str | None]:
        """``reason`` of each of these rows, the rows sorted column by column: C loops over each column find
        the few rows that may not be records, and only those are looked at one by one (``reason``).

        A row can only be a total, a note, a header, a section or blank if one of these holds: its first
        column is empty or not text; it has fewer than two cells filled; a text cell of it reads as a total
        word once normalised and squeezed (as ``is_total`` reads it, a whole column in one call); its first
        cell starts as a note does; or its cell in the column of fewest distinct texts is a header word."""
        n = len(raws)
        if n == 0:
            return []
        width = max(map(len, raws))
        maybe = bytearray(n)  # 1: look at the row on its own
        filled = [0] * n
        header_column: tuple[int, list[Any]] | None = None
        even = all(len(r) == width for r in raws)
        for i in range(width):
            column: list[Any] = list(map(itemgetter(i), raws)) if even else [r[i] if i < len(r) else None for r in raws]
            kinds = set(map(type, column))
            if kinds <= _TEXT_OR_NOTHING:
                texts: list[str] = [v if v is not None else "" for v in column] if NoneType in kinds else column
                full = list(map(bool, map(str.strip, texts)))
                filled = list(map(add, filled, full))
                different = set(texts)
                for j in _total_words(texts, different):
                    maybe[j] = 1
                if i == 0:
                    for j in _notes(texts):
                        maybe[j] = 1
                    for j in [j for j, f in enumerate(full) if not f]:  # the first filled cell is further on
                        maybe[j] = 1
                distinct = len(different)
                if any(full) and (header_column is None or distinct < header_column[0]):
                    header_column = (distinct, texts)
            else:
                # Numbers and dates: their text is never empty, a total or a note. The rows of any other
                # cell here (text among dates, say) are looked at on their own.
                types = list(map(type, column))
                full = list(map(_NEVER_WORDS.__contains__, types))
                for j in [j for j, t in enumerate(types) if t is not NoneType and t not in _NEVER_WORDS]:
                    v = column[j]
                    if v.__class__ is not str or v.strip():
                        full[j] = True
                        maybe[j] = 1
                filled = list(map(add, filled, full))
                if i == 0:
                    for j in [j for j, f in enumerate(full) if not f]:  # the first filled cell is further on
                        maybe[j] = 1
        for j, count in enumerate(filled):
            if count < 2:
                maybe[j] = 1
        if header_column is None:
            maybe = bytearray(b"\x01" * n)
        else:
            words = self.header_words
            texts = header_column[1]
            heading = {t: layout.normalise_header(t.strip()) in words for t in set(texts) if t.strip()}
            for j, t in enumerate(texts):
                if heading.get(t, True):  # a header word, or empty
                    maybe[j] = 1
        out: list[str | None] = [None] * n
        for j in [j for j, m in enumerate(maybe) if m]:
            out[j] = self.reason(raws[j])
        return out

    def reason(self, raw: Sequence[Any]) -> str | None:
        """None for a record; else TOTAL, NOTE, SECTION or HEADER."""
        texts: list[tuple[int, str]] = []
        for i, v in enumerate(raw):
            if v is None:
                continue
            t = v.strip() if v.__class__ is str else str(v)
            if t:
                texts.append((i, t))
        if not texts:
            return BLANK
        for _i, t in texts:
            if v_is_text(t) and is_total(t):
                return TOTAL
        first_index, first = texts[0]
        if is_note(first):
            return NOTE
        if len(texts) >= 2 and all(layout.normalise_header(t) in self.header_words for _i, t in texts):
            return HEADER
        if len(texts) == 1 and first_index not in self.fields:
            return SECTION  # one cell across the table (merged), outside every column read: a section title
        return None


NoneType = type(None)
_TEXT_OR_NOTHING = frozenset({str, NoneType})
# Cells whose text (str of the value) is a number or a date: never a total's word nor a note's start.
_NEVER_WORDS = frozenset({int, float, bool, dt.date, dt.datetime, dt.time, dt.timedelta})
_APART = "\0"  # between the cells of a column joined into one text: NFKC, lower and squeeze never cross it


# The characters a total's text may hold once normalised and lower-cased: its words' letters (every letter
# of _TOTAL's pattern, a few more than needed), digits, and what squeezing drops. A cell holding any other
# character is no total; the few that hold none are checked with is_total.
_TOTAL_LETTERS = "".join(sorted({ch for ch in _TOTAL.pattern if ch.isalpha()}))
_MAY_BE_TOTAL = re.compile(
    # Upper case too, so a column needs no lower-casing: only A-Z lower-case into these letters (after NFKC).
    "[" + re.escape(_TOTAL_LETTERS + _TOTAL_LETTERS.upper()) + r"\d" + _SQUEEZE.pattern[1:-2] + "]+"
)


def _total_words(texts: list[str], different: set[str] | None = None) -> list[int]:
    """The rows whose text is a total (``is_total``), worked out for the whole column in a few C calls;
    a column that repeats a few texts (places, statuses; ``different``: its texts) is worked out per text."""
    if different is not None and len(different) * 4 <= len(texts):
        each = list(different)
        totals = {each[j] for j in _total_words(each)}
        return [j for j, t in enumerate(texts) if t in totals] if totals else []
    joined = _APART.join(texts)
    if joined.count(_APART) != len(texts) - 1:  # a cell holding the separator itself: one by one
        return [j for j, t in enumerate(texts) if t.strip() and is_total(t.strip())]
    plain = unicodedata.normalize("NFKC", joined).split(_APART)
    found = []
    seen: dict[str, bool] = {}
    for j in [j for j, m in enumerate(map(_MAY_BE_TOTAL.fullmatch, plain)) if m is not None]:
        t = texts[j]
        total = seen.get(t)
        if total is None:
            total = seen[t] = bool(t.strip()) and is_total(t.strip())
        if total:
            found.append(j)
    return found


def _notes(texts: list[str]) -> list[int]:
    """The rows whose text may start a note (``is_note``), for the whole column at once."""
    joined = _APART.join(texts)
    if joined.count(_APART) != len(texts) - 1:
        return [j for j, t in enumerate(texts) if t.strip() and is_note(t.strip())]
    plain = list(map(str.strip, unicodedata.normalize("NFKC", joined).split(_APART)))
    starts = list(map(methodcaller("startswith", _NOTE_STARTS), plain))
    matches = map(_NOTE_PATTERN.match, plain)
    return [j for j, (s, m) in enumerate(zip(starts, matches, strict=True)) if s or m]


def v_is_text(text: str) -> bool:
    """A cell of text, not a number: only words are totals."""
    return not text[:1].isdigit()


def row_number_column(match: layout.HeaderMatch, rows: Sequence[Sequence[Any]]) -> int | None:
    """The column of row numbers, if the sheet has one: headed 연번 / 序号 / No., or a Key column of an
    office's sheet holding plain whole numbers (1, 2, 3): such numbers count rows, they are no program keys."""
    for i, h in match.unmatched:
        if layout.normalise_header(h) in ROW_NUMBER_HEADERS:
            return i
    key = match.columns.get("key")
    if key is None or match.spec is not layout.PROGRAMS:
        return None
    if layout.normalise_header(match.headers[key]) in ROW_NUMBER_HEADERS:
        return key
    if match.headers[key].strip() == layout.PROGRAMS.column("key").header:
        return None  # our own header: keys
    values = [r[key] for r in rows if key < len(r) and r[key] is not None and str(r[key]).strip()]
    if values and all(_whole_number(v) for v in values):
        return key
    return None


def _whole_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return float(value).is_integer()
    return str(value).strip().isdigit()
