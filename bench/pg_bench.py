"""Twenty staff on one PostgreSQL database: lost updates, deadlocks, errors and throughput.

Each simulated client is a separate process with its own engine (as twenty desktops would be). For a fixed
time each one repeatedly either edits a program (reads it, changes a counter in its title, saves with
``expected_version`` and, on ConflictError, reloads and tries again) or logs a progress entry. Every
client counts what it saved; afterwards the database must hold exactly that: a lost update is a saved
edit missing from the final counter. Throughput is reported against one client alone in the same run.

    eval "$(.ci/start-postgres)"
    python bench/pg_bench.py --seconds 30                      # uses CIVIC_TRACKER_TEST_PG_URL
    python bench/pg_bench.py --url postgresql+psycopg://postgres@host/postgres --clients 20 --programs 10

It creates and drops its own database (bench_<pid>) on the server given. Exit status 1 when anything was
lost or failed.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing as mp
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

log = logging.getLogger("pg_bench")


@dataclass
class ClientResult:
    client: int
    increments: dict[str, int] = field(default_factory=dict)  # program key -> saved edits
    progress: dict[str, int] = field(default_factory=dict)  # program key -> logged entries
    conflicts: int = 0
    deadlocks: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    @property
    def operations(self) -> int:
        return sum(self.increments.values()) + sum(self.progress.values())


def _client(
    n: int, url: str, keys: list[str], seconds: float, edit_share: float, out: Any, ops: Any, start: Any
) -> None:
    from sqlalchemy.exc import DBAPIError

    from app.domain.errors import ConflictError
    from app.services.programs import ProgramService
    from app.store.database import Database

    rng = random.Random(n)
    result = ClientResult(n)
    db = Database(url, actor=f"bench client {n}")
    service = ProgramService(db)
    service.get_program(keys[0])  # connected and warmed up before the clock starts
    start.wait()  # every client starts at once, after all have imported and connected
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            key = rng.choice(keys)
            started = time.perf_counter()
            try:
                if rng.random() < edit_share:
                    while True:
                        program = service.get_program(key)
                        count = int(program.title.rsplit(" ", 1)[1])
                        try:
                            service.update_program(
                                key, {"title": f"{key} count {count + 1}"}, expected_version=program.version
                            )
                        except ConflictError:
                            result.conflicts += 1
                            continue  # somebody else saved first: reload and try again
                        result.increments[key] = result.increments.get(key, 0) + 1
                        break
                else:
                    service.log_progress(key, f"client {n} was here", note="bench")
                    result.progress[key] = result.progress.get(key, 0) + 1
            except DBAPIError as exc:
                text = str(getattr(exc, "orig", exc))
                if "deadlock" in text.lower():
                    result.deadlocks += 1
                else:
                    result.errors.append(text.splitlines()[0])
                continue
            except Exception as exc:  # counted and reported, never hidden
                result.errors.append(f"{type(exc).__name__}: {exc}")
                continue
            result.latencies_ms.append((time.perf_counter() - started) * 1000)
            with ops.get_lock():
                ops.value += 1
    finally:
        db.dispose()
        out.put(result)


def _prepare(admin_url: str, programs: int) -> tuple[str, str, list[str]]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    from app.services.database import open_database
    from app.services.programs import ProgramDraft, ProgramService

    name = f"bench_{os.getpid()}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(
            text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
        )
    admin.dispose()
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    db, _ = open_database(url, actor="bench setup", seed=False)
    keys = [f"BENCH-{i:02d}" for i in range(programs)]
    service = ProgramService(db)
    for key in keys:
        service.create_program(ProgramDraft(f"{key} count 0", key=key))
    db.dispose()
    return name, url, keys


def _drop(admin_url: str, name: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def run_clients(
    url: str, keys: list[str], clients: int, seconds: float, edit_share: float
) -> list[ClientResult]:
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    ops = ctx.Value("l", 0)
    start = ctx.Barrier(clients + 1)
    procs = [
        ctx.Process(target=_client, args=(n, url, keys, seconds, edit_share, out, ops, start))
        for n in range(clients)
    ]
    for p in procs:
        p.start()
    start.wait(timeout=300)
    started = time.monotonic()
    last = 0
    results: list[ClientResult] = []
    while len(results) < clients:
        try:
            results.append(out.get(timeout=5))
            continue
        except Exception:
            pass
        now = ops.value
        log.info(
            "%3.0f s: %6d operations (%.0f/s over the last 5 s)",
            time.monotonic() - started,
            now,
            (now - last) / 5,
        )
        last = now
    for p in procs:
        p.join()
    return results


def verify(url: str, keys: list[str], results: list[ClientResult]) -> tuple[int, int]:
    """(lost edits, lost progress entries): what clients saved but the database does not hold."""
    from sqlalchemy import func, select

    from app.store import models as m
    from app.store.database import Database

    db = Database(url)
    lost_edits = lost_progress = 0
    try:
        with db.read() as s:
            for key in keys:
                title, version, pid = s.execute(
                    select(m.Program.title, m.Program.version, m.Program.id).where(m.Program.key == key)
                ).one()
                saved = sum(r.increments.get(key, 0) for r in results)
                counter = int(title.rsplit(" ", 1)[1])
                lost_edits += saved - counter
                if version != 1 + saved:
                    log.error("%s: version %d, expected %d", key, version, 1 + saved)
                    lost_edits += abs(1 + saved - version)
                logged = sum(r.progress.get(key, 0) for r in results)
                stored = s.execute(
                    select(func.count()).where(
                        m.ProgressEntry.program_id == pid, m.ProgressEntry.note == "bench"
                    )
                ).scalar_one()
                lost_progress += logged - int(stored)
    finally:
        db.dispose()
    return lost_edits, lost_progress


def summary(label: str, results: list[ClientResult], seconds: float) -> dict[str, float]:
    ops = sum(r.operations for r in results)
    latencies = sorted(x for r in results for x in r.latencies_ms)
    p95 = latencies[int(len(latencies) * 0.95) - 1] if latencies else 0.0
    figures = {
        "clients": len(results),
        "operations": ops,
        "ops_per_s": ops / seconds,
        "conflicts": sum(r.conflicts for r in results),
        "deadlocks": sum(r.deadlocks for r in results),
        "errors": sum(len(r.errors) for r in results),
        "p50_ms": statistics.median(latencies) if latencies else 0.0,
        "p95_ms": p95,
    }
    log.info(
        "%s: %d clients, %d operations in %.0f s = %.1f ops/s; %d conflicts retried; %d deadlocks; "
        "%d errors; latency p50 %.1f ms, p95 %.1f ms",
        label,
        figures["clients"],
        ops,
        seconds,
        figures["ops_per_s"],
        figures["conflicts"],
        figures["deadlocks"],
        figures["errors"],
        figures["p50_ms"],
        figures["p95_ms"],
    )
    for r in results:
        for e in r.errors[:3]:
            log.error("client %d: %s", r.client, e)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--url",
        default=os.environ.get("CIVIC_TRACKER_TEST_PG_URL"),
        help="a server URL whose role may create databases (default: $CIVIC_TRACKER_TEST_PG_URL)",
    )
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument(
        "--baseline-seconds", type=float, default=10.0, help="one client alone, for the ratio"
    )
    parser.add_argument("--programs", type=int, default=10, help="fewer programs = more conflicts")
    parser.add_argument("--edit-share", type=float, default=0.7, help="share of edits; the rest log progress")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    if not args.url:
        parser.error('give --url or set CIVIC_TRACKER_TEST_PG_URL (eval "$(.ci/start-postgres)")')

    name, url, keys = _prepare(args.url, args.programs)
    try:
        log.info("Baseline: 1 client for %.0f s on %d programs", args.baseline_seconds, len(keys))
        base_results = run_clients(url, keys, 1, args.baseline_seconds, args.edit_share)
        base = summary("baseline", base_results, args.baseline_seconds)
        log.info("Load: %d clients for %.0f s on %d programs", args.clients, args.seconds, len(keys))
        results = run_clients(url, keys, args.clients, args.seconds, args.edit_share)
        load = summary("load", results, args.seconds)
        lost_edits, lost_progress = verify(url, keys, base_results + results)
    finally:
        _drop(args.url, name)
    ratio = load["ops_per_s"] / base["ops_per_s"] if base["ops_per_s"] else 0.0
    log.info("Throughput with %d clients = %.2f x one client alone", args.clients, ratio)
    log.info("Lost updates: %d edits, %d progress entries (must be 0)", lost_edits, lost_progress)
    failed = lost_edits or lost_progress or load["deadlocks"] or load["errors"] or base["errors"]
    log.info("RESULT: %s", "FAIL" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
