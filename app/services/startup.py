"""What the desktop app learns of its database before the window paints, without the data stack.

Importing SQLAlchemy and the services takes longer than Qt takes to paint a window (issue 18). On nearly every
start the database is a SQLite file at this app's schema revision, left as the app closed it: opening it will
neither create, nor upgrade, nor refuse it. Then the window paints first and ``open_database``
(app/services/database.py) runs right after. Anything else is opened before the window, as always: a new or
missing file, one not closed cleanly (its full integrity check comes first), one that is not a database, an
older one (upgraded after its backup) or a newer one (refused), and a server.
"""

from __future__ import annotations

import logging
import sqlite3

from app.store import closing, revision, sqlite_file

log = logging.getLogger(__name__)


def opens_as_it_is(url: str) -> bool:
    """Whether ``url`` names a SQLite file at this app's schema revision that is as the app left it at its
    last clean close; read with the standard library's sqlite3 module, without writing a byte."""
    path = sqlite_file.file_of_url(url)
    if path is None or not path.is_file() or not sqlite_file.has_sqlite_header(path):
        return False
    if closing.needs_full_check(path):
        return False
    try:
        return revision.at_head(sqlite_file.stored_revision(path))
    except sqlite3.Error as exc:  # opening it before the window will say what is wrong
        log.info("Checking %s before the window: %s", path, exc)
        return False
