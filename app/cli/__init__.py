"""The command line (`civic-tracker`, `civic-tracker-cli`, `python -m app`): argument parsing only.

core.py builds the parser and sets the exit status; each other module is one command group whose
commands parse their arguments and call a service.
"""

from __future__ import annotations

from app.cli.core import main

__all__ = ["main"]
