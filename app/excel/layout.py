"""The meeting workbook's layout: sheets, columns, keys and header aliases, shared by writer and reader."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.messages import LANGUAGES, Message, message, render
from app.domain.names import compared


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


def in_every_language(label: Message) -> tuple[str, ...]:
    """What ``label`` reads in each language the app speaks, English first: how a workbook exported in any of
    them names a sheet or a column."""
    return tuple(dict.fromkeys(render(label, language) for language in LANGUAGES))


@dataclass(frozen=True)
class Column:
    field: str
    label: Message  # the header, in the export's language (header_in)
    kind: Kind = Kind.TEXT
    editable: bool = True
    width: float = 14
    aliases: tuple[str, ...] = ()
    required: bool = False  # a new row cannot be created without it
    note: Message | None = None  # what the "How to edit" sheet says about it
    # A column the app works out (or keeps) itself, which an import does not read back: how the user changes its
    # value instead. A cell of it typed over is not imported, and the import's notices say so with this.
    instead: Message | None = None

    @property
    def header(self) -> str:
        """The English header: how the app names the column in messages and mappings."""
        return self.label.render()

    def header_in(self, language: str) -> str:
        return render(self.label, language)

    @property
    def names(self) -> tuple[str, ...]:
        """Every header the column is known by: its header in each language, its field name and its aliases."""
        return (*in_every_language(self.label), self.field, *self.aliases)


@dataclass(frozen=True)
class SheetSpec:
    label: Message  # the sheet's name, in the export's language (title_in)
    columns: tuple[Column, ...]
    keys: tuple[str, ...]  # fields that identify a stored row
    importable: bool = True
    aliases: tuple[str, ...] = ()
    explanation: str = ""
    name: str = field(init=False)  # the English name: how the app refers to the sheet
    _by_field: dict[str, tuple[int, Column]] = field(init=False, repr=False, compare=False)
    _fields: tuple[str, ...] = field(init=False, repr=False, compare=False)
    worked_out: tuple[Column, ...] = field(init=False, repr=False, compare=False)  # the columns with `instead`

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.label.render())
        object.__setattr__(self, "worked_out", tuple(c for c in self.columns if c.instead is not None))
        # Looked up for every row an import reads: worked out once.
        object.__setattr__(self, "_by_field", {c.field: (i, c) for i, c in enumerate(self.columns)})
        object.__setattr__(self, "_fields", tuple(c.field for c in self.columns))

    def title_in(self, language: str) -> str:
        return render(self.label, language)

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
    "计划开工时间",
    "开工时间",
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
    "计划完成时间",
    "计划完成日期",
    "完成期限",
    "완료예정",
    "준공예정",
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
    "진척도",
    "진행률",
    "추진율",
    "추진률",
    "공정률",
    "달성률",
    "完成率",
    "完成进度",
    "进度",
    "完成度",
    "完成比例",
)
_NOTE = ("note", "notes", "comment", "비고", "메모", "备注", "说明")


def _program_key_column(note: Message | None = None) -> Column:
    """The Program key column that ties a row of Tasks, Progress or Indicators to its program."""
    return Column(
        "program_key",
        message("workbook.header.program_key"),
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
EXPORTED_AT = message("workbook.header.exported")
EXPORTED_AT_LABEL = EXPORTED_AT.render()  # "Exported (UTC)"

# The last column of every sheet the import reads back. Text, not a date cell: it comes back exactly,
# to the microsecond, from Excel, LibreOffice and CSV alike.
STAMP = Column(
    "exported",
    EXPORTED_AT,
    Kind.STAMP,
    editable=False,
    width=27,
    aliases=("export stamp", "exported at", "내보낸 시각", "내보낸 시각 (UTC)", "导出时间", "导出时间 (UTC)"),
    note=message("workbook.note.stamp"),
)

PROGRAMS = SheetSpec(
    label=message("workbook.sheet.programs"),
    aliases=("programs", "program", "사업", "사업목록", "项目", "项目列表"),
    keys=("key",),
    explanation="One row per program. Leave Key empty on a new row (or type a new key) to create a program.",
    columns=(
        Column(
            "key",
            message("workbook.header.key"),
            Kind.KEY,
            editable=False,
            width=22,
            aliases=("program key", "id", "코드", "사업코드", "编号", "项目编号"),
            note=message("workbook.note.program_key"),
        ),
        Column("title", message("workbook.header.program_title"), width=40, aliases=_TITLE, required=True),
        Column(
            "local_title",
            message("workbook.header.local_title"),
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
            message("workbook.header.place"),
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
                "所属区",
                "所属街道",
                "街道",
                "소재지",
                "읍면동",
            ),
            note=message("workbook.note.place"),
        ),
        Column(
            "lead_organization",
            message("workbook.header.lead_organization"),
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
            note=message("workbook.note.organization"),
        ),
        Column("status", message("workbook.header.status"), Kind.STATUS, width=12, aliases=_STATUS),
        Column("start_date", message("workbook.header.start"), Kind.DATE, width=11, aliases=_START),
        Column("end_date", message("workbook.header.end"), Kind.DATE, width=11, aliases=_END),
        Column(
            "percent_complete",
            message("workbook.header.percent"),
            Kind.PERCENT,
            editable=False,
            width=10,
            aliases=_PERCENT,
            note=message("workbook.note.rolled_up"),
            instead=message("workbook.instead.percent"),
        ),
        Column("sector", message("workbook.header.sector"), Kind.SECTOR, width=14, aliases=("부문", "部门", "领域")),
        Column(
            "themes",
            message("workbook.header.themes"),
            Kind.THEMES,
            width=22,
            aliases=("theme", "tags", "주제", "분야", "主题", "标签"),
            note=message("workbook.note.themes"),
        ),
        Column(
            "summary",
            message("workbook.header.summary"),
            width=50,
            aliases=("overview", "요약", "개요", "사업개요", "摘要", "概要", "简介"),
        ),
        Column(
            "description",
            message("workbook.header.description"),
            width=50,
            aliases=("details", "설명", "내용", "사업내용", "描述", "内容", "note", "notes", "remarks", "비고", "备注"),
        ),
        Column(
            "last_progress",
            message("workbook.header.last_progress"),
            Kind.DATE,
            editable=False,
            width=11,
            note=message("workbook.note.last_progress"),
            instead=message("workbook.instead.last_progress"),
        ),
        Column(
            "is_case",
            message("workbook.header.case_library"),
            Kind.BOOL,
            editable=False,
            width=12,
            instead=message("workbook.instead.case_library"),
        ),
        STAMP,
    ),
)

TASKS = SheetSpec(
    label=message("workbook.sheet.tasks"),
    aliases=("tasks", "task", "과업", "세부과제", "업무", "任务"),
    keys=("key",),
    explanation="One row per task; unit tasks are indented under their action plan (see Parent key).",
    columns=(
        _program_key_column(message("workbook.note.task_program")),
        Column(
            "key",
            message("workbook.header.task_key"),
            Kind.KEY,
            editable=False,
            width=24,
            aliases=("key", "task id", "과업코드", "任务编号"),
            note=message("workbook.note.task_key"),
        ),
        Column(
            "title",
            message("workbook.header.task_title"),
            width=44,
            aliases=("task", "과업명", "업무명", "任务名称", *_TITLE),
            required=True,
        ),
        Column("owner", message("workbook.header.owner"), width=16, aliases=("responsible", "담당자", "负责人")),
        Column("status", message("workbook.header.status"), Kind.STATUS, width=12, aliases=_STATUS),
        Column("start_date", message("workbook.header.start"), Kind.DATE, width=11, aliases=_START),
        Column(
            "due_date",
            message("workbook.header.due"),
            Kind.DATE,
            width=11,
            aliases=("due date", "deadline", "마감", "마감일", "기한", "截止", "到期日"),
        ),
        Column("percent_complete", message("workbook.header.percent"), Kind.PERCENT, width=16, aliases=_PERCENT),
        Column(
            "parent_key",
            message("workbook.header.parent_key"),
            Kind.KEY,
            editable=False,
            width=24,
            aliases=("parent", "상위과업", "上级任务"),
            note=message("workbook.note.parent_key"),
        ),
        Column("weight", message("workbook.header.weight"), Kind.NUMBER, width=8, aliases=("가중치", "权重")),
        Column("description", message("workbook.header.description"), width=40, aliases=("설명", "내용", "描述")),
        STAMP,
    ),
)

PROGRESS = SheetSpec(
    label=message("workbook.sheet.progress"),
    aliases=("progress", "progress log", "진행", "진행상황", "实施进展", "进展"),
    keys=("id",),
    explanation="The progress log. Leave Entry ID empty on a new row to add an entry.",
    columns=(
        Column(
            "id",
            message("workbook.header.entry_id"),
            Kind.ID,
            editable=False,
            width=9,
            aliases=("entry", "id", "번호", "编号"),
            note=message("workbook.note.entry_id"),
        ),
        _program_key_column(message("workbook.note.fill_in_new")),
        Column(
            "task_key",
            message("workbook.header.task_key"),
            Kind.KEY,
            editable=False,
            width=24,
            aliases=("task", "과업코드", "任务编号"),
            note=message("workbook.note.task_optional"),
        ),
        Column(
            "entry_date",
            message("workbook.header.date"),
            Kind.DATE,
            width=11,
            aliases=("date", "when", "날짜", "일자", "日期"),
            required=True,
        ),
        Column(
            "title",
            message("workbook.header.progress_title"),
            width=40,
            aliases=("what happened", "내용", "제목", "标题", "事项"),
            required=True,
        ),
        Column("note", message("workbook.header.note"), width=50, aliases=_NOTE),
        Column("percent_complete", message("workbook.header.percent"), Kind.PERCENT, width=16, aliases=_PERCENT),
        Column("author", message("workbook.header.author"), width=16, aliases=("by", "작성자", "记录人")),
        STAMP,
    ),
)

INDICATORS = SheetSpec(
    label=message("workbook.sheet.indicators"),
    aliases=("indicators", "indicator values", "지표", "성과지표", "指标"),
    keys=("indicator_key", "period", "kind"),
    explanation="One row per indicator value. A row with a new period (or kind) adds a value.",
    columns=(
        _program_key_column(),
        Column(
            "indicator_key",
            message("workbook.header.indicator_key"),
            Kind.KEY,
            editable=False,
            width=28,
            aliases=("indicator id", "지표코드", "指标编号"),
            note=message("workbook.note.indicator_key"),
        ),
        Column(
            "name",
            message("workbook.header.indicator"),
            width=32,
            aliases=("indicator", "indicator name", "지표명", "指标名称"),
            required=True,
            note=message("workbook.note.indicator"),
        ),
        Column("unit", message("workbook.header.unit"), width=10, aliases=("단위", "单位")),
        Column(
            "period",
            message("workbook.header.period"),
            Kind.DATE,
            width=10,
            aliases=("year", "date", "기간", "연도", "期间", "年份"),
            note=message("workbook.note.period"),
        ),
        Column("value", message("workbook.header.value"), Kind.NUMBER, width=12, aliases=("값", "실적", "数值", "值")),
        Column(
            "kind",
            message("workbook.header.kind"),
            Kind.VALUE_KIND,
            width=9,
            aliases=("type", "구분", "类型"),
        ),
        Column("note", message("workbook.header.note"), width=30, aliases=_NOTE),
        Column(
            "sources",
            message("workbook.header.source"),
            editable=False,
            width=24,
            aliases=("source", "출처", "来源"),
            note=message("workbook.note.sources"),
            instead=message("workbook.instead.sources"),
        ),
        STAMP,
    ),
)

SOURCES = SheetSpec(
    label=message("workbook.sheet.sources"),
    importable=False,
    keys=("key",),
    explanation="Where the facts come from. For reference only; not read back.",
    columns=(
        Column("key", message("workbook.header.key"), Kind.KEY, editable=False, width=18),
        Column("author", message("workbook.header.source_author"), editable=False, width=26),
        Column("year", message("workbook.header.year"), Kind.NUMBER, editable=False, width=7),
        Column("title", message("workbook.header.source_title"), editable=False, width=50),
        Column("publication", message("workbook.header.publication"), editable=False, width=30),
        Column("url", message("workbook.header.url"), editable=False, width=40),
        Column("accessed_on", message("workbook.header.accessed"), Kind.DATE, editable=False, width=11),
    ),
)

HISTORY = SheetSpec(
    label=message("workbook.sheet.history"),
    importable=False,
    keys=(),
    explanation="Every recorded field change of the exported programs, newest first. Not read back.",
    columns=(
        Column("at", message("workbook.header.when"), Kind.DATETIME, editable=False, width=18),
        Column("actor", message("workbook.header.who"), editable=False, width=14),
        Column("action", message("workbook.header.action"), editable=False, width=8),
        Column("entity_type", message("workbook.header.what"), editable=False, width=10),
        Column("entity_key", message("workbook.header.key"), editable=False, width=24),
        Column("field", message("workbook.header.field"), editable=False, width=16),
        Column("old_value", message("workbook.header.old_value"), editable=False, width=30),
        Column("new_value", message("workbook.header.new_value"), editable=False, width=30),
        Column("import_batch_id", message("workbook.header.import"), Kind.NUMBER, editable=False, width=7),
    ),
)

# An office's budget columns (예산(백만원), 집행액, 집행률): no column of ours, read from a Programs sheet into the
# program's budget indicator (services/importing/budget.py). A bracketed unit after the word names the currency.
BUDGET_COLUMNS: tuple[Column, ...] = (
    Column(
        "budget",
        message("workbook.header.budget"),
        Kind.NUMBER,
        aliases=(
            "budget",
            "planned budget",
            "예산",
            "예산액",
            "사업비",
            "총사업비",
            "사업예산",
            "预算",
            "预算金额",
            "项目预算",
            "总投资",
            "计划投资",
            "总投资额",
            "年度计划投资",
        ),
    ),
    Column(
        "spent",
        message("workbook.header.spent"),
        Kind.NUMBER,
        aliases=(
            "spent",
            "expenditure",
            "집행액",
            "집행금액",
            "집행실적",
            "执行金额",
            "执行额",
            "已执行金额",
            "支出",
            "已完成投资",
            "完成投资",
            "累计完成投资",
        ),
    ),
    Column(
        "execution_rate",
        message("workbook.header.execution_rate"),
        Kind.PERCENT,
        aliases=("execution rate", "집행률", "예산집행률", "执行率", "预算执行率"),
    ),
)


IMPORTABLE: tuple[SheetSpec, ...] = (PROGRAMS, TASKS, PROGRESS, INDICATORS)
ALL_DATA_SHEETS: tuple[SheetSpec, ...] = (*IMPORTABLE, SOURCES)
SPECS_BY_NAME: dict[str, SheetSpec] = {s.name: s for s in (*ALL_DATA_SHEETS, HISTORY)}

# The sheets that are no data sheets, by their name in each language (the English one is the constant).
SUMMARY = message("workbook.sheet.summary")
CHARTS = message("workbook.sheet.charts")
HOW_TO = message("workbook.sheet.how_to")
SUMMARY_SHEET = SUMMARY.render()


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


CHARTS_SHEET = CHARTS.render()
HOW_TO_SHEET = HOW_TO.render()
ERRORS = message("workbook.sheet.errors")  # the sheet a copy with the import's errors marked starts with
ERRORS_SHEET = ERRORS.render()

# The columns a foreign sheet must have to be read as a list of programs.
FOREIGN_REQUIRED: tuple[str, ...] = ("title",)


def normalise_header(text: object) -> str:
    """'Start date*' / ' 시작 일자 ' / 'START_DATE' compare equal to their alias (names.compared)."""
    return compared(str(text if text is not None else ""))


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
    # Headers first, so that an exact header beats another column's alias: the English ones, then those of
    # the other languages (a workbook exported in Korean or Chinese comes back headed in its language).
    for c in spec.columns:
        table.setdefault(normalise_header(c.header), c.field)
    for c in spec.columns:
        for name in in_every_language(c.label):
            table.setdefault(normalise_header(name), c.field)
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
        if norm in {normalise_header(a) for a in (*in_every_language(spec.label), *spec.aliases)}:
            return spec
    return None


def is_named(name: object, label: Message) -> bool:
    """Whether a sheet's name or a cell is ``label`` in any of the app's languages (요약, 摘要 and Summary alike)."""
    norm = normalise_header(name)
    return bool(norm) and norm in {normalise_header(n) for n in in_every_language(label)}


def column_letter(index: int) -> str:
    """0-based column index to A, B, ..., Z, AA..."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
