"""Whether Qt can open a screen, decided before the QApplication is made (no Qt import here).

Without a display Qt's xcb platform aborts the process (exit 134) with hints about reinstalling libraries;
the app says instead, in one line of the user's language, that there is no display and what to do.
A screenshot (``gui --screenshot``) needs no screen: it renders on Qt's offscreen platform.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping, MutableMapping

from app.domain.errors import CivicError
from app.domain.messages import message

PLATFORM_VARIABLE = "QT_QPA_PLATFORM"
OFFSCREEN = "offscreen"


def _platforms(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, by name: QT_QPA_PLATFORM may list several ("wayland;xcb") and give
    options after a colon ("xcb:nograb"); unset or empty means the desktop default, X11 or Wayland."""
    names = [part.split(":", 1)[0].strip() for part in env.get(PLATFORM_VARIABLE, "").split(";")]
    return [name for name in names if name]


def _needs_a_screen(name: str) -> bool:
    return name == "xcb" or name.startswith("wayland")


def _x_server_answers(display: str) -> bool:
    """Whether an X server listens where DISPLAY points (":0", "unix:1", "localhost:10.0"), as Qt would reach
    it: the abstract socket, then the socket file, or TCP port 6000+N on a host. A form this does not know
    counts as a display, so only a sure 'no' refuses to start."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not number.isdigit() or host.startswith("/"):  # a launchd path (macOS's XQuartz), or unknown form
        return True
    if host in ("", "unix"):
        if sys.platform.startswith("linux"):
            abstract = f"\0/tmp/.X11-unix/X{number}"
            if _connects(socket.AF_UNIX, abstract):
                return True
        path = f"/tmp/.X11-unix/X{number}"
        return _connects(socket.AF_UNIX, path) if os.path.exists(path) else False
    return _connects(socket.AF_INET, (host, 6000 + int(number)))


def _connects(family: int, address: object) -> bool:
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(2)
            probe.connect(address)
        return True
    except OSError:
        return False


def has_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether the platform Qt is going to use can open a screen. Only X11 and Wayland are checked (Windows
    and macOS always have one; offscreen, eglfs, vnc and the like need none)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin", "cygwin"):
        return True
    names = _platforms(env) or ["xcb"]
    if not all(_needs_a_screen(name) for name in names):
        return True
    if any(name.startswith("wayland") for name in names) and env.get("WAYLAND_DISPLAY", "").strip():
        return True
    if not _platforms(env) and env.get("WAYLAND_DISPLAY", "").strip():
        return True  # the desktop default picks Wayland when the session has it
    display = env.get("DISPLAY", "").strip()
    return "xcb" in names and bool(display) and _x_server_answers(display)


def prepare(screenshot: bool, env: MutableMapping[str, str] | None = None) -> None:
    """Before the QApplication: a screenshot renders offscreen whatever the session has; a window needs a
    display, else the one-line error ``gui.no_display`` (exit 1)."""
    env = os.environ if env is None else env
    if screenshot:
        env[PLATFORM_VARIABLE] = OFFSCREEN
        return
    if not has_display(env):
        raise CivicError(message("gui.no_display"))
