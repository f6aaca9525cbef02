"""Crash-safety benchmark: a burst of edits from two processes on one SQLite file, with random SIGKILLs.

    python bench/trust_bench.py [--edits 10000] [--seed 7] [--json out.json]

Two worker processes each log progress entries on the same program as fast as they can, one
transaction per edit (with its history records), and print an acknowledgement line after each commit,
as the app confirms a save to its user. The parent kills a random worker with SIGKILL every 0.2-1.5 s
and starts a new one in its place, until 10,000 edits were confirmed. After every kill it runs
PRAGMA quick_check, at the end PRAGMA integrity_check, and it then looks up every confirmed edit.

Reported: confirmed edits lost (must be 0), integrity failures (must be 0), kills, and edits per
second, also as a ratio to a baseline run (one process, no kills) in the same run on the same disk,
and for two processes without kills (the cost of sharing the file alone). Under kills most of the time
goes into starting replacement workers (a Python start-up each), not into SQLite.

Then the hostile files of issue "Trust, second round" (``--files-only`` runs just these): each goes to
``civic-tracker import --dry-run`` in a process of its own, and the seconds, the process's peak memory,
its exit status and the first line it printed are reported. Each must exit 1 with one line, within
10 s and under 300 MB; ``--version`` of the same command is the baseline for time and memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

PROGRAM = "BENCH"


# ---------------------------------------------------------------------- the worker (child process)
def worker(url: str, name: str, limit: int) -> None:
    from app.services.programs import ProgramService
    from app.store.database import Database

    db = Database(url, actor=name)
    service = ProgramService(db)
    out = sys.stdout
    for n in range(limit):
        title = f"{name}-{n}"
        entry = service.log_progress(PROGRAM, title)
        out.write(f"ack {title} {entry.id}\n")  # one small write: atomic on a pipe
        out.flush()


# ---------------------------------------------------------------------- the parent
@dataclass
class Result:
    mode: str
    confirmed: int = 0
    lost: int = 0
    history_missing: int = 0
    integrity_failures: int = 0
    quick_checks: int = 0
    kills: int = 0
    restarts: int = 0
    seconds: float = 0.0
    edits_per_second: float = 0.0
    notes: list[str] = field(default_factory=list)


class Slot:
    """One of the two worker places; a killed worker is replaced by a new one with a new name."""

    def __init__(self, url: str, label: str, acks: dict[str, int], lock: threading.Lock) -> None:
        self.url = url
        self.label = label
        self.acks = acks
        self.lock = lock
        self.generation = 0
        self.proc: subprocess.Popen[str] | None = None
        self.reader: threading.Thread | None = None

    def start(self, limit: int) -> None:
        self.generation += 1
        name = f"{self.label}{self.generation}"
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker", self.url, name, str(limit)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO,
        )
        self.reader = threading.Thread(target=self._read, args=(self.proc,), daemon=True)
        self.reader.start()

    def _read(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if not line.endswith("\n"):
                continue  # cut off by the kill: never confirmed
            parts = line.split()
            if len(parts) == 3 and parts[0] == "ack":
                with self.lock:
                    self.acks[parts[1]] = int(parts[2])

    def kill(self) -> None:
        assert self.proc is not None
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self.check_exit()
        assert self.reader is not None
        self.reader.join()

    def check_exit(self) -> None:
        """A worker that failed by itself (not by our SIGKILL) is a bug in the benchmark or the app."""
        assert self.proc is not None
        code = self.proc.poll()
        if code is not None and code not in (0, -signal.SIGKILL):
            raise RuntimeError(f"worker {self.label}{self.generation} failed with exit code {code}")

    def finish(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.kill()


def _make_database(folder: Path) -> str:
    from app.services.database import open_database
    from app.services.programs import ProgramDraft, ProgramService

    url = f"sqlite:///{folder / 'bench.sqlite3'}"
    db, _ = open_database(url, actor="bench", seed=False)
    ProgramService(db).create_program(ProgramDraft(title="Benchmark program", key=PROGRAM))
    db.dispose()
    return url


def _check(path: Path, pragma: str) -> bool:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=60)
    try:
        return [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()] == ["ok"]
    finally:
        conn.close()


def _verify(path: Path, acks: dict[str, int], result: Result) -> None:
    conn = sqlite3.connect(path)
    try:
        stored = dict(conn.execute("SELECT title, id FROM progress_entries").fetchall())
        with_history = {
            r[0] for r in conn.execute("SELECT DISTINCT entity_id FROM change_records WHERE entity_type='progress'")
        }
    finally:
        conn.close()
    result.lost = sum(1 for title, entry_id in acks.items() if stored.get(title) != entry_id)
    result.history_missing = sum(1 for entry_id in acks.values() if entry_id not in with_history)


def run(edits: int, processes: int, kill_range: tuple[float, float] | None, seed: int) -> Result:
    rng = random.Random(seed)
    mode = "baseline" if kill_range is None else "sigkill"
    result = Result(mode=mode)
    with tempfile.TemporaryDirectory(prefix="trust-bench-") as tmp:
        url = _make_database(Path(tmp))
        path = Path(tmp) / "bench.sqlite3"
        acks: dict[str, int] = {}
        lock = threading.Lock()
        slots = [Slot(url, "ab"[i % 2] if processes > 1 else "s", acks, lock) for i in range(processes)]
        started = time.perf_counter()
        for slot in slots:
            slot.start(edits)
        next_kill = time.perf_counter() + (rng.uniform(*kill_range) if kill_range else 1e9)
        try:
            while True:
                with lock:
                    done = len(acks)
                if done >= edits:
                    break
                for slot in slots:
                    slot.check_exit()
                if all(s.proc is not None and s.proc.poll() is not None for s in slots):
                    for slot in slots:  # every worker ran out (only when not killed): start more
                        slot.start(edits)
                        result.restarts += 1
                now = time.perf_counter()
                if kill_range and now >= next_kill:
                    victim = rng.choice(slots)
                    victim.kill()
                    result.kills += 1
                    result.quick_checks += 1
                    if not _check(path, "quick_check"):
                        result.integrity_failures += 1
                    victim.start(edits)
                    result.restarts += 1
                    next_kill = time.perf_counter() + rng.uniform(*kill_range)
                time.sleep(0.01)
        finally:
            for slot in slots:
                slot.finish()
        result.seconds = time.perf_counter() - started
        with lock:
            confirmed = dict(acks)
        result.confirmed = len(confirmed)
        if not _check(path, "integrity_check"):
            result.integrity_failures += 1
        _verify(path, confirmed, result)
        result.edits_per_second = result.confirmed / result.seconds if result.seconds else 0.0
    return result


# ------------------------------------------------------------ hostile files (issue "Trust, second round")


def _hostile_files(folder: Path) -> dict[str, Path]:
    """The files the adversarial review made the app choke on, rebuilt here."""
    import zipfile

    import openpyxl

    out: dict[str, Path] = {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Title", "Status"])
    ws["A2"] = "Rain gardens"
    ws.cell(240_000, 16_384, "x")
    far = folder / "far-cell.xlsx"
    wb.save(far)
    lied = folder / "far-cell-small-dimension.xlsx"  # the crafted 1.6 KB file: <dimension> says A1:B2
    with zipfile.ZipFile(far) as src, zipfile.ZipFile(lied, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                start = data.index(b"<dimension")
                data = data[:start] + b'<dimension ref="A1:B2"/>' + data[data.index(b"/>", start) + 2 :]
            dst.writestr(item, data)
    out["xlsx: one cell at XFD240000, <dimension> A1:B2"] = lied
    cell = (
        '<table:table-cell office:value-type="string" table:number-columns-repeated="1024">'
        "<text:p>x</text:p></table:table-cell>"
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        '<office:spreadsheet><table:table table:name="Programs"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>Title</text:p></table:table-cell></table:table-row>'
        f'<table:table-row table:number-rows-repeated="1048575">{cell}</table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    ods = folder / "repeats.ods"
    with zipfile.ZipFile(ods, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    out["ods: 1,048,575 repeated rows of 1,024 repeated cells"] = ods
    sniff = folder / "quotes.csv"
    sniff.write_text("Title,Status\n" + ',"' * 32_000, encoding="utf-8")
    out["csv: 64 KB of ,\" (the dialect sniffer's worst case)"] = sniff
    damaged = folder / "damaged-utf8.csv"
    text = "Title,Status\n" + "".join(f"사업 {n},완료\n" for n in range(200))
    raw = bytearray(text.encode("utf-8"))
    raw[len(raw) // 2] = 0xFF
    damaged.write_bytes(bytes(raw))
    out["csv: Korean UTF-8 with one damaged byte"] = damaged
    zipped = folder / "corrupt-member.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Title", "Status"])
    wb.active.append(["Rain gardens", "Active"])
    wb.save(zipped)
    blob = bytearray(zipped.read_bytes())
    with zipfile.ZipFile(zipped) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    at = info.header_offset + 30 + len(info.filename) + 8
    blob[at : at + 8] = b"\xff" * 8
    zipped.write_bytes(bytes(blob))
    out["xlsx: a corrupt compressed sheet"] = zipped
    return out


@dataclass
class FileRun:
    what: str
    size: int
    seconds: float
    peak_mb: float
    status: int
    said: str


def _measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """Seconds, peak memory (MB), exit status and the first line printed, of one child process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    out, err = proc.communicate()
    _pid, status, usage = os.wait4(proc.pid, 0) if proc.returncode is None else (0, 0, None)
    seconds = time.perf_counter() - t
    peak = usage.ru_maxrss / 1024 if usage is not None else 0.0
    lines = [ln for ln in (err + out).splitlines() if ln.strip()]
    return seconds, peak, proc.returncode if proc.returncode is not None else status, lines[0] if lines else ""


