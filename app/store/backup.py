"""Copies of a SQLite file that can be trusted: made with SQLite's online backup API (never a plain copy of a
live file), checked before they get their name, and a record beside each copy that says it was checked."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from sqlite3 import DatabaseError as SQLiteDatabaseError

from app.domain.messages import Message, message
from app.store.closing import write_json
from app.store.sqlite_file import read_only_uri

# A backup NAME.sqlite3 that passed its check has NAME.sqlite3.verified beside it.
VERIFIED_SUFFIX = ".verified"
_COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Contents:
    """What a database holds, as far as a copy of it must hold the same: its schema revision and the number
    of rows in each table."""

    revision: str | None
    rows: dict[str, int]


class CopyNotVerifiedError(Exception):
    """A copy failed its check and was removed. ``damaged``: SQLite's integrity check failed on it, so the
    database it was copied from is probably damaged too (not only the copy)."""

    def __init__(self, problem: Message, *, damaged: bool = False) -> None:
        super().__init__(problem.render())
        self.problem = problem
        self.damaged = damaged


def integrity_problems(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """What SQLite's integrity check (``full``) or quick check finds wrong; empty when the file is sound.

    The quick check sees a damaged page or b-tree but not an index that no longer matches its table (a
    flipped byte, a half-truncated write-ahead log); only the full check compares every index with its table.
    """
    rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    results = [str(r[0]) for r in rows]
    return [] if results == ["ok"] else results


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _contents(conn: sqlite3.Connection) -> Contents:
    tables = [
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    ]
    rows = {t: int(conn.execute(f"SELECT count(*) FROM {_quoted(t)}").fetchone()[0]) for t in tables}
    revision = None
    if "alembic_version" in rows:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
    return Contents(revision, rows)


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=15)
    try:
        yield conn
    finally:
        conn.close()


def contents_of(path: Path) -> Contents:
    """The schema revision and row counts of the database file ``path`` (opened read-only)."""
    with _reading(path) as conn:
        return _contents(conn)


def check_copy(copy: Path, expected: Contents) -> Message | None:
    """Why ``copy`` is not a faithful copy of a database holding ``expected``, or None when it is: SQLite's
    full integrity check passes, the schema is there (the same revision and tables) and every table has as
    many rows as the original had at the moment it was copied."""
    if expected.revision is None:
        return message("backup.no_schema")
    try:
        with _reading(copy) as conn:
            problems = integrity_problems(conn, full=True)
            if problems:
                return message("backup.check_failed", detail="; ".join(problems[:3]))
            found = _contents(conn)
    except SQLiteDatabaseError as exc:
        return message("backup.check_failed", detail=str(exc))
    if found.revision != expected.revision or set(found.rows) != set(expected.rows):
        missing = sorted(set(expected.rows) ^ set(found.rows)) or ["alembic_version"]
        return message("backup.schema_differs", tables=", ".join(missing))
    for table in sorted(expected.rows):
        if found.rows[table] != expected.rows[table]:
            return message("backup.rows_differ", table=table, copied=found.rows[table], source=expected.rows[table])
    return None


def _refuse(problem: Message) -> CopyNotVerifiedError:
    return CopyNotVerifiedError(problem, damaged=problem.code == "backup.check_failed")


def _temporary_beside(destination: Path) -> Path:
    """An empty file of an unpredictable name beside ``destination`` (``tempfile`` never follows a planted
    link), for a copy that gets its real name only once it is complete and checked."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.", suffix=".part")
    os.close(fd)
    return Path(name)


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` page by page while other connections may be writing, and check
    the copy before it gets its name.

    The row counts are taken in the same read transaction the copy is made from, so they describe exactly
    the state copied. The copy is written to a temporary file beside the destination, checked
    (``check_copy``) and only then renamed over it: a half-written or unchecked backup never exists under
    a backup's name, and on any failure the temporary file is removed. A copy that fails its check raises
    ``CopyNotVerifiedError``. The source is opened read-only through an escaped URI: a folder named "share #2"
    or "50% done" is the folder it says.
    """
    tmp = _temporary_beside(destination)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True, timeout=15, isolation_level=None)
        try:
            src.execute("BEGIN")
            expected = _contents(src)
            if expected.revision is None:
                raise CopyNotVerifiedError(message("backup.no_schema"))
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        problem = check_copy(tmp, expected)
        if problem is not None:
            raise _refuse(problem)
        tmp.replace(destination)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return destination


def copy_backup(backup: Path, destination: Path) -> Path:
    """A copy of the finished backup ``backup`` at ``destination`` (another disk, a network share), checked
    the same way before it gets its name.

    A backup is a closed file nobody writes to, so it is copied byte for byte (which a network share takes
    better than SQLite's locking) and flushed to the disk before it is checked against the backup's contents.
    """
    expected = contents_of(backup)
    tmp = _temporary_beside(destination)
    try:
        with backup.open("rb") as src, tmp.open("wb") as dst:
            while chunk := src.read(_COPY_CHUNK):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        problem = check_copy(tmp, expected)
        if problem is not None:
            raise _refuse(problem)
        tmp.replace(destination)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return destination


# ---------------------------------------------------------------------- the record of a checked backup
def verified_record(backup: Path) -> Path:
    return backup.with_name(backup.name + VERIFIED_SUFFIX)


def _stamp(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def record_verified(backup: Path) -> None:
    """Write beside ``backup`` that it passed its check, with its size and time, so that a file changed
    since (or put there under the same name) does not count as checked."""
    write_json(verified_record(backup), _stamp(backup))


def is_verified(backup: Path) -> bool:
    """Whether ``backup`` passed its check when it was written and has not changed since."""
    try:
        recorded = json.loads(verified_record(backup).read_text(encoding="utf-8"))
        return isinstance(recorded, dict) and recorded == _stamp(backup)
    except (OSError, ValueError):
        return False


def remove_backup(backup: Path) -> None:
    """Delete a backup and the record of its check (the record first: a backup is never left looking
    checked when it is not)."""
    verified_record(backup).unlink(missing_ok=True)
    backup.unlink()


def stray_records(folder: Path) -> list[Path]:
    """Records of checks whose backup is gone (one discarded by another program)."""
    if not folder.is_dir():
        return []
    return [
        p
        for p in folder.iterdir()
        if p.name.endswith(VERIFIED_SUFFIX) and not p.with_name(p.name[: -len(VERIFIED_SUFFIX)]).exists()
    ]


# ---------------------------------------------------------------------- names and folders
def claim_name(folder: Path, stem: str, stamp: str, reason: str) -> Path:
    """A backup file name no other backup has or is being written to: ``STEM.STAMP.REASON.sqlite3``, with
    ``-2``, ``-3``... after the stamp when taken in the same second. The name is claimed by creating it
    (exclusively), so two backups started at once never share it; the caller writes over it or removes it."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 1
    while True:
        target = folder / (f"{stem}.{stamp}.{reason}.sqlite3" if n == 1 else f"{stem}.{stamp}-{n}.{reason}.sqlite3")
        try:
            fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            n += 1
            continue
        os.close(fd)
        return target


def backups_dir(source: Path) -> Path:
    return source.parent / "backups"
