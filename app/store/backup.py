"""Consistent copies of a live SQLite file through SQLite's online backup API (never a plain copy)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` page by page while other connections may be writing.

    The copy is written to a temporary name first and renamed, so a half-written backup never exists.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True, timeout=15)
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
    return destination


def backup_name(source: Path, reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{source.stem}.{stamp}.{reason}.sqlite3"


def backups_dir(source: Path) -> Path:
    return source.parent / "backups"
