"""Without a display the app says so in one line of the user's language and exits 1, instead of Qt's abort
(exit 134) with its hints about reinstalling libraries; a screenshot needs no display at all."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.errors import CivicError
from app.domain.messages import Message, render
from app.ui.display import has_display, prepare

REPO = Path(__file__).resolve().parents[2]
NO_DISPLAY = Message("gui.no_display")


def _run(args: list[str], tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({"CIVIC_TRACKER_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(REPO), **extra})
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(("lang", "args"), [("en", []), ("en", ["gui"]), ("ko", ["--lang", "ko"])])
def test_no_display_is_said_in_one_line_and_exits_1(tmp_path: Path, lang: str, args: list[str]) -> None:
    out = _run(args, tmp_path)
    assert out.returncode == 1, out.stderr
    assert out.stderr == f"civic-tracker: {render(NO_DISPLAY, lang)}\n"
    assert "xcb" not in out.stderr and out.stdout == ""


def test_an_empty_display_is_no_display(tmp_path: Path) -> None:
    out = _run(["--lang", "zh_CN"], tmp_path, DISPLAY="")
    assert out.returncode == 1
    assert out.stderr.strip() == f"civic-tracker: {render(NO_DISPLAY, 'zh_CN')}"
    assert "未找到显示器" in out.stderr


def test_a_screenshot_needs_no_display_and_no_platform_setting(tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    out = _run(["--db", db, "gui", "--screenshot", str(png), "--view", "cases"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000  # a window with a table, not an empty image


def _free_display_number() -> int:
    return next(n for n in range(90, 200) if not os.path.exists(f"/tmp/.X11-unix/X{n}"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are checked on Linux")
def test_which_sessions_have_a_display() -> None:
    nobody = f":{_free_display_number()}"
    assert not has_display({})
    assert not has_display({"DISPLAY": "  "})
    assert not has_display({"DISPLAY": nobody})  # a DISPLAY left from a session that ended
    assert not has_display({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert not has_display({"QT_QPA_PLATFORM": "wayland"})
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"})
    assert has_display({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"})
    for platform in ("offscreen", "minimal", "eglfs", "vnc", "offscreen:fontengine=freetype", "xcb;offscreen"):
        assert has_display({"QT_QPA_PLATFORM": platform}), platform
    assert has_display({}, platform="win32") and has_display({}, platform="darwin")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="an X display on a Unix socket")
def test_a_display_that_answers_is_a_display(tmp_path: Path) -> None:
    number = _free_display_number()
    # Listen where an X server of that number listens (the abstract socket Xorg and Xvfb open on Linux).
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen(1)
        assert has_display({"DISPLAY": f":{number}"})
        assert has_display({"DISPLAY": f"unix:{number}.0", "QT_QPA_PLATFORM": "xcb"})
    assert not has_display({"DISPLAY": f":{number}"})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are checked on Linux")
def test_a_screenshot_picks_the_offscreen_platform_and_a_window_checks_first() -> None:
    env = {"QT_QPA_PLATFORM": "xcb"}
    prepare(screenshot=True, env=env)
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    prepare(screenshot=False, env={"QT_QPA_PLATFORM": "offscreen"})  # the tests' own setting still works
    with pytest.raises(CivicError) as refused:
        prepare(screenshot=False, env={})
    assert getattr(refused.value, "message", None) == NO_DISPLAY
