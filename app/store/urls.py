"""Database URLs as they may be kept, shown, logged or saved: the one place a password is taken out of one.

A password typed into ``--db`` or CIVIC_TRACKER_DB is split off as soon as the URL is read and handed to the
driver on its own (see ``store/database.py``); everything else sees the URL without it. Whatever shows a
URL to a person uses ``shown``, so a password that slipped through is masked as ``***``.
"""

from __future__ import annotations

import re

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.domain.errors import ValidationError
from app.domain.messages import message

# For a URL SQLAlchemy cannot read, where only the text is left to mask: "scheme://user:PASSWORD@host".
# Up to the last '@': a password may hold '@', '/' or ':' typed unescaped; masking too much is harmless.
_USERINFO_PASSWORD = re.compile(r"(://[^:/@?#]*:).*@")


BACKENDS = ("sqlite", "postgresql")


def parse(url: str) -> URL:
    """The URL of a database the app can open, or a ValidationError that says what is wrong (and repeats
    the URL with its password masked)."""
    parsed = _read(url)
    if parsed.get_backend_name() not in BACKENDS:
        raise ValidationError(
            message("database.url_backend", backend=parsed.get_backend_name(), url=shown(url)), "database_url"
        )
    return parsed


def _read(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise ValidationError(message("database.url_unreadable", url=shown(url)), "database_url") from None


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it has none)."""
    parsed = _read(url)
    if parsed.password is None:
        return url, None
    return parsed._replace(password=None).render_as_string(hide_password=False), str(parsed.password)


def without_password(url: str) -> str:
    """The URL as it may be kept or saved: any password removed (text that is not a URL: masked)."""
    try:
        return split_password(url)[0]
    except ValidationError:
        return shown(url)


def shown(url: str) -> str:
    """The URL as it may be shown or logged: a password, if any, as ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return _USERINFO_PASSWORD.sub(r"\1***@", url)


def scrub(text: str, password: str | None) -> str:
    """``text`` (a driver's error message, say) with every copy of ``password`` masked as ``***``."""
    if not password:
        return text
    from urllib.parse import quote

    for form in {password, quote(password, safe=""), quote(password)}:
        text = text.replace(form, "***")
    return text
