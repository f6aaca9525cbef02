"""A child process for the SIGKILL tests: a large import or a burst of edits, acknowledging each commit.

Run as ``python -m tests.store.crash_worker MODE DB_URL [ARG]``; the parent kills it with SIGKILL.
"""

from __future__ import annotations

import sys
import time

from app.services.programs import ProgramService
from app.store import models as m
from app.store.database import Database


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()  # the parent may kill us right after reading this line


def big_import(db: Database, count: int, pause: float) -> None:
    """One transaction like a workbook import, with a slow second half for the kill to land in."""
    with db.write() as s:
        batch = m.ImportBatch(file_name="big.xlsx", actor="importer")
        s.add(batch)
        s.flush()
        s.info["import_batch_id"] = batch.id
        for n in range(count):
            p = m.Program(key=f"IMPORT-{n:05d}", title=f"Imported program {n}", version=1, search_text="")
            s.add(p)
            s.flush()
            s.add(m.Task(key=f"IMPORT-{n:05d}-T01", program_id=p.id, title="First step", version=1))
            if n == count // 2:
                s.flush()
                _say("midway")
            if n > count // 2 and pause:
                time.sleep(pause)
    _say("committed")


def edits(db: Database, count: int) -> None:
    service = ProgramService(db)
    for n in range(count):
        if n % 2:
            entry = service.log_progress("EDITS", f"edit {n}")
            _say(f"ack progress {entry.id} edit {n}")
        else:
            p = service.get_program("EDITS")
            service.update_program("EDITS", {"summary": f"edit {n}"}, p.version)
            _say(f"ack summary {n}")


def main() -> None:
    mode, url = sys.argv[1], sys.argv[2]
    db = Database(url, actor=f"worker-{mode}")
    if mode == "import":
        big_import(db, int(sys.argv[3]), float(sys.argv[4]))
    elif mode == "edits":
        edits(db, int(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
