"""The meeting workbook's layout: sheets, columns, keys and header aliases, shared by writer and reader."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache


class Kind(StrEnum):
    """How a column's cells are written and read."""

    TEXT = "text"
    KEY = "key"  # upper-case key text; locked on existing rows
    ID = "id"  # a whole number identifying a row (progress entry id)
    DATE = "date"  # a partial date at its stored precision
    PERCENT = "percent"  # stored 0..100, shown as a percent cell
    NUMBER = "number"
    STATUS = "status"
    SECTOR = "sector"
    VALUE_KIND = "value_kind"
    DIRECTION = "direction"
    THEMES = "themes"  # comma separated list
    BOOL = "bool"
    DATETIME = "datetime"
    STAMP = "stamp"  # when the row was exported (ISO 8601 text, UTC); locked; see STAMP below


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: Kind = Kind.TEXT
    editable: bool = True
    width: float = 14
    aliases: tuple[str, ...] = ()
    required: bool = False  # a new row cannot be created without it
    note: str = ""  # what the "How to edit" sheet says about it

    @property
    def names(self) -> tuple[str, ...]:
        return (self.header, self.field, *self.aliases)


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[Column, ...]
    keys: tuple[str, ...]  # fields that identify a stored row
    importable: bool = True
    aliases: tuple[str, ...] = ()
    explanation: str = ""
    _by_field: dict[str, tuple[int, Column]] = field(init=False, repr=False, compare=False)
    _fields: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Looked up for every row an import reads: worked out once.
        object.__setattr__(self, "_by_field", {c.field: (i, c) for i, c in enumerate(self.columns)})
        object.__setattr__(self, "_fields", tuple(c.field for c in self.columns))

    @property
    def stamped(self) -> bool:
        """Whether each row carries its export stamp (in the last column)."""
        return self.columns[-1].kind is Kind.STAMP

    @property
    def printed_columns(self) -> tuple[Column, ...]:
        """The columns a printout shows: the export stamp means nothing on paper."""
        return self.columns[:-1] if self.stamped else self.columns

    def column(self, name: str) -> Column:
        return self._by_field[name][1]

    def index(self, name: str) -> int:
        return self._by_field[name][0]

    @property
    def fields(self) -> tuple[str, ...]:
        return self._fields


_TITLE = (
    "title",
    "name",
    "program",
    "program name",
    "program title",
    "사업명",
    "사업",
    "사업 이름",
    "과제명",
    "项目名称",
    "项目",
    "名称",
    "项目名",
    # as offices head the column in their own status sheets
    "세부사업명",
    "단위사업명",
    "工作任务",
    "重点任务",
)
_STATUS = (
    "status",
    "state",
    "상태",
    "진행상태",
    "진행 상태",
    "추진상태",
    "추진상황",
    "추진현황",
    "진행상황",
    "状态",
    "进展状态",
    "项目状态",
    "进展情况",
    "推进情况",
    "完成情况",
)
_START = (
    "start",
    "start date",
    "begins",
    "시작",
    "시작일",
    "시작일자",
    "사업시작일",
    "착수일",
    "착공일",
    "开始",
    "开始日期",
    "开始时间",
    "起始日期",
)
_END = (
    "end",
    "end date",
    "finish",
    "종료",
    "종료일",
    "종료일자",
    "사업종료일",
    "완료예정일",
    "준공예정일",
    "完成时限",
    "完成时间",
    "结束",
    "结束日期",
    "结束时间",
    "截止日期",
)
_PERCENT = (
    "percent",
    "percent complete",
    "%",
    "progress %",
    "진척률",
    "진행률",
    "달성률",
    "完成率",
    "进度",
    "完成度",
)
_NOTE = ("note", "notes", "comment", "비고", "메모", "备注", "说明")


def _program_key_column(note: str = "") -> Column:
    """The Program key column that ties a row of Tasks, Progress or Indicators to its program."""
    return Column(
        "program_key",
        "Program key",
        Kind.KEY,
        editable=False,
        width=22,
        aliases=("program", "사업코드", "项目编号"),
        required=True,
        note=note,
    )


# The moment the export read the database, written as ISO 8601 text in UTC, on the Summary sheet (next to
# this label) and on every row of a sheet the import reads back (in a column of this header). The import
# reads it back to tell the user's edits from changes colleagues made after the export: row by row, so it
# holds when the Summary sheet is deleted or the rows are pasted into another workbook.
EXPORTED_AT_LABEL = "Exported (UTC)"

