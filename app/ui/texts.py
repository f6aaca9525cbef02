"""Translated display names for the domain's fixed vocabularies (statuses, sectors)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from app.domain.dates import PartialDate
from app.domain.enums import Sector, Status
from app.ui import style


def status_label(status: Status | None) -> str:
    if status is None:
        return QCoreApplication.translate("Status", "No status")
    names = {
        Status.PLANNED: QCoreApplication.translate("Status", "Planned"),
        Status.ACTIVE: QCoreApplication.translate("Status", "Active"),
        Status.ON_HOLD: QCoreApplication.translate("Status", "On hold"),
        Status.COMPLETED: QCoreApplication.translate("Status", "Completed"),
        Status.CANCELLED: QCoreApplication.translate("Status", "Cancelled"),
    }
    return names[status]


def sector_label(sector: Sector | None) -> str:
    if sector is None:
        return QCoreApplication.translate("Sector", "Not set")
    names = {
        Sector.PUBLIC: QCoreApplication.translate("Sector", "Public"),
        Sector.PRIVATE: QCoreApplication.translate("Sector", "Private"),
        Sector.CIVIL_SOCIETY: QCoreApplication.translate("Sector", "Service / civil society"),
    }
    return names[sector]


_ICONS: dict[Status | None, QIcon] = {}


def status_icon(status: Status | None) -> QIcon:
    """A filled dot in the status colour (one icon per status, made once)."""
    icon = _ICONS.get(status)
    if icon is None:
        pix = QPixmap(12, 12)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.status_colour(status))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = QIcon(pix)
        _ICONS[status] = icon
    return icon


def date_text(value: PartialDate | None) -> str:
    return str(value) if value is not None else ""


def percent_text(value: float | None) -> str:
    return f"{value:g}%" if value is not None else ""


def number_text(value: float | None, unit: str | None = None) -> str:
    """1,250 or 0.45 (at most two decimals, no trailing zeros), followed by the unit if there is one."""
    if value is None:
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}" if unit else text
