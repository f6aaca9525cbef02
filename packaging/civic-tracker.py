"""Entry point of the frozen app (PyInstaller): the same ``civic-tracker`` command as the wheel's."""

from __future__ import annotations

import os
import sys

from app.cli import main

if __name__ == "__main__":
    # A windowed program on Windows has no console: its output goes nowhere rather than failing.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.exit(main())
