"""Hatch build hook: a wheel carries app/_build.py with the day it was built (app/version.py says how)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class BuildDateHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install tells the source's date instead
        sys.path.insert(0, self.root)
        try:
            from app.version import STAMP_FILE, build_day, stamp_text
        finally:
            sys.path.remove(self.root)
        self._folder = Path(tempfile.mkdtemp(prefix="civic-tracker-build-"))
        stamp = self._folder / STAMP_FILE
        stamp.write_text(stamp_text(build_day()), encoding="utf-8")
        build_data["force_include"][str(stamp)] = f"app/{STAMP_FILE}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
