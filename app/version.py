"""Which Civic Tracker this is: the version (one source, ``app.__version__``, which pyproject.toml reads too)
and the date it was built.

A package build stamps the date into ``app/_build.py`` (scripts/build-package for the installers, the wheel
build through hatch_build.py); a source checkout has no stamp and tells the date of its last commit, else
the date the package's ``__init__.py`` was last changed. Dates are UTC days, ISO style.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from app import __version__

_PACKAGE_DIR = Path(__file__).resolve().parent
STAMP_FILE = "_build.py"


def stamp_text(date: dt.date) -> str:
    """The contents of app/_build.py for a build on ``date``."""
    return f'"""Written when the package was built; not in version control."""\n\nBUILD_DATE = "{date.isoformat()}"\n'


def build_day(environ: dict[str, str] | None = None) -> dt.date:
    """The day a build is made: SOURCE_DATE_EPOCH when set (a reproducible build), else today, in UTC."""
    environ = dict(os.environ) if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.datetime.now(dt.UTC).date()


def _stamped() -> str | None:
    try:
        from app import _build  # type: ignore[attr-defined]
    except ImportError:
        return None
    date = getattr(_build, "BUILD_DATE", None)
    return date if isinstance(date, str) and date else None


def source_date(package_dir: Path = _PACKAGE_DIR) -> str:
    """The date of the source: its last commit in a git checkout, else when app/__init__.py last changed."""
    repo = package_dir.parent
    if (repo / ".git").exists():
        try:
            out = subprocess.run(
                ["git", "-C", str(repo), "log", "-1", "--format=%ct"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
            if out.returncode == 0 and out.stdout.strip().isdigit():
                return dt.datetime.fromtimestamp(int(out.stdout.strip()), dt.UTC).date().isoformat()
        except (OSError, subprocess.SubprocessError):
            pass
    # A frozen app that was built without its stamp has no source files: the program's own date then.
    for path in (package_dir / "__init__.py", Path(sys.executable)):
        if path.exists():
            return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).date().isoformat()
    return "unknown"


def build_date() -> str:
    return _stamped() or source_date()


def version_line() -> str:
    """What ``civic-tracker --version`` prints: ``civic-tracker 0.2.0 (built 2026-12-06)``."""
    return f"civic-tracker {__version__} (built {build_date()})"
