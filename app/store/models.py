"""ORM models: places, organizations, programs, tasks, progress (and its attachments), indicators, sources, history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from app.domain import rules
from app.domain.dates import PartialDate
from app.store.base import Base, PartialDateType, UTCDateTime, utcnow


class TimestampMixin:
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class TrashMixin:
    """Rows are moved to the trash, not deleted; ``deleted_batch`` groups what one delete took."""

    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    deleted_batch: Mapped[str | None] = mapped_column(String(36), default=None)


class Place(Base):
    __tablename__ = "places"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="RESTRICT"), index=True)

    parent: Mapped[Place | None] = relationship(remote_side=[id])


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_local: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(30))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"), index=True)

    place: Mapped[Place | None] = relationship()


class Person(TimestampMixin, Base):
    """Someone of the office: owns tasks, writes progress. ``name`` as the person writes it (김민지)."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_local: Mapped[str | None] = mapped_column(String(200))
    # The department: an organization of the office.
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id", ondelete="SET NULL"), index=True)
    contact: Mapped[str | None] = mapped_column(String(300))
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    organization: Mapped[Organization | None] = relationship()


class Program(TimestampMixin, TrashMixin, Base):
    __tablename__ = "programs"
    __table_args__ = (
        CheckConstraint("percent_complete >= 0 AND percent_complete <= 100", name="percent_range"),
        # The programs table's page query (kind, title order, search) runs inside this index: 0002.
        Index("ix_programs_listing", "is_case", "title_sort", "deleted_at", "search_text"),
        # A staff list without keys matches programs by title, a piece of the sheet at a time: 0003.
        Index("ix_programs_title", "title"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    local_title: Mapped[str | None] = mapped_column(String(500))
    summary: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"), index=True)
    lead_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    sector: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(20))
    start_date: Mapped[PartialDate | None] = mapped_column(PartialDateType())
    end_date: Mapped[PartialDate | None] = mapped_column(PartialDateType())
    is_case: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id", ondelete="SET NULL"))
    # Kept up to date by the services so that a table of 100,000 programs needs no aggregate queries.
    percent_complete: Mapped[float | None] = mapped_column(Float)
    last_progress_on: Mapped[PartialDate | None] = mapped_column(PartialDateType(), index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    # lower(title), set whenever the title is: titles sort without regard to case through an index
    # on every backend (an index on the expression lower(title) cannot be reflected on SQLite).
    title_sort: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    @validates("title")
    def _keep_title_sort(self, _key: str, value: str) -> str:
        self.title_sort = rules.title_sort(value or "")
        return value

    place: Mapped[Place | None] = relationship()
    lead_organization: Mapped[Organization | None] = relationship()
    based_on: Mapped[Program | None] = relationship(remote_side=[id])
    themes: Mapped[list[ProgramTheme]] = relationship(
        back_populates="program", cascade="all, delete-orphan", order_by="ProgramTheme.theme"
    )
    partners: Mapped[list[ProgramPartner]] = relationship(back_populates="program", cascade="all, delete-orphan")


class ProgramTheme(Base):
    __tablename__ = "program_themes"

    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True)
    theme: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)

    program: Mapped[Program] = relationship(back_populates="themes")


class ProgramPartner(Base):
    __tablename__ = "program_partners"

    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str | None] = mapped_column(String(300))

    program: Mapped[Program] = relationship(back_populates="partners")
    organization: Mapped[Organization] = relationship()