def run_files() -> tuple[list[FileRun], FileRun]:
    import resource

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "CIVIC_TRACKER_DATA_DIR": str(folder / "data"), "PYTHONPATH": str(REPO)}
        db = f"sqlite:///{folder / 'hostile.sqlite3'}"
        base = [sys.executable, "-m", "app", "--db", db]
        subprocess.run([*base, "seed"], env=env, check=True, capture_output=True)
        runs = []
        for what, path in _hostile_files(folder).items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            seconds, _, status, said = _measured([*base, "import", "--dry-run", str(path)], env)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            runs.append(FileRun(what, path.stat().st_size, seconds, max(peak, before) / 1024, status, said))
        seconds, _, status, said = _measured([*base, "--version"], env)
        baseline = FileRun("--version (baseline)", 0, seconds, 0.0, status, said)
        return runs, baseline


def _files_report(runs: list[FileRun], baseline: FileRun) -> tuple[list[str], int]:
    lines = [f"hostile files, each through `import --dry-run` (baseline: --version in {baseline.seconds:.2f} s):"]
    failed = 0
    for r in runs:
        ok = r.status == 1 and r.seconds < 10 and r.peak_mb < 300 and r.said and "Traceback" not in r.said
        failed += not ok
        lines.append(
            f"  {'ok  ' if ok else 'FAIL'} {r.what} ({r.size:,} bytes): exit {r.status}, {r.seconds:.2f} s "
            f"({r.seconds / baseline.seconds:.1f} x --version), peak <= {r.peak_mb:.0f} MB\n         said: {r.said}"
        )
    return lines, failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=10_000, help="confirmed edits to reach (default 10000)")
    parser.add_argument("--baseline-edits", type=int, default=2_000, help="edits of the one-process baseline")
    parser.add_argument("--contention-edits", type=int, default=4_000, help="edits of two processes, no kills")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kill-min", type=float, default=0.2, help="shortest time between two kills (s)")
    parser.add_argument("--kill-max", type=float, default=1.5, help="longest time between two kills (s)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--files-only", action="store_true", help="only the hostile files")
    parser.add_argument("--worker", nargs=3, metavar=("URL", "NAME", "LIMIT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker[0], args.worker[1], int(args.worker[2]))
        return 0
    file_runs, file_baseline = run_files()
    file_lines, files_failed = _files_report(file_runs, file_baseline)
    if args.files_only:
        sys.stdout.write("\n".join(file_lines) + "\n")
        return 1 if files_failed else 0

    baseline = run(args.baseline_edits, 1, None, args.seed)
    contention = run(args.contention_edits, 2, None, args.seed)
    stress = run(args.edits, 2, (args.kill_min, args.kill_max), args.seed)
    ratio = stress.edits_per_second / baseline.edits_per_second if baseline.edits_per_second else 0.0
    two = contention.edits_per_second / baseline.edits_per_second if baseline.edits_per_second else 0.0
    runs = (baseline, contention, stress)
    lines = [
        f"SQLite {sqlite3.sqlite_version}, synchronous=FULL, WAL; seed {args.seed}",
        f"baseline (1 process, no kills): {baseline.confirmed} edits in {baseline.seconds:.1f} s = "
        f"{baseline.edits_per_second:.0f} edits/s",
        f"two processes, no kills: {contention.confirmed} edits in {contention.seconds:.1f} s = "
        f"{contention.edits_per_second:.0f} edits/s ({two:.2f} x baseline)",
        f"stress (2 processes, SIGKILL every {args.kill_min}-{args.kill_max} s): {stress.confirmed} "
        f"confirmed edits in {stress.seconds:.1f} s = {stress.edits_per_second:.0f} edits/s "
        f"({ratio:.2f} x baseline)",
        f"kills: {stress.kills}, quick_checks after kills: {stress.quick_checks}",
        f"confirmed edits lost: {sum(r.lost for r in runs)} (must be 0)",
        f"confirmed edits without their history: {sum(r.history_missing for r in runs)} (must be 0)",
        f"integrity failures: {sum(r.integrity_failures for r in runs)} (must be 0)",
        *file_lines,
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "baseline": asdict(baseline),
                    "two_processes": asdict(contention),
                    "stress": asdict(stress),
                    "stress_ratio": ratio,
                    "two_processes_ratio": two,
                    "hostile_files": [asdict(r) for r in file_runs],
                    "hostile_files_baseline": asdict(file_baseline),
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    failed = sum(r.lost + r.integrity_failures + r.history_missing for r in runs) + files_failed
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
