"""Alembic driven from the app: where the database stands, and upgrading it to head.

Alembic is imported only when it has work to do. A start on a database already at head (nearly every start)
reads the stored revision with one query and compares it with ``HEAD_REVISION`` (app/store/revision.py):
importing Alembic to learn that would cost about a tenth of a second before the window appears (issue 18).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from app.config import migrations_dir
from app.store.revision import HEAD_REVISION as HEAD_REVISION  # tests and callers name it here
from app.store.revision import at_head

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True)
class DatabaseState:
    current: str | None
    head: str
    empty: bool  # no tables at all: a brand-new file
    known: bool  # the current revision is one this app knows

    @property
    def at_head(self) -> bool:
        return self.current == self.head

    @property
    def newer_than_app(self) -> bool:
        return self.current is not None and not self.known


def _stored_revision(conn: Connection) -> str | None:
    """The one revision in ``alembic_version``; None when the table is missing, empty or holds several."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def database_state(engine: Engine) -> DatabaseState:
    with engine.connect() as conn:
        if at_head(_stored_revision(conn)):  # no need for Alembic
            return DatabaseState(current=HEAD_REVISION, head=HEAD_REVISION, empty=False, known=True)
        from alembic.runtime.migration import MigrationContext

        current = MigrationContext.configure(conn).get_current_revision()
        tables = inspect(conn).get_table_names()
    scripts = script_directory()
    known = current is None or any(r.revision == current for r in scripts.walk_revisions())
    return DatabaseState(current=current, head=head_revision(), empty=not tables, known=known)


def upgrade(engine: Engine, url: str, revision: str = "head") -> None:
    from alembic import command

    _migrate(engine, url, command.upgrade, revision)


def downgrade(engine: Engine, url: str, revision: str) -> None:
    from alembic import command

    _migrate(engine, url, command.downgrade, revision)


def _migrate(engine: Engine, url: str, step: Callable[[Config, str], None], revision: str) -> None:
    """Run ``step`` in one transaction. On SQLite, batch mode copies a table to alter it and drops the old
    one: with foreign keys on, that drop would set NULL (or delete) the rows pointing at it, so they are off
    for the migration (SQLite only changes the setting outside a transaction) and checked before the commit."""
    cfg = alembic_config(url)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                step(cfg, revision)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("a migration left rows pointing at rows that do not exist")
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
