"""Fixed vocabularies: statuses (with their colours), kinds, sectors, directions."""

from __future__ import annotations

from enum import StrEnum


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
        from app.domain.messages import message

        allowed = ", ".join(s.label.lower() for s in cls)
        raise ValidationError(message("status.unknown", text=text, allowed=allowed))


STATUS_LABELS: dict[Status, str] = {
    Status.PLANNED: "Planned",
    Status.ACTIVE: "Active",
    Status.ON_HOLD: "On hold",
    Status.COMPLETED: "Completed",
    Status.CANCELLED: "Cancelled",
}

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