# The last column of every sheet the import reads back. Text, not a date cell: it comes back exactly,
# to the microsecond, from Excel, LibreOffice and CSV alike.
STAMP = Column(
    "exported",
    EXPORTED_AT_LABEL,
    Kind.STAMP,
    editable=False,
    width=27,
    aliases=("export stamp", "exported at", "내보낸 시각", "내보낸 시각 (UTC)", "导出时间", "导出时间 (UTC)"),
    note="When the row was exported. The import keeps colleagues' later changes by it: leave it as it is "
    "(sorting and copying take it along); leave it empty on a new row.",
)

PROGRAMS = SheetSpec(
    name="Programs",
    aliases=("programs", "program", "사업", "사업목록", "项目", "项目列表"),
    keys=("key",),
    explanation="One row per program. Leave Key empty on a new row (or type a new key) to create a program.",
    columns=(
        Column(
            "key",
            "Key",
            Kind.KEY,
            editable=False,
            width=22,
            aliases=("program key", "id", "코드", "사업코드", "编号", "项目编号"),
            note="Identifies the program. Do not change it; leave it empty on a new row.",
        ),
        Column("title", "Title", width=40, aliases=_TITLE, required=True),
        Column(
            "local_title",
            "Local title",
            width=28,
            aliases=(
                "local name",
                "korean title",
                "chinese title",
                "원어명",
                "한글명",
                "本地名称",
                "中文名称",
            ),
        ),
        Column(
            "place",
            "Place",
            width=18,
            aliases=(
                "district",
                "location",
                "area",
                "지역",
                "장소",
                "자치구",
                "행정동",
                "地点",
                "地区",
                "所在地",
                "所在区",
                "区县",
            ),
            note="A place name from the app (for example Gangdong-gu or 강동구).",
        ),
        Column(
            "lead_organization",
            "Lead organization",
            width=26,
            aliases=(
                "lead",
                "organization",
                "department",
                "responsible department",
                "주관기관",
                "담당기관",
                "기관",
                "담당부서",
                "주관부서",
                "소관부서",
                "담당과",
                "牵头单位",
                "主办单位",
                "机构",
                "责任单位",
                "责任部门",
            ),
            note="An organization name already in the app.",
        ),
        Column("status", "Status", Kind.STATUS, width=12, aliases=_STATUS),
        Column("start_date", "Start", Kind.DATE, width=11, aliases=_START),
        Column("end_date", "End", Kind.DATE, width=11, aliases=_END),
        Column(
            "percent_complete",
            "Percent complete",
            Kind.PERCENT,
            editable=False,
            width=10,
            aliases=_PERCENT,
            note="Worked out from the tasks; change the tasks instead.",
        ),
        Column("sector", "Sector", Kind.SECTOR, width=14, aliases=("부문", "部门", "领域")),
        Column(
            "themes",
            "Themes",
            Kind.THEMES,
            width=22,
            aliases=("theme", "tags", "주제", "분야", "主题", "标签"),
            note="Separated by commas.",
        ),
        Column(
            "summary",
            "Summary",
            width=50,
            aliases=("overview", "요약", "개요", "사업개요", "摘要", "概要", "简介"),
        ),
        Column(
            "description",
            "Description",
            width=50,
            aliases=("details", "설명", "내용", "사업내용", "描述", "内容", "note", "notes", "remarks", "비고", "备注"),
        ),
        Column(
            "last_progress",
            "Last progress",
            Kind.DATE,
            editable=False,
            width=11,
            note="Date of the latest progress entry.",
        ),
        Column("is_case", "Case library", Kind.BOOL, editable=False, width=12),
        STAMP,
    ),
)

TASKS = SheetSpec(
    name="Tasks",
    aliases=("tasks", "task", "과업", "세부과제", "업무", "任务"),
    keys=("key",),
    explanation="One row per task; unit tasks are indented under their action plan (see Parent key).",
    columns=(
        _program_key_column("The program the task belongs to; fill it in on a new row."),
        Column(
            "key",
            "Task key",
            Kind.KEY,
            editable=False,
            width=24,
            aliases=("key", "task id", "과업코드", "任务编号"),
            note="Identifies the task. Leave it empty on a new row.",
        ),
        Column(
            "title",
            "Title",
            width=44,
            aliases=("task", "과업명", "업무명", "任务名称", *_TITLE),
            required=True,
        ),
        Column("owner", "Owner", width=16, aliases=("responsible", "담당자", "负责人")),
        Column("status", "Status", Kind.STATUS, width=12, aliases=_STATUS),
        Column("start_date", "Start", Kind.DATE, width=11, aliases=_START),
        Column(
            "due_date",
            "Due",
            Kind.DATE,
            width=11,
            aliases=("due date", "deadline", "마감", "마감일", "기한", "截止", "到期日"),
        ),
        Column("percent_complete", "Percent complete", Kind.PERCENT, width=16, aliases=_PERCENT),
        Column(
            "parent_key",
            "Parent key",
            Kind.KEY,
            editable=False,
            width=24,
            aliases=("parent", "상위과업", "上级任务"),
            note="The action plan a unit task belongs to; only read on new rows.",
        ),
        Column("weight", "Weight", Kind.NUMBER, width=8, aliases=("가중치", "权重")),
        Column("description", "Description", width=40, aliases=("설명", "내용", "描述")),
        STAMP,
    ),
)

