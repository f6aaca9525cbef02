"""Fixed vocabularies: statuses (with their colours), kinds, sectors, directions."""

from __future__ import annotations

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
        """Read a status from its value, its label, or a Korean or Chinese name."""
        key = " ".join(str(text).strip().lower().replace("_", " ").replace("-", " ").split())
        for status, names in STATUS_NAMES.items():
            if key in names:
                return status
        from app.domain.errors import ValidationError

        allowed = ", ".join(s.label.lower() for s in cls)
        raise ValidationError(message("status.unknown", text=text, allowed=allowed))


def status_message(status: Status) -> Message:
    """The status's name as a message, so that each language names it from its own table."""
    return {
        Status.PLANNED: message("status.planned"),
        Status.ACTIVE: message("status.active"),
        Status.ON_HOLD: message("status.on_hold"),
        Status.COMPLETED: message("status.completed"),
        Status.CANCELLED: message("status.cancelled"),
    }[status]


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

STATUS_NAMES: dict[Status, frozenset[str]] = {
    Status.PLANNED: frozenset({"planned", "plan", "계획", "예정", "계획중", "计划", "计划中", "规划"}),
    Status.ACTIVE: frozenset(
        {"active", "in progress", "ongoing", "진행", "진행중", "진행 중", "추진중", "进行中", "进行", "实施中"}
    ),
    Status.ON_HOLD: frozenset({"on hold", "onhold", "paused", "보류", "중단", "暂停", "搁置"}),
    Status.COMPLETED: frozenset({"completed", "complete", "done", "finished", "완료", "종료", "已完成", "完成"}),
    Status.CANCELLED: frozenset({"cancelled", "canceled", "취소", "已取消", "取消"}),
}


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
