"""The Debian package's pieces that can be checked without building it (scripts/test-package checks the
built package): its dependencies found from what frozen files link to, and the offline install choosing
only what a machine lacks, with no network."""

from __future__ import annotations

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


def _fake_tools(tmp_path: Path, installed: dict[str, str]) -> dict[str, str]:
    """dpkg-deb reading fake .deb files (KEY=VALUE lines), dpkg-query knowing ``installed``, dpkg comparing
    versions as numbers, an apt-get and apt-mark that write down how they were called, and root's id."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    known = "\n".join(f"{name} {version}" for name, version in installed.items())
    scripts = {
        "dpkg-deb": 'sed -n "s/^$3=//p" "$2"\n',
        "dpkg-query": f'name="${{@: -1}}"; name="${{name%%:*}}"\n'
        f'v=$(printf "%s\\n" "{known}" | awk -v n="$name" \'$1==n{{print $2}}\')\n'
        '[ -n "$v" ] && printf "install ok installed %s" "$v" || exit 1\n',
        "dpkg": '[ "$1" = --compare-versions ] && [ "$(printf "%s\\n%s\\n" "$2" "$4" | sort -V | tail -1)" = "$2" ]\n',
        "apt-get": f'echo "apt-get $*" >> "{tmp_path / "calls.log"}"\n',
        "apt-mark": f'echo "apt-mark $*" >> "{tmp_path / "calls.log"}"\n',
        "id": "echo 0\n",
    }
    for name, body in scripts.items():
        path = bin_dir / name
        path.write_text("#!/usr/bin/env bash\n" + body, encoding="utf-8")
        path.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}


def _fake_deb(path: Path, package: str, version: str, arch: str = "amd64") -> None:
    path.write_text(f"Package={package}\nVersion={version}\nArchitecture={arch}\n", encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="a shell script")
def test_the_offline_bundle_installs_only_what_the_machine_lacks_without_network(tmp_path: Path) -> None:
    bundle = tmp_path / "civic-tracker_9.9.9_offline"
    (bundle / "debs").mkdir(parents=True)
    shutil.copy(REPO / "packaging" / "linux" / "install-offline.sh", bundle / "install.sh")
    _fake_deb(bundle / "civic-tracker_9.9.9_amd64.deb", "civic-tracker", "9.9.9")
    _fake_deb(bundle / "debs" / "fonts-noto-cjk.deb", "fonts-noto-cjk", "1:20220127", "all")  # missing
    _fake_deb(bundle / "debs" / "libgl1.deb", "libgl1", "1.6.0")  # installed, newer
    _fake_deb(bundle / "debs" / "libxcb1.deb", "libxcb1", "1.15")  # installed, older
    env = _fake_tools(tmp_path, {"libgl1": "1.7.0", "libxcb1": "1.14"})

    out = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    apt, mark = (tmp_path / "calls.log").read_text(encoding="utf-8").splitlines()
    args = apt.split()
    assert "--no-download" in args and "Dir::Etc::SourceList=/dev/null" in args
    assert [a for a in args if a.endswith(".deb")] == [
        "./debs/fonts-noto-cjk.deb",
        "./debs/libxcb1.deb",
        "./civic-tracker_9.9.9_amd64.deb",
    ]
    assert mark == "apt-mark auto fonts-noto-cjk"  # a dependency it brought goes with apt autoremove
