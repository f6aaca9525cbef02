"""The declarative base with a constraint naming convention, and portable column types."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from sqlalchemy import DateTime, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

from app.domain.dates import PartialDate

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PartialDateType(TypeDecorator[PartialDate]):
    """Stores a PartialDate as its canonical text ('2015', '2015-03', '2015-03-01', 'mid-2000s').

    Year, month and day forms sort correctly as text, which lets the database order and compare them.
    """

    impl = String(16)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, PartialDate):
            return value.iso()
        if isinstance(value, dt.date):
            return PartialDate.of_date(value).iso()
        return PartialDate.parse(str(value)).iso()

    def process_result_value(self, value: Any, dialect: Dialect) -> PartialDate | None:
        if value is None:
            return None
        return _stored_date(value)


@lru_cache(maxsize=8192)
def _stored_date(text: str) -> PartialDate:
    # Every page of programs reads two dates per row, and stored dates repeat a lot (a few thousand
    # days at most); PartialDate is frozen, so one parsed value can serve every row that has it.
    return PartialDate.parse(text)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        result: dt.datetime = value.astimezone(dt.UTC)
        return result

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)  # type: ignore[no-any-return]
        return value.astimezone(dt.UTC)  # type: ignore[no-any-return]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
