"""Errors the services raise; each carries a message fit to show a user as it is.

An error raised with a ``Message`` keeps its code and parameters (``.message``), so an interface in another
language can render it; ``str(error)`` is the English sentence.
"""

from __future__ import annotations

from app.domain.messages import Message


class CivicError(Exception):
    """Base of every error a user may see."""

    def __init__(self, message: str | Message = "", *args: object) -> None:
        super().__init__(str(message), *args)
        self.message: Message | None = message if isinstance(message, Message) else None


class ValidationError(CivicError):
    """Input that breaks a rule. ``field`` names the offending field when there is one."""

    def __init__(self, message: str | Message, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class CaseReadOnlyError(ValidationError):
    """A change to a case of the library: cases stay as their sources state them; only the seeder writes them."""


class NotFoundError(CivicError):
    """A program, task or other record that does not exist (or is in the trash)."""


class ConflictError(CivicError):
    """An edit based on a stale version: somebody else changed the record first."""

    def __init__(self, message: str | Message, current: object | None = None) -> None:
        super().__init__(message)
        self.current = current


class DatabaseVersionError(CivicError):
    """The database was written by a newer Civic Tracker than this one."""


class ReadOnlyError(CivicError):
    """The database cannot be written (file permissions or database privileges)."""


class StorageError(CivicError):
    """The database could not save or read right now (locked, disk full, I/O failure). Nothing was saved."""


class DatabaseBusyError(StorageError):
    """Another copy of the app held the database for too long; the same save can simply be retried."""


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full; free some space and retry the save."""
