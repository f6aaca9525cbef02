"""The Debian packages a frozen folder needs: for every ELF file in it, each shared library it names (NEEDED)
that the folder does not hold itself, found as the system's dynamic linker finds it (ldconfig -p) and
mapped to the package that owns it (dpkg -S), as dpkg-shlibdeps does for a Debian build.

    python packaging/linux/depends.py FOLDER   -> one package name a line
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_library_paths() -> dict[str, str]:
    """soname -> path for this machine's architecture, from the dynamic linker's cache."""
    machine = subprocess.run(["uname", "-m"], capture_output=True, text=True, check=True).stdout.strip()
    arch_tag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(machine, "")
    paths: dict[str, str] = {}
    for line in subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout.splitlines():
        match = re.match(r"\s+(\S+) \(([^)]*)\) => (\S+)", line)
        if match and (not arch_tag or arch_tag in match.group(2)):
            paths.setdefault(match.group(1), match.group(3))
    return paths


def owner(path: str) -> str | None:
    candidates = [path, str(Path(path).resolve())]
    candidates += [c.removeprefix("/usr") for c in candidates if c.startswith("/usr/")]
    candidates += ["/usr" + c for c in candidates if not c.startswith("/usr/")]
    for candidate in candidates:
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if out.returncode == 0:
            return out.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def main(folder: Path) -> int:
    files = elf_files(folder)
    held = {path.name for path in folder.rglob("*")}
    missing = sorted({lib for path in files for lib in needed(path)} - held)
    paths = system_library_paths()
    packages, unknown = set(), []
    for lib in missing:
        package = owner(paths[lib]) if lib in paths else None
        if package is None:
            unknown.append(lib)
        else:
            packages.add(package)
    if unknown:
        sys.stderr.write(f"No Debian package found for: {', '.join(unknown)}\n")
        return 1
    sys.stdout.write("".join(f"{package}\n" for package in sorted(packages)))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
