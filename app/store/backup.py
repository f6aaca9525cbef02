"""Consistent copies of a live SQLite file through SQLite's online backup API (never a plain copy)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from app.store.database import read_only_uri


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` page by page while other connections may be writing.

    The copy is written to a temporary file of an unpredictable name beside the destination (created by
    ``tempfile``, which never follows a planted link) and renamed over it, so a half-written backup never
    exists; on any failure the temporary file is removed. The source is opened read-only through an
    escaped URI: a folder named "share #2" or "50% done" is the folder it says.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.", suffix=".part")
    os.close(fd)
    tmp = Path(name)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True, timeout=15)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        tmp.replace(destination)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return destination


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
