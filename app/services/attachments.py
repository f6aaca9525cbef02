"""Files kept with progress entries (minutes, photos, signed documents): add, list, read back, remove.

The bytes live in the database (``attachments``), so backups and a shared server carry them. The size limit
and the file name rule are ``rules.check_attachment``; an attachment follows its entry into the trash and out
(``store/trash.live_attachments``); History records each add and remove by name (``store/history.py``).
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from app.domain import model as d
from app.domain import rules
from app.domain.errors import NotFoundError, ValidationError
from app.domain.messages import message
from app.services import convert
from app.store import models as m
from app.store import trash
from app.store.database import Database
from app.store.derived import chunks

GENERIC_MEDIA_TYPE = "application/octet-stream"


@dataclass(frozen=True)
class NewAttachment:
    """A file to attach: its name (as the user's file was called) and its bytes."""

    name: str
    content: bytes
    media_type: str | None = None


def read_file(path: str | Path) -> NewAttachment:
    """A file from disk, refused before it is read when it is larger than an attachment may be."""
    file = Path(path)
    try:
        rules.check_attachment(file.name, file.stat().st_size)
        content = file.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ValidationError(message("attachment.unreadable", name=str(file), reason=reason)) from exc
    return NewAttachment(file.name, content)


def media_type_of(name: str) -> str:
    """What kind of file a name says it is (image/jpeg, application/pdf, ...); unknown: octet-stream."""
    return mimetypes.guess_type(name, strict=False)[0] or GENERIC_MEDIA_TYPE


def attach(s: Session, entry: m.ProgressEntry, new: NewAttachment) -> m.Attachment:
    """Add a file to a progress entry in the caller's transaction: checked, summed, named uniquely on the entry.

    A second file of the same name on the same entry becomes 'minutes (2).pdf', so a name finds one file."""
    name = rules.check_attachment(new.name, len(new.content))
    taken = set(s.execute(select(m.Attachment.name).where(m.Attachment.progress_entry_id == entry.id)).scalars())
    row = m.Attachment(
        progress_entry_id=entry.id,
        name=_free_name(name, taken),
        size=len(new.content),
        media_type=(new.media_type or media_type_of(name))[:150],
        sha256=hashlib.sha256(new.content).hexdigest(),
        content=new.content,
    )
    s.add(row)
    return row


def _free_name(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    n = 2
    while True:
        candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        if candidate not in taken:
            return candidate
        n += 1


def of_entries(s: Session, entry_ids: Iterable[int]) -> dict[int, tuple[d.Attachment, ...]]:
    """The attachments (without bytes) of these progress entries, each entry's in the order they were added."""
    ids = list(entry_ids)
    found: dict[int, list[d.Attachment]] = {}
    for part in chunks(ids, 500):
        rows = s.execute(
            select(m.Attachment).where(m.Attachment.progress_entry_id.in_(part)).order_by(m.Attachment.id)
        ).scalars()
        for row in rows:
            found.setdefault(row.progress_entry_id, []).append(convert.attachment(row))
    return {k: tuple(v) for k, v in found.items()}


class AttachmentService:
    """One public method, one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, entry_id: int, new: NewAttachment) -> d.Attachment:
        """Attach a file to a live progress entry of one of the office's programs."""
        with self.db.write() as s:
            entry = self._entry(s, entry_id, change=True)
            row = attach(s, entry, new)
            s.flush()
            return convert.attachment(row)

    def add_file(self, entry_id: int, path: str | Path) -> d.Attachment:
        """Attach a file from disk (refused unread when too large)."""
        return self.add(entry_id, read_file(path))

    def list_attachments(self, entry_id: int) -> list[d.Attachment]:
        with self.db.read() as s:
            self._entry(s, entry_id)
            return list(of_entries(s, [entry_id]).get(entry_id, ()))

    def get(self, attachment_id: int) -> d.Attachment:
        with self.db.read() as s:
            return convert.attachment(self._attachment(s, attachment_id))

    def content(self, attachment_id: int) -> bytes:
        """The file's bytes, exactly as they were added."""
        with self.db.read() as s:
            row = s.execute(
                trash.live_attachments(m.Attachment.id == attachment_id).options(undefer(m.Attachment.content))
            ).scalar_one_or_none()
            if row is None:
                raise NotFoundError(message("attachment.not_found", id=attachment_id))
            return bytes(row.content)

    def remove(self, attachment_id: int) -> d.Attachment:
        """Delete an attachment for good; History keeps its name and who removed it."""
        with self.db.write() as s:
            row = self._attachment(s, attachment_id)
            self._entry(s, row.progress_entry_id, change=True)
            gone = convert.attachment(row)
            s.delete(row)
            s.flush()
            return gone

    def named(self, program_key: str, name: str, entry_id: int | None = None) -> d.Attachment:
        """The attachment called ``name`` on a progress entry of a program (on entry ``entry_id`` if given).

        Several entries holding a file of that name: refused, naming the entries to choose from."""
        with self.db.read() as s:
            program = s.execute(
                select(m.Program).where(m.Program.key == program_key, m.Program.deleted_at.is_(None))
            ).scalar_one_or_none()
            if program is None:
                raise NotFoundError(message("program.not_found", key=program_key))
            where = [m.ProgressEntry.program_id == program.id, m.Attachment.name == name]
            if entry_id is not None:
                where.append(m.Attachment.progress_entry_id == entry_id)
            rows = s.execute(trash.live_attachments(*where).order_by(m.Attachment.id)).scalars().all()
            if not rows:
                raise NotFoundError(message("attachment.none_named", program=program.key, name=name))
            if len(rows) > 1:
                entries = ", ".join(str(r.progress_entry_id) for r in rows)
                several = message(
                    "attachment.several_named", count=len(rows), program=program.key, name=name, entries=entries
                )
                raise ValidationError(several, "entry")
            return convert.attachment(rows[0])

    # ------------------------------------------------------------------ helpers (no commits here)
    def _entry(self, s: Session, entry_id: int, change: bool = False) -> m.ProgressEntry:
        entry = s.get(m.ProgressEntry, entry_id)
        if entry is None or entry.deleted_at is not None:
            raise NotFoundError(message("progress.not_found", id=entry_id))
        if change:
            program = s.get(m.Program, entry.program_id)
            if program is not None:
                rules.check_not_case(program.is_case, program.key)
        return entry

    def _attachment(self, s: Session, attachment_id: int) -> m.Attachment:
        row = s.execute(trash.live_attachments(m.Attachment.id == attachment_id)).scalar_one_or_none()
        if row is None:
            raise NotFoundError(message("attachment.not_found", id=attachment_id))
        return row


__all__ = ["AttachmentService", "NewAttachment", "attach", "media_type_of", "of_entries", "read_file"]
