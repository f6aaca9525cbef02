"""Where data lives, which database to open, where the bundled files are, and the user's Preferences."""

from __future__ import annotations

import getpass
import json
import logging
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app.domain.dates import DateStyle
from app.domain.messages import LANGUAGES, pick_language
from app.domain.saved_filters import SavedFilter, read_all

APP_NAME = "CivicTracker"
ENV_DB = "CIVIC_TRACKER_DB"
ENV_DATA_DIR = "CIVIC_TRACKER_DATA_DIR"
ENV_BACKUP_DIR = "CIVIC_TRACKER_BACKUP_DIR"
SECOND_BACKUP_FOLDER = "second_backup_folder"  # the settings key

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent


def _bundled(name: str, repo_relative: str) -> Path:
    """A folder shipped inside the wheel as app/_data/NAME, or found in the source tree."""
    inside = _PACKAGE_DIR / "_data" / name
    if inside.is_dir():
        return inside
    return _REPO_ROOT / repo_relative


def migrations_dir() -> Path:
    return _bundled("migrations", "db/migrations")


def seed_dir() -> Path:
    return _bundled("seed", "seed")


def resources_dir() -> Path:
    return _bundled("resources", "resources")


def data_dir() -> Path:
    """The user's data folder (created on demand). CIVIC_TRACKER_DATA_DIR overrides it."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


# Staff names, history and the database are for the user alone: folders 0700, files 0600 (POSIX).
PRIVATE_UMASK = 0o077


def make_private() -> None:
    """Everything the app creates from now on is readable by its user alone (the process umask), and the
    data folder with what is already in it (from an older version) is tightened to that, once per start."""
    if os.name != "posix":
        return
    os.umask(PRIVATE_UMASK)
    folder = data_dir()
    for parent in (folder, folder / "backups"):
        if parent.is_dir():
            _tighten(parent)
            for item in parent.iterdir():
                if item.is_file() and not item.is_symlink():
                    _tighten(item)


def _tighten(path: Path) -> None:
    """Take away what group and others may do; the owner's own bits (a file made read-only) stay."""
    try:
        st = path.lstat()
        if st.st_uid == os.getuid() and st.st_mode & 0o077:
            path.chmod(stat.S_IMODE(st.st_mode) & ~0o077)
    except OSError:
        logging.getLogger(__name__).warning("Could not make %s private", path)


def default_database_path() -> Path:
    return data_dir() / "civic-tracker.sqlite3"


def database_url(explicit: str | None = None) -> str:
    """--db wins, then CIVIC_TRACKER_DB, then the saved server connection, then the local SQLite file."""
    if explicit:
        return explicit
    env = os.environ.get(ENV_DB)
    if env:
        return env
    saved = load_settings().get("database_url")
    if isinstance(saved, str) and saved:
        return saved
    # Here, not at the top: parsing the command line loads no database code (and this one no SQLAlchemy).
    from app.store.sqlite_file import sqlite_url

    return sqlite_url(default_database_path())


def settings_path() -> Path:
    return data_dir() / "settings.json"


def load_settings() -> dict[str, object]:
    path = settings_path()
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        logging.getLogger(__name__).warning("Ignoring unreadable settings file %s", path)
        return {}
    return loaded if isinstance(loaded, dict) else {}


def save_settings(settings: dict[str, object]) -> None:
    """Write settings atomically: a crash leaves either the old or the new file."""
    path = settings_path()
    url = settings.get("database_url")
    if isinstance(url, str) and url:
        # A saved connection never holds a password: ~/.pgpass, the keyring or a prompt supply it.
        from app.store.urls import without_password  # here: reading the settings loads no database code

        settings = {**settings, "database_url": without_password(url)}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def second_backup_folder() -> tuple[Path, bool] | None:
    """The folder every backup is copied to as well (another disk, a network share), and whether it comes
    from CIVIC_TRACKER_BACKUP_DIR (which wins) rather than from Preferences; None when there is none."""
    env = os.environ.get(ENV_BACKUP_DIR, "").strip()
    if env:
        return Path(env).expanduser(), True
    saved = load_settings().get(SECOND_BACKUP_FOLDER)
    if isinstance(saved, str) and saved.strip():
        return Path(saved).expanduser(), False
    return None


def save_second_backup_folder(folder: Path | None) -> None:
    settings = load_settings()
    if folder is None:
        if settings.pop(SECOND_BACKUP_FOLDER, None) is None:
            return
    else:
        settings[SECOND_BACKUP_FOLDER] = str(folder)
    save_settings(settings)


# -- Preferences (Edit > Preferences in the app), in settings.json beside the second backup folder ------
USER_NAME = "user_name"
LANGUAGE = "language"
DATE_STYLE = "date_style"
EXPORT_FOLDER = "export_folder"
KEEP_DAILY = "backups_keep_daily"
KEEP_WEEKLY = "backups_keep_weekly"
REMIND_DAYS = "remind_days"
SYSTEM_LANGUAGE = "system"  # the language preference that follows the system's locale
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
KEEP_RANGE = (1, 365)  # how many daily or weekly backups Preferences may keep
DEFAULT_REMIND_DAYS = 7
REMIND_RANGE = (0, 365)  # how many days ahead a reminder looks (0: overdue and due today)