class Task(TimestampMixin, TrashMixin, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint("percent_complete >= 0 AND percent_complete <= 100", name="percent_range"),
        CheckConstraint("weight >= 0", name="weight_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(200))
    # The person the owner text names (store/people.link_owners keeps it in step with the text).
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    start_date: Mapped[PartialDate | None] = mapped_column(PartialDateType())
    due_date: Mapped[PartialDate | None] = mapped_column(PartialDateType(), index=True)
    status: Mapped[str | None] = mapped_column(String(20))
    percent_complete: Mapped[float | None] = mapped_column(Float)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ProgressEntry(TrashMixin, Base):
    __tablename__ = "progress_entries"
    __table_args__ = (
        CheckConstraint("percent_complete >= 0 AND percent_complete <= 100", name="percent_range"),
        Index("ix_progress_entries_program_date", "program_id", "entry_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"), index=True)
    entry_date: Mapped[PartialDate] = mapped_column(PartialDateType(), index=True)
    title: Mapped[str] = mapped_column(String(500))
    note: Mapped[str | None] = mapped_column(Text)
    percent_complete: Mapped[float | None] = mapped_column(Float)
    author: Mapped[str | None] = mapped_column(String(200))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    program: Mapped[Program] = relationship()


class Attachment(Base):
    """A file kept with a progress entry (minutes, a photo, a signed document), in the database itself so that
    backups, history and a shared server carry it.

    No trash marks of its own: it follows its entry into the trash and out (store/trash.py), and goes for good
    when the trash is emptied (services/trash.py). ``content`` is deferred: lists never load the bytes."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    progress_entry_id: Mapped[int] = mapped_column(ForeignKey("progress_entries.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(150))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Indicator(TimestampMixin, TrashMixin, Base):
    __tablename__ = "indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str | None] = mapped_column(String(100))
    direction: Mapped[str] = mapped_column(String(10), default="higher")
    description: Mapped[str | None] = mapped_column(Text)
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_period: Mapped[PartialDate | None] = mapped_column(PartialDateType())
    target_value: Mapped[float | None] = mapped_column(Float)
    target_date: Mapped[PartialDate | None] = mapped_column(PartialDateType())
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="IndicatorValue.period"
    )


class IndicatorValue(TimestampMixin, Base):
    __tablename__ = "indicator_values"
    __table_args__ = (UniqueConstraint("indicator_id", "period", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)
    period: Mapped[PartialDate] = mapped_column(PartialDateType())
    value: Mapped[float] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(10), default="actual")
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    indicator: Mapped[Indicator] = relationship(back_populates="values")


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    author: Mapped[str | None] = mapped_column(String(300))
    year: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(1000))
    publication: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(1000))
    accessed_on: Mapped[dt.date | None] = mapped_column(Date)
    excerpt: Mapped[str | None] = mapped_column(Text)


class Citation(Base):
    """Links one fact (a program field, a task, an indicator value...) to the passage that states it."""

    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)
    indicator_value_id: Mapped[int | None] = mapped_column(
        ForeignKey("indicator_values.id", ondelete="CASCADE"), index=True
    )
    progress_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("progress_entries.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    field: Mapped[str | None] = mapped_column(String(50))
    excerpt: Mapped[str | None] = mapped_column(Text)

    source: Mapped[Source] = relationship()


class ImportBatch(Base):
    """One workbook import, so that its changes can be listed and undone."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str | None] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(1000))
    backup_path: Mapped[str | None] = mapped_column(String(1000))
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class ChangeRecord(Base):
    """One field's change: who, when, old and new value, and which import did it."""

    __tablename__ = "change_records"
    __table_args__ = (
        Index("ix_change_records_entity", "entity_type", "entity_id"),
        Index("ix_change_records_program_at", "program_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor: Mapped[str | None] = mapped_column(String(200), index=True)
    action: Mapped[str] = mapped_column(String(10))
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    entity_key: Mapped[str | None] = mapped_column(String(100))
    # No foreign key: history outlives what it describes.
    program_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )


class SavedMapping(TimestampMixin, Base):
    """A column mapping for foreign workbooks, saved under a name for reuse."""

    __tablename__ = "saved_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    mapping_json: Mapped[str] = mapped_column(Text)


class WriteLock(Base):
    """Never holds a row: every save on a PostgreSQL server locks this table (app/store/locks.py).

    A table lock rather than an advisory lock because the server checks privileges for it: only a role
    that may change data can take the lock, so a read-only role cannot hold up anybody's save.
    """

    __tablename__ = "write_lock"

    id: Mapped[int] = mapped_column(primary_key=True)
