"""Preferences live in settings.json beside the other settings; a bad value reads as its default."""

from __future__ import annotations

import json

import pytest

from app import config


def test_preferences_are_saved_with_the_other_settings_and_read_back() -> None:
    config.save_settings({"second_backup_folder": "/mnt/share", "database_url": "sqlite:///x.db"})
    chosen = config.Preferences(
        user_name="Kim Jiwoo",
        language="ko",
        date_style="locale",
        export_folder="/tmp",
        keep_daily=3,
        keep_weekly=9,
        remind_days=14,
    )
    config.save_preferences(chosen)
    assert config.load_preferences() == chosen
    saved = json.loads(config.settings_path().read_text(encoding="utf-8"))
    assert saved["second_backup_folder"] == "/mnt/share" and saved["database_url"] == "sqlite:///x.db"
    assert config.current_user() == "Kim Jiwoo"
    config.save_preferences(config.Preferences())  # back to the defaults: nothing of ours is left in the file
    saved = json.loads(config.settings_path().read_text(encoding="utf-8"))
    assert set(saved) == {"second_backup_folder", "database_url"}


def test_a_value_the_app_cannot_use_reads_as_its_default() -> None:
    config.save_settings(
        {
            "language": "tlh",
            "date_style": 3,
            "backups_keep_daily": 0,
            "backups_keep_weekly": "x",
            "remind_days": 9999,
        }
    )
    prefs = config.load_preferences()
    assert prefs.remind_days == config.REMIND_RANGE[1]
    assert prefs.language == "system" and prefs.date_style == "iso"
    assert prefs.keep_daily == config.KEEP_RANGE[0] and prefs.keep_weekly == config.DEFAULT_KEEP_WEEKLY


def test_the_interface_language_is_the_option_else_the_preference_else_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert config.interface_language() == "zh_CN"
    config.save_preferences(config.Preferences(language="ko"))
    assert config.interface_language() == "ko"
    assert config.interface_language("en") == "en"