@dataclass(frozen=True)
class Preferences:
    """What the user chose in Preferences; a value missing or unreadable in the file reads as its default."""

    user_name: str = ""  # the name history records; empty: the operating-system user
    language: str = SYSTEM_LANGUAGE  # "system", or one of app.domain.messages.LANGUAGES
    date_style: str = DateStyle.ISO.value  # app.domain.dates.DateStyle
    export_folder: str = ""  # where Export starts; empty: the home folder
    keep_daily: int = DEFAULT_KEEP_DAILY  # how many daily backups rotation keeps
    keep_weekly: int = DEFAULT_KEEP_WEEKLY  # how many weekly backups rotation keeps
    remind_days: int = DEFAULT_REMIND_DAYS  # reminders name your tasks overdue and due within these days


def load_preferences() -> Preferences:
    saved = load_settings()
    default = Preferences()

    def text(key: str, allowed: Iterable[str] | None = None, fallback: str = "") -> str:
        value = saved.get(key)
        if not isinstance(value, str) or (allowed is not None and value not in allowed):
            return fallback
        return value.strip()

    def count(key: str, fallback: int, bounds: tuple[int, int] = KEEP_RANGE) -> int:
        value = saved.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            return fallback
        return min(max(value, bounds[0]), bounds[1])

    return Preferences(
        user_name=text(USER_NAME),
        language=text(LANGUAGE, (SYSTEM_LANGUAGE, *LANGUAGES), default.language),
        date_style=text(DATE_STYLE, [s.value for s in DateStyle], default.date_style),
        export_folder=text(EXPORT_FOLDER),
        keep_daily=count(KEEP_DAILY, default.keep_daily),
        keep_weekly=count(KEEP_WEEKLY, default.keep_weekly),
        remind_days=count(REMIND_DAYS, default.remind_days, REMIND_RANGE),
    )


def save_preferences(preferences: Preferences) -> None:
    """Write the preferences into settings.json, keeping every other setting (the saved connection, the
    second backup folder) as it is. A value left at its default is removed from the file."""
    settings = load_settings()
    default = Preferences()
    for key, value, fallback in (
        (USER_NAME, preferences.user_name.strip(), default.user_name),
        (LANGUAGE, preferences.language, default.language),
        (DATE_STYLE, preferences.date_style, default.date_style),
        (EXPORT_FOLDER, preferences.export_folder.strip(), default.export_folder),
        (KEEP_DAILY, min(max(preferences.keep_daily, KEEP_RANGE[0]), KEEP_RANGE[1]), default.keep_daily),
        (KEEP_WEEKLY, min(max(preferences.keep_weekly, KEEP_RANGE[0]), KEEP_RANGE[1]), default.keep_weekly),
        (REMIND_DAYS, min(max(preferences.remind_days, REMIND_RANGE[0]), REMIND_RANGE[1]), default.remind_days),
    ):
        if value == fallback:
            settings.pop(key, None)
        else:
            settings[key] = value
    save_settings(settings)


# -- Saved filters (View > Saved filters), in settings.json: a list of SavedFilter.to_dict() --------------
SAVED_FILTERS = "saved_filters"


def load_saved_filters() -> list[SavedFilter]:
    return read_all(load_settings().get(SAVED_FILTERS))


def save_saved_filters(filters: Iterable[SavedFilter]) -> None:
    """Keep ``filters`` (every view's), leaving every other setting as it is."""
    settings = load_settings()
    kept = [f.to_dict() for f in filters]
    if kept:
        settings[SAVED_FILTERS] = kept
    else:
        settings.pop(SAVED_FILTERS, None)
    save_settings(settings)


def system_locale_names() -> list[str]:
    """The user's locale as the operating system says it, most wanted first (as gettext reads it)."""
    names = [n for n in os.environ.get("LANGUAGE", "").split(":") if n]
    names += [os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)]
    if not names:
        import locale

        found = locale.getlocale()[0]  # Windows: "Korean_Korea", "Chinese (Simplified)_China"
        if found:
            names.append(found)
    return names


def interface_language(chosen: str | None = None) -> str:
    """en, ko or zh_CN: ``chosen`` (--lang), else the language in Preferences, else the system's."""
    return pick_language(chosen or load_preferences().language, system_locale_names())


def export_folder() -> Path:
    """Where Export proposes to write: the folder in Preferences while it exists, else the home folder."""
    chosen = load_preferences().export_folder
    if chosen:
        folder = Path(chosen).expanduser()
        if folder.is_dir():
            return folder
    return Path.home()


def current_user() -> str:
    """The name history records: the one set in Preferences, else the operating-system user."""
    return load_preferences().user_name or system_user()


def system_user() -> str:
    """The operating-system user's login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True)
class LogSetup:
    path: Path


def setup_logging(level: int = logging.INFO) -> LogSetup:
    """Log to a file in the user data folder; nothing is printed for diagnostics."""
    path = data_dir() / "civic-tracker.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
    return LogSetup(path)
