"""Shared fixtures: offscreen Qt, a private data folder, fresh migrated databases on SQLite and PostgreSQL.

Tests under tests/store, tests/services and tests/excel that use ``db_url``, ``empty_db`` or ``seeded_db``
run twice: ``[sqlite]`` and ``[postgresql]``. The PostgreSQL server comes from CIVIC_TRACKER_TEST_PG_URL
(``eval "$(.ci/start-postgres)"`` starts one). Without it the PostgreSQL variants are skipped locally and
fail when CI=true. Mark a test ``@pytest.mark.sqlite_only`` when it is about the SQLite file itself.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SOURCE_DOCUMENT = REPO / "seed" / "source-document.txt"

PG_URL_ENV = "CIVIC_TRACKER_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")
# Folders whose tests run on every backend; elsewhere (unit, ui) SQLite is enough.
BOTH_BACKEND_DIRS = frozenset({"store", "services", "excel"})
_TESTS_DIR = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user's data folder or settings from a test."""
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CIVIC_TRACKER_DATA_DIR", str(data))
    monkeypatch.delenv("CIVIC_TRACKER_DB", raising=False)
    monkeypatch.delenv("CIVIC_TRACKER_BACKUP_DIR", raising=False)  # no second copy of every test's backups
    monkeypatch.setenv("LANGUAGE", "en")  # English unless a test asks otherwise, whatever the machine's locale
    return data


class MemoryKeyring(KeyringBackend):
    """A keyring backend holding passwords in a dict: what a test sets with keyring.set_keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture(autouse=True)
def _no_system_keyring() -> None:
    """No test reads or writes the real system keyring: each runs as on a machine without one, unless it
    asks for the ``memory_keyring`` fixture."""
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def memory_keyring(_no_system_keyring: None) -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


# -- which backends a test runs on ---------------------------------------------------------------
def _runs_on_both(metafunc: pytest.Metafunc) -> bool:
    try:
        relative = Path(str(metafunc.definition.path)).resolve().relative_to(_TESTS_DIR)
    except ValueError:
        return False
    if not relative.parts or relative.parts[0] not in BOTH_BACKEND_DIRS:
        return False
    return metafunc.definition.get_closest_marker("sqlite_only") is None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" in metafunc.fixturenames and _runs_on_both(metafunc):
        metafunc.parametrize("db_backend", BACKENDS, indirect=True, scope="function")


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _pg_unavailable(reason: str) -> None:
    if _in_ci():
        pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


class PgServer:
    """The test server: creates one template per kind (migrated, seeded) and a fresh database per test."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.admin_url = make_url(admin_url)
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
        self.prefix = f"civic_t{os.getpid()}"
        self._counter = itertools.count(1)
        self._templates: dict[str, str] = {}
        self._version: int | None = None

    @property
    def version(self) -> int:
        if self._version is None:
            from sqlalchemy import text

            with self.engine.connect() as conn:
                self._version = int(conn.execute(text("SHOW server_version_num")).scalar_one())
        return self._version

    def url(self, name: str) -> str:
        rendered: str = self.admin_url.set(database=name).render_as_string(hide_password=False)
        return rendered

    def execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text(sql))

    def new_name(self) -> str:
        return f"{self.prefix}_{next(self._counter)}"

    def create(self, name: str, template: str | None = None) -> str:
        # C collation: text sorts and lower-cases as on SQLite, as the README recommends for offices.
        source = (
            f" TEMPLATE {template}" if template else " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        )
        # FILE_COPY: for databases this small, copying files beats WAL-logging every page (PostgreSQL 15+).
        strategy = " STRATEGY FILE_COPY" if self.version >= 150000 else ""
        self.execute(f"CREATE DATABASE {name}{source}{strategy}")
        return self.url(name)

    def drop(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def template(self, kind: str) -> str:
        """A database migrated (and for 'seeded', seeded) once per session, cloned by every test."""
        if kind not in self._templates:
            from app.services.database import open_database

            name = f"{self.prefix}_tpl_{kind}"
            self.drop(name)
            url = self.create(name)
            db, _ = open_database(url, actor="tester", seed=kind == "seeded")
            db.dispose()
            self._templates[kind] = name
        return self._templates[kind]

    def close(self) -> None:
        for name in self._templates.values():
            self.drop(name)
        self.engine.dispose()


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool


@pytest.fixture(scope="session")
def _pg_server_state() -> Iterator[PgServer | str]:
    """The server, or why there is none (decided once, not once per test)."""
    url = os.environ.get(PG_URL_ENV, "").strip()
    if not url:
        yield f'{PG_URL_ENV} is not set (run: eval "$(.ci/start-postgres)")'
        return
    try:
        server = PgServer(url)
        server.execute("SELECT 1")
    except Exception as exc:  # any connection problem means: no server for this run
        yield f"cannot connect to {PG_URL_ENV}: {exc}".splitlines()[0]
        return
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def pg_server(_pg_server_state: PgServer | str) -> PgServer:
    """The PostgreSQL test server (skips locally / fails in CI when there is none)."""
    if isinstance(_pg_server_state, str):
        _pg_unavailable(_pg_server_state)
    assert isinstance(_pg_server_state, PgServer)
    return _pg_server_state


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """'sqlite' or 'postgresql': which database this run of the test uses."""
    backend: str = getattr(request, "param", "sqlite")
    if backend == "postgresql":
        request.getfixturevalue("pg_server")
    return backend


def _fresh_pg(request: pytest.FixtureRequest, template: str | None) -> tuple[str, str]:
    """A new database on the test server, dropped after the test."""
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.new_name()
    url = server.create(name, server.template(template) if template else None)
    request.addfinalizer(lambda: server.drop(name))
    return name, url


# -- the fixtures every test suite uses ------------------------------------------------------------
@pytest.fixture
def db_url(db_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where a test's database lives; nothing is created yet (an empty file path or empty server database)."""
    if db_backend == "postgresql":
        # When the test also wants empty_db, create it migrated right away (one CREATE DATABASE, not two).
        _name, url = _fresh_pg(request, "empty" if "empty_db" in request.fixturenames else None)
        return url
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def empty_db(db_backend: str, db_url: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A migrated database with no case library, at ``db_url``."""
    from app.services.database import open_database
    from app.store.database import Database

    if db_backend == "postgresql":
        # db_url already cloned the migrated template: much faster than migrating each time.
        db = Database(db_url, actor="tester")
    else:
        db, _ = open_database(db_url, actor="tester", seed=False)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.database import open_database

    path = tmp_path_factory.mktemp("template") / "seeded.sqlite3"
    db, _ = open_database(f"sqlite:///{path}", actor="tester")
    db.dispose()
    return path


@pytest.fixture
def seeded_db(db_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A migrated database with the case library (cloned from a per-session template for speed)."""
    from app.store.backup import backup_sqlite
    from app.store.database import Database

    if db_backend == "postgresql":
        _name, url = _fresh_pg(request, "seeded")
    else:
        path = tmp_path / "seeded.sqlite3"
        backup_sqlite(request.getfixturevalue("_seeded_template"), path)
        url = f"sqlite:///{path}"
    db = Database(url, actor="tester")
    yield db
    db.dispose()
