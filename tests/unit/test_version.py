"""One version, in app/__init__.py; --version tells it with the date the package was built."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import pytest

import app
from app import __version__, version
from app.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_version_shows_the_version_and_a_build_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert re.fullmatch(r"civic-tracker (\S+) \(built (\d{4}-\d{2}-\d{2})\)\n", out), out
    assert f"civic-tracker {__version__} (built {version.build_date()})\n" == out


def test_a_package_tells_the_day_it_was_built(monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = types.ModuleType("app._build")
    exec(version.stamp_text(dt.date(2031, 4, 5)), stamp.__dict__)
    monkeypatch.setitem(sys.modules, "app._build", stamp)
    monkeypatch.setattr(app, "_build", stamp, raising=False)
    assert version.build_date() == "2031-04-05"
    assert version.version_line() == f"civic-tracker {__version__} (built 2031-04-05)"


def test_a_build_day_is_today_or_source_date_epoch() -> None:
    assert version.build_day({"SOURCE_DATE_EPOCH": "1700000000"}) == dt.date(2023, 11, 14)
    assert version.build_day({}) == dt.datetime.now(dt.UTC).date()


@pytest.mark.skipif(not (REPO / ".git").exists(), reason="a git checkout")
def test_a_checkout_tells_the_date_of_its_last_commit() -> None:
    if (REPO / "app" / version.STAMP_FILE).exists():
        pytest.skip("scripts/build-package is running in this checkout")
    seconds = subprocess.run(
        ["git", "-C", str(REPO), "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True
    ).stdout
    expected = dt.datetime.fromtimestamp(int(seconds), dt.UTC).date().isoformat()
    assert version.source_date() == expected == version.source_date()


def test_source_without_git_tells_when_the_package_last_changed(tmp_path: Path) -> None:
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text('__version__ = "9"\n', encoding="utf-8")
    moment = dt.datetime(2029, 2, 28, 23, 30, tzinfo=dt.UTC).timestamp()
    os.utime(package / "__init__.py", (moment, moment))
    assert version.source_date(package) == "2029-02-28"


def test_one_version_source_read_by_the_build_and_named_in_the_changelog() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["hatch"]["version"]["path"] == "app/__init__.py"
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[([^\]]+)\]", changelog, flags=re.MULTILINE)
    assert releases[0] == "Unreleased" and releases[1] == __version__, releases
