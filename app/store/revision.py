"""The schema revision this app's tables are at: one constant, and the one comparison every start makes.

Kept free of SQLAlchemy and Alembic: the desktop app asks it (through app/store/sqlite_file.py) before the data
stack is imported, so that its window paints first (issue 18); app/store/migrate.py asks it of any database.
"""

from __future__ import annotations

# The newest revision in db/migrations/versions. A new migration changes it here too:
# tests/store/test_migrations.py fails, naming the new head, until it does.
HEAD_REVISION = "0008"


def at_head(stored: str | None) -> bool:
    """Whether a database whose ``alembic_version`` holds ``stored`` needs neither an upgrade nor Alembic."""
    return stored == HEAD_REVISION
