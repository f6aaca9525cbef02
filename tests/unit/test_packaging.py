"""The Debian package's pieces that can be checked without building it (scripts/test-package checks the
built package): its dependencies found from what frozen files link to, and the offline install choosing
only what a machine lacks, with no network."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEBIAN_TOOLS = all(shutil.which(tool) for tool in ("readelf", "ldconfig", "dpkg", "xz"))


def _depends(folder: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "linux" / "depends.py"), str(folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return out.stdout.split()


@pytest.mark.skipif(not DEBIAN_TOOLS, reason="a Debian machine with binutils")
def test_a_system_library_a_frozen_file_links_to_becomes_a_debian_dependency(tmp_path: Path) -> None:
    xz = Path(shutil.which("xz") or "")
    shutil.copy(xz, tmp_path / "xz")
    assert _depends(tmp_path) == ["libc6", "liblzma5"]
    (tmp_path / "liblzma.so.5").write_bytes(b"")  # the folder holds it: no longer a dependency
    assert _depends(tmp_path) == ["libc6"]


def _deb(folder: Path, package: str, depends: str = "") -> None:
    """A tiny real .deb with one file in /usr/share/doc."""
    root = folder.parent / f"root-{package}"
    (root / "DEBIAN").mkdir(parents=True)
    (root / "usr" / "share" / "doc" / package).mkdir(parents=True)
    (root / "usr" / "share" / "doc" / package / "README").write_text(package, encoding="utf-8")
    control = f"Package: {package}\nVersion: 9.9.9\nArchitecture: all\nMaintainer: test <t@localhost>\n"
    control += (f"Depends: {depends}\n" if depends else "") + f"Description: {package} for a test\n"
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    for path in [root, *root.rglob("*")]:  # dpkg-deb wants 0755 folders, whatever umask an earlier test left
        path.chmod(0o755 if path.is_dir() else 0o644)
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "--build", str(root), str(folder / f"{package}_9.9.9_all.deb")],
        check=True,
        capture_output=True,
    )


def _bundle(tmp_path: Path, with_dependency: bool) -> Path:
    bundle = tmp_path / "civic-tracker_9.9.9_offline"
    (bundle / "debs").mkdir(parents=True)
    shutil.copy(REPO / "packaging" / "linux" / "install-offline.sh", bundle / "install.sh")
    _deb(bundle, "civic-tracker", depends="civic-tracker-test-dependency")
    (bundle / "civic-tracker_9.9.9_all.deb").rename(bundle / "civic-tracker_9.9.9_amd64.deb")
    if with_dependency:
        _deb(bundle / "debs", "civic-tracker-test-dependency")
    subprocess.run([str(REPO / "packaging" / "linux" / "index-debs.sh"), str(bundle / "debs")], check=True)
    return bundle


def _simulate(bundle: Path) -> subprocess.CompletedProcess[str]:
    """install.sh simulated on a machine with nothing installed (an empty dpkg status through apt's own
    APT_CONFIG), so what other programs install meanwhile on this machine cannot change the answer."""
    status = bundle.parent / "status"
    status.write_text("", encoding="utf-8")
    config = bundle.parent / "apt.conf"
    config.write_text(f'Dir::State::status "{status}";\n', encoding="utf-8")
    env = {**os.environ, "CIVIC_TRACKER_SIMULATE": "1", "APT_CONFIG": str(config)}
    return subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True, timeout=120)


APT = all(shutil.which(tool) for tool in ("apt-get", "dpkg-deb", "sha256sum"))


@pytest.mark.skipif(not APT, reason="a Debian machine")
def test_the_offline_bundle_installs_from_its_own_packages_only(tmp_path: Path) -> None:
    out = _simulate(_bundle(tmp_path, with_dependency=True))
    assert out.returncode == 0, out.stdout + out.stderr
    installed = [line.split()[1] for line in out.stdout.splitlines() if line.startswith("Inst ")]
    assert sorted(installed) == ["civic-tracker", "civic-tracker-test-dependency"]
    assert "Remv " not in out.stdout


@pytest.mark.skipif(not APT, reason="a Debian machine")
def test_a_dependency_missing_from_the_bundle_is_named_not_fetched(tmp_path: Path) -> None:
    out = _simulate(_bundle(tmp_path, with_dependency=False))
    assert out.returncode != 0
    assert "civic-tracker-test-dependency" in out.stdout + out.stderr
    assert "Inst " not in out.stdout


def test_the_runtime_hook_points_qt_into_the_bundle_without_loading_qt(tmp_path: Path) -> None:
    """The frozen app's start: Qt's plugins are looked for inside the bundle, and nothing of Qt is loaded
    before the app's own code decides it needs it (the command line never does)."""
    hook = REPO / "packaging" / "rthooks" / "pyi_rth_qt_paths.py"
    code = (
        "import json, os, runpy, sys; sys._MEIPASS = sys.argv[2]; runpy.run_path(sys.argv[1]); "
        "print(json.dumps([os.environ['QT_PLUGIN_PATH'], os.environ['QML2_IMPORT_PATH'], "
        "sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))]))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH")}
    out = subprocess.run(
        [sys.executable, "-c", code, str(hook), str(tmp_path)], capture_output=True, text=True, check=True, env=env
    )
    plugins, qml, qt_modules = json.loads(out.stdout)
    assert plugins == str(tmp_path / "PySide6" / "Qt" / "plugins")
    assert qml == str(tmp_path / "PySide6" / "Qt" / "qml")
    assert qt_modules == []
