"""A saved server connection never contains a password, however it was typed."""

from __future__ import annotations

import pytest

from app import config
from app.domain.errors import CivicError
from app.services import connection
from app.store.database import Database

SECRET = "p@ss:w/rd%"
WITH_PASSWORD = "postgresql+psycopg://kim:p%40ss%3Aw%2Frd%25@db.office:5432/civic"


def test_saving_a_connection_keeps_no_password() -> None:
    saved = connection.save_server_connection(WITH_PASSWORD)
    on_disk = config.settings_path().read_text(encoding="utf-8")
    assert saved == "postgresql+psycopg://kim@db.office:5432/civic"
    assert "p%40ss" not in on_disk and "rd%25" not in on_disk and SECRET not in on_disk
    assert config.database_url() == saved


def test_settings_written_by_any_other_code_are_stripped_too() -> None:
    config.save_settings({"database_url": WITH_PASSWORD, "user_name": "Kim"})
    assert config.load_settings() == {
        "database_url": "postgresql+psycopg://kim@db.office:5432/civic",
        "user_name": "Kim",
    }


def test_a_sqlite_path_is_saved_as_it_is() -> None:
    config.save_settings({"database_url": "sqlite:////home/kim/civic.sqlite3"})
    assert config.load_settings()["database_url"] == "sqlite:////home/kim/civic.sqlite3"


def test_a_database_opened_with_a_password_does_not_show_or_keep_it_in_its_url() -> None:
    db = Database(WITH_PASSWORD)
    try:
        assert db.url == "postgresql+psycopg://kim@db.office:5432/civic"
        assert "p%40ss" not in db.describe()
    finally:
        db.dispose()


def test_the_connect_dialog_builds_urls_from_fields() -> None:
    url = connection.server_url(" db.office ", 5433, "civic", "kim")
    assert url == "postgresql+psycopg://kim@db.office:5433/civic"
    assert connection.settings_of(url) == connection.ServerSettings("db.office", 5433, "civic", "kim")
    assert connection.describe(url) == "kim@db.office:5433/civic"
    with pytest.raises(CivicError, match="User"):
        connection.server_url("db.office", 5432, "civic", " ")
    connection.forget_server_connection()
    assert "database_url" not in config.load_settings()
