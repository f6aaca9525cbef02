"""How a file's size is shown to staff: the backups dialog and `db backups` alike."""

from __future__ import annotations


def human_size(n: int) -> str:
    """812 B, 3.4 KB, 120.5 MB, 2.0 GB."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"