PROGRESS = SheetSpec(
    name="Progress",
    aliases=("progress", "progress log", "진행", "진행상황", "实施进展", "进展"),
    keys=("id",),
    explanation="The progress log. Leave Entry ID empty on a new row to add an entry.",
    columns=(
        Column(
            "id",
            "Entry ID",
            Kind.ID,
            editable=False,
            width=9,
            aliases=("entry", "id", "번호", "编号"),
            note="Identifies the entry. Leave it empty on a new row.",
        ),
        _program_key_column("Fill it in on a new row."),
        Column(
            "task_key",
            "Task key",
            Kind.KEY,
            editable=False,
            width=24,
            aliases=("task", "과업코드", "任务编号"),
            note="Optional; only read on new rows.",
        ),
        Column(
            "entry_date",
            "Date",
            Kind.DATE,
            width=11,
            aliases=("date", "when", "날짜", "일자", "日期"),
            required=True,
        ),
        Column(
            "title",
            "Title",
            width=40,
            aliases=("what happened", "내용", "제목", "标题", "事项"),
            required=True,
        ),
        Column("note", "Note", width=50, aliases=_NOTE),
        Column("percent_complete", "Percent complete", Kind.PERCENT, width=16, aliases=_PERCENT),
        Column("author", "Author", width=16, aliases=("by", "작성자", "记录人")),
        STAMP,
    ),
)

INDICATORS = SheetSpec(
    name="Indicators",
    aliases=("indicators", "indicator values", "지표", "성과지표", "指标"),
    keys=("indicator_key", "period", "kind"),
    explanation="One row per indicator value. A row with a new period (or kind) adds a value.",
    columns=(
        _program_key_column(),
        Column(
            "indicator_key",
            "Indicator key",
            Kind.KEY,
            editable=False,
            width=28,
            aliases=("indicator id", "지표코드", "指标编号"),
            note="Identifies the indicator; leave it empty to add a new indicator by its name.",
        ),
        Column(
            "name",
            "Indicator",
            width=32,
            aliases=("indicator", "indicator name", "지표명", "指标名称"),
            required=True,
            note="The indicator's name (the same on every row of one indicator).",
        ),
        Column("unit", "Unit", width=10, aliases=("단위", "单位")),
        Column(
            "period",
            "Period",
            Kind.DATE,
            width=10,
            aliases=("year", "date", "기간", "연도", "期间", "年份"),
            note="A year (2015), a month (2015-03) or a day. With Kind, identifies the value.",
        ),
        Column("value", "Value", Kind.NUMBER, width=12, aliases=("값", "실적", "数值", "值")),
        Column(
            "kind",
            "Kind",
            Kind.VALUE_KIND,
            width=9,
            aliases=("type", "구분", "类型"),
            note="actual, target or plan.",
        ),
        Column("note", "Note", width=30, aliases=_NOTE),
        Column(
            "sources",
            "Source",
            editable=False,
            width=24,
            aliases=("source", "출처", "来源"),
            note="Source keys (see the Sources sheet).",
        ),
        STAMP,
    ),
)

SOURCES = SheetSpec(
    name="Sources",
    importable=False,
    keys=("key",),
    explanation="Where the facts come from. For reference only; not read back.",
    columns=(
        Column("key", "Key", Kind.KEY, editable=False, width=18),
        Column("author", "Author", editable=False, width=26),
        Column("year", "Year", Kind.NUMBER, editable=False, width=7),
        Column("title", "Title", editable=False, width=50),
        Column("publication", "Publication", editable=False, width=30),
        Column("url", "URL", editable=False, width=40),
        Column("accessed_on", "Accessed", Kind.DATE, editable=False, width=11),
    ),
)

