"""Fixed vocabularies: statuses (with their colours), kinds, sectors, directions."""

from __future__ import annotations

import re
from enum import StrEnum

from app.domain.messages import Message, message


class Status(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def colour(self) -> str:
        return STATUS_COLOURS[self]

    @classmethod
    def parse(cls, text: str) -> Status:
        """Read a status from its value, its label, or a Korean or Chinese word as offices write it.

        Spaces do not count ("정상 추진" is "정상추진"); a delayed program (지연, 滞后) is active."""
        status = _BY_NAME.get(status_key(text))
        if status is not None:
            return status
        # A word with a remark in brackets after it: 완료(2024.3월), 준공 (2024.3.15.), 进行中（已招标）.
        # Or with a date after it: 완료 2024.3.15, 준공 3월.
        for pattern in (_BEFORE_BRACKET, _BEFORE_DATE):
            word = pattern.match(str(text))
            if word is not None and (status := _BY_NAME.get(status_key(word.group(1)))) is not None:
                return status
        from app.domain.errors import ValidationError

        # The accepted words are listed in the reader's language; an English reader of an office's sheet
        # written in Korean or Chinese is shown the words such offices write too.
        if any("\uac00" <= ch <= "\ud7a3" for ch in str(text)):
            raise ValidationError(message("status.unknown_local", text=text, allowed=message("status.accepted_korean")))
        if any(ord(ch) >= 0x1100 for ch in str(text)):
            raise ValidationError(
                message("status.unknown_local", text=text, allowed=message("status.accepted_chinese"))
            )
        raise ValidationError(message("status.unknown", text=text, allowed=message("status.accepted")))


def status_key(text: str) -> str:
    """A status word compared without case, spaces, '_' or '-': '정상 추진' and 'In-progress' read alike."""
    return "".join(str(text).lower().replace("_", " ").replace("-", " ").split())


SENTENCE_LENGTH = 8  # characters: a status cell this long that no status word reads is a sentence


def status_sentence(text: str) -> bool:
    """Whether a status cell holds a sentence rather than a status (已完成施工图设计，正在开展招标工作, 정상 추진
    중입니다, Waiting for the council): long text that no status word reads, of several words where words are
    spaced (Sleeping is a mistyped word). An office's sheet keeps it in the program's note."""
    text = str(text).strip()
    if len(text) < SENTENCE_LENGTH or (text.isascii() and " " not in text):
        return False
    from app.domain.errors import ValidationError

    try:
        Status.parse(text)
    except ValidationError:
        return True
    return False


def delay_word(text: str) -> str | None:
    """The word, when a status cell says more than the status it reads as: the program is behind (지연, 滞后,
    delayed: it stays active) or stopped (중단: on hold, which may be for good). The word is kept in its note."""
    return str(text).strip() if status_key(text) in _NOTED else None


def status_message(status: Status) -> Message:
    """The status's name as a message, so that each language names it from its own table."""
    return {
        Status.PLANNED: message("status.planned"),
        Status.ACTIVE: message("status.active"),
        Status.ON_HOLD: message("status.on_hold"),
        Status.COMPLETED: message("status.completed"),
        Status.CANCELLED: message("status.cancelled"),
    }[status]


def sector_message(sector: Sector) -> Message:
    """The sector's name as a message (공공, 公共 ...): the names the workbook writes and reads back."""
    return {
        Sector.PUBLIC: message("workbook.sector.public"),
        Sector.PRIVATE: message("workbook.sector.private"),
        Sector.CIVIL_SOCIETY: message("workbook.sector.civil_society"),
    }[sector]


def value_kind_message(kind: ValueKind) -> Message:
    """An indicator value's kind as a message (실적, 目标 ...): the names the workbook writes and reads back."""
    return {
        ValueKind.ACTUAL: message("workbook.kind.actual"),
        ValueKind.TARGET: message("workbook.kind.target"),
        ValueKind.PLAN: message("workbook.kind.plan"),
    }[kind]


def direction_message(direction: Direction) -> Message:
    """Which way an indicator should go, as a message (높을수록 좋음, 越低越好 ...): the indicator dialog's choices
    and History's words for a recorded direction."""
    return {
        Direction.HIGHER: message("direction.higher"),
        Direction.LOWER: message("direction.lower"),
    }[direction]


def value_key_message(indicator_key: str, period: str, kind: ValueKind) -> Message:
    """An indicator value named as a reader reads it: its indicator's key, its period and its kind in the
    reader's words (BUDGET 2024-06-30 계획), in the import preview's change list and in History."""
    return message("import.value_key", key=indicator_key, period=period, kind=value_kind_message(kind))


def record_message(kind: str) -> Message | str:
    """A kind of record (program, task, progress, indicator, indicator value) named in the reader's language,
    as the import preview and the trash name them; an unknown kind as it is."""
    names = {
        "program": message("record.program"),
        "task": message("record.task"),
        "progress": message("record.progress"),
        "indicator": message("record.indicator"),
        "indicator value": message("record.indicator_value"),
    }
    return names.get(kind.replace("_", " "), kind)


def record_label(kind: str) -> Message | str:
    """A kind of record as a label heads it ("Program", "Progress entry"): History's and the trash's lists."""
    labels = {
        "program": message("history.record.program"),
        "task": message("history.record.task"),
        "progress": message("history.record.progress"),
        "indicator": message("history.record.indicator"),
        "indicator value": message("history.record.indicator_value"),
    }
    return labels.get(kind.replace("_", " "), kind)


# The English names (the workbook's status lists, and what a status is read back from).
STATUS_LABELS: dict[Status, str] = {status: status_message(status).render() for status in Status}

# One place for the colours every view and the workbook use.
STATUS_COLOURS: dict[Status, str] = {
    Status.PLANNED: "#5B8DEF",
    Status.ACTIVE: "#2E9D5B",
    Status.ON_HOLD: "#E0A100",
    Status.COMPLETED: "#7A7A7A",
    Status.CANCELLED: "#C8453B",
}

# Behind schedule: still going, so active; the word is kept in the program's note (delay_word).
_DELAYED = frozenset({"지연", "추진지연", "사업지연", "부진", "滞后", "进度滞后", "延期", "delayed", "behindschedule"})

STATUS_NAMES: dict[Status, frozenset[str]] = {
    Status.PLANNED: frozenset(
        {"planned", "plan", "not started", "계획", "예정", "계획중", "미착수", "착수전", "준비중", "추진예정"}
        | {"计划", "计划中", "规划", "未启动", "未开始", "筹备中", "未开工", "拟实施"}
    ),
    Status.ACTIVE: frozenset(
        {"active", "in progress", "ongoing", "on track", "진행", "진행중", "진행 중", "추진중", "정상추진"}
        | {"추진", "시행중", "운영중", "착수", "정상"}
        | {"정상추진중", "진행중임"}
        | {"进行中", "进行", "实施中", "正常推进", "推进中", "按计划推进", "正常", "已启动", "正在推进", "正在实施"}
        | {"已开工", "在建"}
        | _DELAYED
    ),
    Status.ON_HOLD: frozenset(
        {"on hold", "onhold", "paused", "suspended", "보류", "중단", "일시중단", "暂停", "搁置", "暂缓"}
    ),
    Status.COMPLETED: frozenset(
        {"completed", "complete", "done", "finished", "완료", "종료", "준공", "사업완료", "추진완료"}
        | {"已完成", "完成", "已结束", "已竣工", "竣工", "已完工", "完工"}
    ),
    Status.CANCELLED: frozenset({"cancelled", "canceled", "취소", "사업취소", "已取消", "取消"}),
}

# Words kept in the program's note besides the status they read as (delay_word).
_NOTED = _DELAYED | {"중단", "일시중단"}

_BEFORE_BRACKET = re.compile(r"^\s*([^(（\[【]+?)\s*[(（\[【]")
_BEFORE_DATE = re.compile(r"^\s*(\S+?)\s+\d[\d\s./~년월일年月日-]*$")

# Every name, compared as status_key compares it.
_BY_NAME: dict[str, Status] = {status_key(n): s for s, names in STATUS_NAMES.items() for n in names}


class PlaceLevel(StrEnum):
    COUNTRY = "country"
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    NEIGHBOURHOOD = "neighbourhood"


class OrganizationKind(StrEnum):
    GOVERNMENT_OFFICE = "government_office"
    COMMITTEE = "committee"
    SUPPORT_CENTER = "support_center"
    NGO = "ngo"
    SOCIAL_ENTERPRISE = "social_enterprise"
    COMPANY = "company"
    RESEARCH_INSTITUTE = "research_institute"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize().replace("Ngo", "NGO")


class Sector(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"
    CIVIL_SOCIETY = "civil_society"

    @property
    def label(self) -> str:
        return {"public": "Public", "private": "Private", "civil_society": "Service / civil society"}[self.value]


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class ValueKind(StrEnum):
    ACTUAL = "actual"
    TARGET = "target"
    PLAN = "plan"


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"  # moved to the trash
    RESTORE = "restore"  # brought back from the trash
    PURGE = "purge"  # deleted for good (emptying the trash, removing an indicator value)
