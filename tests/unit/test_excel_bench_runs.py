"""bench/excel_bench.py runs every step of every scenario on a few rows: a workbook layout change that the
benchmark's bare baselines do not follow fails here, not in the next round of measurements (the multi-sheet
scenario read the export by column positions, and failed once the export gained a column)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_scenario_of_the_workbook_benchmark_runs_and_reports_its_ratios(tmp_path: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "excel_bench.py"),
            "--rows",
            "30",
            "--update-rows",
            "20",
            "--no-soffice",
            "--repeat",
            "1",
            "--dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    for line in (
        "import / calamine + insert",
        "our import into an empty database (90 rows)",
        "our import into a seeded database (30 created)",
        "our import updating 60 rows (0 created)",
    ):
        assert line in out.stdout, out.stdout[-3000:]
