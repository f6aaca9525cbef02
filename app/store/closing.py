"""What a database file looked like when the app last closed it cleanly: whether anything else changed it
since, and so whether opening it must run SQLite's full integrity check instead of the quick check.

The record is a small file beside the database, ``NAME.last-close.json``, shared by every copy of the app
that uses the file (a colleague's clean close counts as the app's). It holds the size and modification time
of the file and of its write-ahead log at the moment the last connection closed. A record marked
``suspect`` (a backup found the file damaged) is kept until a full check at opening clears it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SUFFIX = ".last-close.json"


def write_json(path: Path, data: object) -> None:
    """Write a small JSON file atomically under a name of its own (``tempfile`` never follows a planted
    link): a crash leaves the old file or the new one, never half of one."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def record_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def _stamp(database: Path) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for part, path in (("file", database), ("wal", database.with_name(database.name + "-wal"))):
        try:
            st = path.stat()
        except FileNotFoundError:
            st = None
        if st is None or (part == "wal" and st.st_size == 0):  # an empty log holds nothing: as if absent
            out[f"{part}_size"] = out[f"{part}_mtime_ns"] = None
            continue
        out[f"{part}_size"] = st.st_size
        out[f"{part}_mtime_ns"] = st.st_mtime_ns
    return out


def _read(database: Path) -> dict[str, object] | None:
    try:
        loaded = json.loads(record_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def needs_full_check(database: Path) -> bool:
    """True unless the file is exactly as the app left it at its last clean close: no record (never closed
    cleanly, a crash, an older version), a different size or time (copied, synced, restored or edited by
    another program), a write-ahead log with content that was not there, or a record marked suspect."""
    recorded = _read(database)
    if recorded is None or recorded.get("suspect"):
        return True
    return recorded != _stamp(database)


def record_clean_close(database: Path) -> None:
    """Remember the file as it is now, after the app's last connection to it closed. A record marked suspect
    stays: only a full check clears it. A folder that cannot be written only costs a full check next time."""
    recorded = _read(database)
    if recorded is not None and recorded.get("suspect"):
        return
    try:
        write_json(record_path(database), _stamp(database))
    except OSError as exc:
        log.info("Could not record the clean close of %s: %s", database, exc)


def mark_suspect(database: Path, problem: str) -> None:
    """A check found damage in a copy of the file: the next opening checks the whole file, whatever its time."""
    try:
        write_json(record_path(database), {"suspect": problem})
    except OSError as exc:
        log.warning("Could not record that %s may be damaged: %s", database, exc)


def clear_suspicion(database: Path) -> None:
    """A full check passed: forget any suspicion (the next clean close records the file again)."""
    recorded = _read(database)
    if recorded is not None and recorded.get("suspect"):
        record_path(database).unlink(missing_ok=True)
