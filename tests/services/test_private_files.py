"""Private by default (issue "Trust, second round", case 6): the data folder and every file the app keeps
there (database, backups, settings, log, with staff names in the history) are readable by the user alone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.cli import main

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits"),
]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> object:
    saved = os.umask(0o022)  # a usual desktop umask, whatever the test run had
    yield saved
    os.umask(saved)


def test_what_the_app_creates_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask: object) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("CIVIC_TRACKER_DATA_DIR", str(data))
    assert main(["db", "upgrade"]) == 0
    assert main(["db", "backup"]) == 0
    made = [data, *data.iterdir(), *(data / "backups").iterdir()]
    assert any(p.name == "civic-tracker.sqlite3" for p in made)
    assert any(p.parent.name == "backups" for p in made)
    loose = {str(p.relative_to(tmp_path)): oct(_mode(p)) for p in made if _mode(p) & 0o077}
    assert loose == {}


def test_an_older_installation_is_tightened_on_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask: object
) -> None:
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    data.chmod(0o755)
    settings = data / "settings.json"
    settings.write_text('{"display_name": "Kim Min-ji"}', encoding="utf-8")
    settings.chmod(0o644)
    old_backup = data / "backups" / "civic-tracker.20261101-090000.daily.sqlite3"
    old_backup.write_bytes(b"")
    old_backup.chmod(0o644)
    kept_read_only = data / "archive.sqlite3"
    kept_read_only.write_bytes(b"")
    kept_read_only.chmod(0o444)
    monkeypatch.setenv("CIVIC_TRACKER_DATA_DIR", str(data))
    with pytest.raises(SystemExit):
        main(["--version"])
    assert _mode(data) == 0o700
    assert _mode(data / "backups") == 0o700
    assert _mode(settings) == 0o600
    assert _mode(old_backup) == 0o600
    assert _mode(kept_read_only) == 0o400  # still read-only for its owner, now private too
