"""Export and restore on a full disk (issue #14, case 10): one line and exit status 1 on the command line,
no traceback after it, and nothing half-written left behind."""

from __future__ import annotations

import errno
import gc
import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import CivicError
from app.services.backups import take_backup
from app.services.database import open_database
from app.services.programs import ProgramDraft, ProgramService
from app.services.workbook import WorkbookService
from app.store.database import sqlite_url

pytestmark = pytest.mark.sqlite_only  # about files on a disk

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB filesystem of its own (tmpfs; needs root, as on CI), to be filled up."""
    mount = tmp_path / "small"
    mount.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    except FileNotFoundError:
        pytest.skip("no mount command")
    if done.returncode != 0:
        pytest.skip("cannot mount a small filesystem here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> None:
    """Take every free byte of ``folder``'s filesystem."""
    with (folder / "filler").open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "app", *argv], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def database(tmp_path: Path) -> str:
    url = sqlite_url(tmp_path / "office.sqlite3")
    db, _ = open_database(url, actor="me", seed=False)
    try:
        service = ProgramService(db)
        for n in range(40):
            service.create_program(ProgramDraft(title=f"Program {n}", key=f"P{n}", summary="words " * 200))
    finally:
        db.dispose()
    return url


def test_export_to_a_full_disk_is_one_line_and_leaves_nothing(database: str, small_disk: Path) -> None:
    _fill(small_disk)
    done = _cli("--db", database, "export", str(small_disk / "meeting.xlsx"))
    assert done.returncode == 1
    assert done.stderr == "civic-tracker: Could not write meeting.xlsx in " + str(small_disk) + (
        ": No space left on device\n"
    )
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_restore_onto_a_full_disk_is_one_line_and_changes_nothing(tmp_path: Path, small_disk: Path) -> None:
    url = sqlite_url(small_disk / "office.sqlite3")
    db, _ = open_database(url, actor="me", seed=False)
    try:
        ProgramService(db).create_program(ProgramDraft(title="Rain gardens", key="RAIN"))
        take_backup(db, "manual")
        ProgramService(db).create_program(ProgramDraft(title="Night buses", key="BUS"))
    finally:
        db.dispose()
    path = small_disk / "office.sqlite3"
    before = path.read_bytes()
    kept = sorted(p.name for p in (small_disk / "backups").iterdir())
    _fill(small_disk)
    done = _cli("--db", url, "db", "restore", "newest")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("civic-tracker: ")
    assert "full" in done.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in (small_disk / "backups").iterdir()) == kept


class _FullDisk(io.FileIO):
    """A file on a disk that fills up after ``room`` bytes."""

    room = 2048

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)


def _disk_fills_up(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """From now on a workbook's zip file finds the disk full part of the way through, as on a real full disk
    (portable: no filesystem to mount). Returns where finalizers' errors ("Exception ignored") are kept."""
    real_open = zipfile.io.open  # type: ignore[attr-defined]

    def open_on_a_full_disk(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith(".part") and "w" in mode:
            return io.BufferedWriter(_FullDisk(file, "w"))
        return real_open(file, mode, *args, **kwargs)

    unraisable: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    monkeypatch.setattr(zipfile.io, "open", open_on_a_full_disk)  # type: ignore[attr-defined]
    return unraisable


def test_an_export_that_fills_the_disk_is_one_error_with_no_traceback_after_it(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unraisable = _disk_fills_up(monkeypatch)
    db, _ = open_database(database, actor="me", seed=False)
    said = ""
    try:
        WorkbookService(db).export_workbook(tmp_path / "meeting.xlsx")
    except CivicError as exc:
        said = str(exc)  # not the exception itself: its traceback would keep a leaked zip file alive
    finally:
        db.dispose()
    assert said == f"Could not write meeting.xlsx in {tmp_path}: No space left on device"
    gc.collect()  # a zip file left open would complain here, from its finalizer
    assert [str(u.exc_value) for u in unraisable] == []
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".part")]


def test_a_copy_with_the_errors_marked_that_fills_the_disk_leaves_nothing(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.workbook import save_errors_copy
    from tests.excel.conftest import workbook_file

    source = workbook_file(tmp_path / "list.xlsx", {"Programs": [["Title", "Status"], ["Library", "done?"]]})
    db, _ = open_database(database, actor="me", seed=False)
    try:
        preview = WorkbookService(db).preview_import(source)
    finally:
        db.dispose()
    assert preview.error_count == 1
    unraisable = _disk_fills_up(monkeypatch)
    said = ""
    try:
        save_errors_copy(source, preview, tmp_path / "list-errors.xlsx")
    except CivicError as exc:
        said = str(exc)
    assert said == "Could not write list-errors.xlsx: No space left on device"
    gc.collect()
    assert [str(u.exc_value) for u in unraisable] == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".part")) == ["list.xlsx"]
