"""Server connections: URLs without passwords, where a password may come from, and testing a connection.

A password is never written to the settings file, shown or logged (``store/urls.py`` takes it out of a URL).
libpq reads ~/.pgpass (or PGPASSWORD) by itself; a password given when the connection is saved goes to the
system keyring when the machine has a usable one; otherwise the app asks for it at each start (a dialog in
the window, a prompt on the terminal).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from app import config
from app.domain.errors import CivicError
from app.domain.messages import Message, message
from app.store import urls

log = logging.getLogger(__name__)

KEYRING_SERVICE = "civic-tracker"
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"

#: Asks the user for the password of the described connection ("kim@db.office:5432/civic");
#: returns None when the user cancels.
PasswordPrompt = Callable[[str], str | None]


class PasswordNeededError(CivicError):
    """The server wants a password and none was found in ~/.pgpass, PGPASSWORD or the keyring."""


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int
    database: str
    user: str

    def url(self) -> str:
        return server_url(self.host, self.port, self.database, self.user)


def is_server_url(url: str) -> bool:
    """True for a PostgreSQL URL; a URL the app cannot open is refused with a message saying why."""
    return urls.parse(url).get_backend_name() == "postgresql"


def server_url(host: str, port: int | None, database: str, user: str) -> str:
    """A psycopg URL for the server, never with a password."""
    labels = (message("server.host"), message("server.database"), message("server.user"))
    for label, value in zip(labels, (host, database, user), strict=True):
        if not value.strip():
            raise CivicError(message("server.field_empty", field=label))
    url = URL.create(
        DRIVER,
        username=user.strip(),
        host=host.strip(),
        port=port or DEFAULT_PORT,
        database=database.strip(),
    )
    return url.render_as_string(hide_password=False)


def strip_password(url: str) -> str:
    """The same URL with any password removed (what may be saved or shown)."""
    return urls.without_password(url)


def settings_of(url: str) -> ServerSettings | None:
    """The host, port, database and user of a server URL (for pre-filling the Connect dialog)."""
    if not is_server_url(url):
        return None
    parsed = make_url(url)
    return ServerSettings(
        host=parsed.host or "localhost",
        port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "",
        user=parsed.username or "",
    )


def describe(url: str) -> str:
    """'user@host:port/database' for prompts and messages."""
    s = settings_of(url)
    if s is None:
        return strip_password(url)
    return f"{s.user}@{s.host}:{s.port}/{s.database}"


def save_server_connection(url: str, password: str | None = None, *, remember: bool = True) -> str:
    """Remember the server in the preferences so the next start opens it; returns the URL as saved.

    The settings get the URL without a password. The password (``password``, else one inside ``url``) goes
    to the system keyring when ``remember`` and the machine has a usable one; otherwise it is dropped and
    asked for at start (unless ~/.pgpass has it).
    """
    clean, given = urls.split_password(url)
    password = password or given
    settings = config.load_settings()
    settings["database_url"] = clean
    config.save_settings(settings)
    if password and remember:
        remember_password(clean, password)
    return clean


def forget_server_connection() -> None:
    """Go back to the local SQLite file at the next start (the saved server's password leaves the keyring)."""
    settings = config.load_settings()
    saved = settings.pop("database_url", None)
    if saved is not None:
        config.save_settings(settings)
    if isinstance(saved, str) and is_server_url(saved):
        forget_password(saved)


# -- the system keyring -------------------------------------------------------------------------------
def _keyring() -> Any | None:
    """The keyring module when its backend can keep a password; None on a machine without one (keyring's
    fail and null backends, or a chain of no backends), where the app asks for the password instead."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not stop the app
        log.warning("No usable keyring: %s", exc)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if getattr(backend, "backends", None) == []:  # keyring.backends.chainer with nothing to chain
        return None
    return keyring


def keyring_available() -> bool:
    """Whether a password can be kept in the system keyring on this machine."""
    return _keyring() is not None


def keyring_password(url: str) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        value = kr.get_password(KEYRING_SERVICE, describe(url))
    except Exception as exc:  # a locked keyring must not stop the app: the password is asked for instead
        log.warning("Keyring lookup for %s failed: %s", describe(url), type(exc).__name__)
        return None
    return value if isinstance(value, str) and value else None


def remember_password(url: str, password: str) -> bool:
    """Store the password in the system keyring when there is one; False when there is none."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(KEYRING_SERVICE, describe(url), password)
    except Exception as exc:
        log.warning("Could not store the password for %s in the keyring: %s", describe(url), type(exc).__name__)
        return False
    return True


def forget_password(url: str) -> None:
    kr = _keyring()
    if kr is None:
        return
    try:
        kr.delete_password(KEYRING_SERVICE, describe(url))
    except Exception:  # none was stored (PasswordDeleteError), or the keyring is locked: nothing to undo
        log.debug("No password for %s removed from the keyring", describe(url))


# -- errors and testing a connection ------------------------------------------------------------------
def is_password_error(exc: BaseException) -> bool:
    """True when the server refused us for want of a (correct) password."""
    message = str(getattr(exc, "orig", None) or exc).lower()
    return "no password supplied" in message or "password authentication failed" in message


def plain_error(exc: BaseException, password: str | None = None) -> str:
    """The driver's message without SQLAlchemy's wrapping, on one line, never with ``password`` in it."""
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return urls.scrub(" ".join(lines), password) or type(exc).__name__


def check_connection(url: str, password: str | None = None) -> Message:
    """Connect once; returns the server role and version, or raises CivicError saying what went wrong."""
    from app.store.database import make_engine

    url, given = urls.split_password(url)
    password = password or given or keyring_password(url)
    engine = make_engine(url, password=password)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT current_user, current_setting('server_version')")).one()
    except (OperationalError, DBAPIError) as exc:
        if is_password_error(exc):
            raise PasswordNeededError(message("server.password_wanted", server=describe(url))) from exc
        problem = plain_error(exc, password)
        raise CivicError(message("server.cannot_connect", server=describe(url), problem=problem)) from exc
    finally:
        engine.dispose()
    return message("server.connected", role=row[0], version=row[1])
