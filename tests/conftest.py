"""Shared fixtures: offscreen Qt, a private data folder, and fresh migrated databases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SOURCE_DOCUMENT = REPO / "seed" / "source-document.txt"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user's data folder or settings from a test."""
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CIVIC_TRACKER_DATA_DIR", str(data))
    monkeypatch.delenv("CIVIC_TRACKER_DB", raising=False)
    return data


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def empty_db(db_url: str) -> Iterator[object]:
    """A migrated database with no case library."""
    from app.services.database import open_database

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
def seeded_db(_seeded_template: Path, tmp_path: Path) -> Iterator[object]:
    """A migrated database with the case library (copied from a session template for speed)."""
    from app.store.backup import backup_sqlite
    from app.store.database import Database

    path = tmp_path / "seeded.sqlite3"
    backup_sqlite(_seeded_template, path)
    db = Database(f"sqlite:///{path}", actor="tester")
    yield db
    db.dispose()
