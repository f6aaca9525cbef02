"""How the interface shows what comes from below it: statuses and sectors by name, messages (errors, import
problems) and dates in the interface's language and date style (app/ui/language.py), numbers and percents."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from app.domain import budget
from app.domain.dates import PartialDate, display, display_time
from app.domain.enums import Sector, Status, status_message
from app.domain.errors import CivicError
from app.domain.messages import Message, render
from app.domain.model import Place
from app.domain.names import display_title, first_name, place_path
from app.domain.places import path_order
from app.ui import language, style

_CJK_MNEMONIC = re.compile(r"\s*\(&[^&\s]\)")


def plain_label(text: str) -> str:
    """A menu or field label without its mnemonic, to show or say elsewhere (an undo command, a table, a screen
    reader): "&Title" is "Title", and the Korean and Chinese "제목(&T)" and "标题(&T)" are "제목" and "标题"."""
    return _CJK_MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def status_label(status: Status | None) -> str:
    """The status's name in the interface's language (from the same table as the command line's)."""
    if status is None:
        return QCoreApplication.translate("Status", "No status")
    return render(status_message(status), language.language())


def message_text(value: object) -> str:
    """A message from below the UI in the interface's language: a Message, an error raised with one, an import
    problem (its place and problem), or anything else as ``str`` gives it."""
    if isinstance(value, Message):
        return render(value, language.language())
    if isinstance(value, CivicError) and value.message is not None:
        return render(value.message, language.language())
    placed = getattr(value, "placed", None)
    if callable(placed):
        found = placed()
        if isinstance(found, Message):
            return render(found, language.language())
    return str(value)


def title_text(title: str, local: str | None) -> str:
    """Both names of a program, the one in the interface's language first (app/domain/names.py)."""
    return display_title(title, local, language.language())


def name_text(name: str | None, local: str | None) -> str:
    """The name of a place or organization in the interface's language, where it has one."""
    return first_name(name or "", local, language.language())


def place_text(place: Place | None) -> str:
    """A place's path, each place by its name in the interface's language: 대한민국 > 서울특별시 > 도봉구."""
    if place is None:
        return ""
    return place_path(place.chain, language.language()) if place.chain else place.path


def in_reading_order(places: Iterable[Place]) -> list[Place]:
    """Places in the order of the names the reader sees first (강동구 before 도봉구, 澳门 before 香港), each
    right after the place it is in: as `places list` and the Places editor list them (places.path_order)."""
    lang = language.language()
    return sorted(places, key=lambda p: path_order(p.chain or ((p.name, p.name_local),), lang))


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
    """A date as Preferences say to show it: ISO (2027-03-14) or as the language writes it (2027. 3. 14.)."""
    return display(value, language.language(), language.date_style())


def time_text(moment: dt.datetime, seconds: bool = False) -> str:
    """A moment (a change, a backup, an import) in local time, its day shown as ``date_text`` shows days."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return display_time(local, language.language(), language.date_style(), seconds=seconds)


def percent_text(value: float | None) -> str:
    return f"{value:g}%" if value is not None else ""


def unit_text(unit: str | None) -> str:
    """An indicator's unit in the interface's language: an amount's currency and scale as its words say it
    (KRW million is 백만원, 百万韩元); any other unit as written."""
    return budget.unit_text(unit, language.language())


def number_text(value: float | None, unit: str | None = None) -> str:
    """1,250 or 0.45 (at most two decimals, no trailing zeros), followed by the unit if there is one."""
    if value is None:
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit_text(unit)}" if unit else text
