"""A SQLite database file as the standard library's ``sqlite3`` sees it, without SQLAlchemy: its URL, a
read-only connection to it, and the schema revision it holds.

The desktop app reads the revision this way before its window paints and imports SQLAlchemy after (issue 18);
the URL helpers are the inverse pair of SQLAlchemy's URL parsing for a plain file, checked against it by
tests/unit/test_sqlite_file.py.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote, unquote

SQLITE_HEADER = b"SQLite format 3\x00"

# A plain file URL: no query string (a URI or driver options go through SQLAlchemy alone).
_FILE_URL = re.compile(r"sqlite(?:\+pysqlite)?:///(?P<database>[^?]+)")


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file, escaped: a folder named "what?", "share #2" or "50% done" is the
    folder it says (a '?' would otherwise start the URL's query). As SQLAlchemy's URL.render_as_string."""
    return "sqlite:///" + quote(str(path), safe=" +/")


def file_of_url(url: str) -> Path | None:
    """The file a plain ``sqlite:///PATH`` URL names, as SQLAlchemy's make_url reads it; None for any other
    URL (a server, memory, a URI, options)."""
    match = _FILE_URL.fullmatch(url)
    if match is None:
        return None
    database = unquote(match["database"])
    if database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _uri_path(path: Path) -> str:
    """``path`` as the path of a SQLite URI: '#', '?', '%' and spaces percent-encoded."""
    return quote(path.as_posix(), safe="/:")


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` without writing to it, also on a read-only share.

    A WAL database needs its -shm file to be read; on a read-only folder SQLite cannot create it, so
    such a file is opened as immutable (nobody can change it there anyway). The path is percent-encoded:
    a folder named "share #2" would otherwise end the path at the '#'.
    """
    uri = f"file:{_uri_path(path)}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not shm.exists() and not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return uri


def has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def stored_revision(path: Path) -> str | None:
    """The one revision in the file's ``alembic_version``, read without writing a byte; None when the table
    is missing, empty or holds several. sqlite3.Error for a file SQLite cannot read."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=15)
    try:
        try:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchmany(2)
        except sqlite3.OperationalError:
            return None
        return str(rows[0][0]) if len(rows) == 1 else None
    finally:
        conn.close()