HISTORY = SheetSpec(
    name="History",
    importable=False,
    keys=(),
    explanation="Every recorded field change of the exported programs, newest first. Not read back.",
    columns=(
        Column("at", "When (UTC)", Kind.DATETIME, editable=False, width=18),
        Column("actor", "Who", editable=False, width=14),
        Column("action", "Action", editable=False, width=8),
        Column("entity_type", "What", editable=False, width=10),
        Column("entity_key", "Key", editable=False, width=24),
        Column("field", "Field", editable=False, width=16),
        Column("old_value", "Old value", editable=False, width=30),
        Column("new_value", "New value", editable=False, width=30),
        Column("import_batch_id", "Import", Kind.NUMBER, editable=False, width=7),
    ),
)

IMPORTABLE: tuple[SheetSpec, ...] = (PROGRAMS, TASKS, PROGRESS, INDICATORS)
ALL_DATA_SHEETS: tuple[SheetSpec, ...] = (*IMPORTABLE, SOURCES)
SPECS_BY_NAME: dict[str, SheetSpec] = {s.name: s for s in (*ALL_DATA_SHEETS, HISTORY)}

SUMMARY_SHEET = "Summary"


def exported_at_text(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_exported_at(text: object) -> dt.datetime | None:
    """The export moment from the Summary cell or a row's stamp, or None when it is missing or not ours."""
    if not isinstance(text, str):
        return None
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


CHARTS_SHEET = "Charts"
HOW_TO_SHEET = "How to edit"
ERRORS_SHEET = "Errors"

# The columns a foreign sheet must have to be read as a list of programs.
FOREIGN_REQUIRED: tuple[str, ...] = ("title",)


_PUNCT = re.compile(r"[\s_\-./:()\[\]*#%]+")


class _Marks(dict[int, int | None]):
    """A str.translate table that drops symbols and control characters (Unicode categories S and C), learnt
    character by character: the text is walked in C, and a character's category is looked up once."""

    def __missing__(self, code: int) -> int | None:
        keep = None if unicodedata.category(chr(code)).startswith(("S", "C")) else code
        self[code] = keep
        return keep


_MARKS = _Marks()


@lru_cache(maxsize=4096)
def _normalise(raw: str) -> str:
    raw = unicodedata.normalize("NFKC", raw).strip().lower()
    if raw == "%":
        return "%"
    # Drop marks people add to headers: "Title *", "Status ▼", "Key 🔒".
    return _PUNCT.sub("", raw.translate(_MARKS))


def normalise_header(text: object) -> str:
    """'Start date*' / ' 시작 일자 ' / 'START_DATE' compare equal to their alias."""
    return _normalise(str(text if text is not None else ""))


@dataclass(frozen=True)
class HeaderMatch:
    """Which column of the sheet holds which field; ``unmatched`` are headers no field claimed."""

    spec: SheetSpec
    columns: dict[str, int]  # field -> 0-based column index
    unmatched: tuple[tuple[int, str], ...] = ()
    header_row: int = 0  # 0-based index of the header row in the sheet
    headers: tuple[str, ...] = field(default_factory=tuple)

    @property
    def score(self) -> int:
        return len(self.columns)

    def missing_required(self) -> list[Column]:
        return [c for c in self.spec.columns if c.required and c.field not in self.columns]


def _alias_table(spec: SheetSpec) -> dict[str, str]:
    table: dict[str, str] = {}
    # Headers first, so that an exact header beats another column's alias.
    for c in spec.columns:
        table.setdefault(normalise_header(c.header), c.field)
    for c in spec.columns:
        for name in c.names:
            table.setdefault(normalise_header(name), c.field)
    return table


_ALIASES: dict[str, dict[str, str]] = {s.name: _alias_table(s) for s in IMPORTABLE}


def alias_names(spec: SheetSpec) -> frozenset[str]:
    """Every header a column of the sheet is known by, normalised: a row of only these is a header row."""
    return frozenset(_ALIASES[spec.name])


def match_headers(spec: SheetSpec, headers: list[object], header_row: int = 0) -> HeaderMatch:
    table = _ALIASES[spec.name]
    columns: dict[str, int] = {}
    unmatched: list[tuple[int, str]] = []
    for i, h in enumerate(headers):
        norm = normalise_header(h)
        if not norm:
            continue
        fld = table.get(norm)
        if fld is not None and fld not in columns:
            columns[fld] = i
        else:
            unmatched.append((i, str(h)))
    return HeaderMatch(spec, columns, tuple(unmatched), header_row, tuple("" if h is None else str(h) for h in headers))


def spec_for_sheet_name(name: str) -> SheetSpec | None:
    norm = normalise_header(name)
    for spec in IMPORTABLE:
        if norm in {normalise_header(a) for a in (spec.name, *spec.aliases)}:
            return spec
    return None


def column_letter(index: int) -> str:
    """0-based column index to A, B, ..., Z, AA..."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
