"""scripts/bootstrap.sh installs only the system packages that are missing: one missing package no longer
makes it reinstall (and upgrade) the whole list."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALLED = {"libgl1", "fonts-noto-cjk", "libdbus-1-3"}


def _fake_bin(tmp_path: Path) -> Path:
    """dpkg-query that knows INSTALLED, an apt-get that writes down how it was called, and root's id."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    known = " ".join(sorted(INSTALLED))
    scripts = {
        "dpkg-query": f'for p in {known}; do [ "$p" = "${{@: -1}}" ] && printf "install ok installed" && exit 0; done\n'
        "exit 1\n",
        "apt-get": f'echo "$*" >> "{tmp_path / "apt.log"}"\n',
        "id": "echo 0\n",
    }
    for name, body in scripts.items():
        path = bin_dir / name
        path.write_text("#!/usr/bin/env bash\n" + body, encoding="utf-8")
        path.chmod(0o755)
    return bin_dir


def _install(tmp_path: Path, *packages: str) -> list[str]:
    env = {**os.environ, "PATH": f"{_fake_bin(tmp_path)}:{os.environ['PATH']}", "CIVIC_APT_UPDATED": "1"}
    script = f'source "{REPO / "scripts" / "bootstrap.sh"}"; install_system_packages {" ".join(packages)}'
    subprocess.run(["bash", "-c", script], env=env, check=True, capture_output=True, text=True, timeout=60)
    log = tmp_path / "apt.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


@pytest.mark.skipif(os.name != "posix", reason="a bash script")
def test_only_the_missing_packages_are_installed(tmp_path: Path) -> None:
    calls = _install(tmp_path, "libgl1", "libegl1", "fonts-noto-cjk", "libxcb-cursor0", "libdbus-1-3")
    assert len(calls) == 1
    assert calls[0].split()[-2:] == ["libegl1", "libxcb-cursor0"]
    assert "--no-upgrade" in calls[0].split()


@pytest.mark.skipif(os.name != "posix", reason="a bash script")
def test_nothing_is_installed_when_nothing_is_missing(tmp_path: Path) -> None:
    assert _install(tmp_path, *sorted(INSTALLED)) == []
