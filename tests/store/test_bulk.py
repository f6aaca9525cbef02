"""insert_rows stores exactly what SQLAlchemy's own executemany stores, on every backend."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from typing import Any

import pytest
from sqlalchemy import Table, func, insert, select, text
from sqlalchemy import exc as sa_exc

from app.domain.dates import PartialDate
from app.store import models as m
from app.store.bulk import insert_rows

PROGRAMS: Table = m.Program.__table__  # type: ignore[assignment]


def _rows(prefix: str) -> list[dict[str, Any]]:
    now = dt.datetime(2026, 11, 28, 9, 30, 15, 123456, tzinfo=dt.UTC)
    local = dt.datetime(2026, 11, 28, 18, 30, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    return [
        {
            "key": f"{prefix}-{i}",
            "title": title,
            "title_sort": title.lower(),
            "summary": None if i % 2 else "강동구 사회적경제",
            "status": "active",
            "start_date": [PartialDate(2015), PartialDate(2015, 3), PartialDate(2015, 3, 1), None][i % 4],
            "end_date": PartialDate.parse("mid-2000s") if i == 1 else None,
            "is_case": bool(i % 2),
            "version": 1,
            "search_text": "",
            "created_at": now,
            "updated_at": local if i == 2 else now,
            "percent_complete": 12.5 * i,
        }
        for i, title in enumerate(["Bike share", "나눔카", "社区营造", "=1+1"])
    ]


def _stored(db: Any, prefix: str) -> list[tuple[Any, ...]]:
    cols = [c for c in PROGRAMS.columns if c.name not in ("id", "key")]
    with db.engine.connect() as conn:
        typed = conn.execute(select(*cols).where(PROGRAMS.c.key.like(f"{prefix}-%")).order_by(PROGRAMS.c.key)).all()
        names = ", ".join(c.name for c in cols)
        raw = conn.execute(
            text(f"SELECT {names} FROM programs WHERE key LIKE :p ORDER BY key"), {"p": f"{prefix}-%"}
        ).all()
    return [tuple(r) for r in typed] + [tuple(r) for r in raw]


def test_rows_read_back_the_same_as_through_sqlalchemy(empty_db: Any) -> None:
    with empty_db.write() as s:
        s.execute(insert(PROGRAMS), _rows("A"))
        insert_rows(s, PROGRAMS, _rows("B"))
    ours, theirs = _stored(empty_db, "B"), _stored(empty_db, "A")
    assert len(ours) == 8
    # Same values both as the app reads them (types) and as stored (raw text, numbers, timestamps).
    assert ours == theirs


def test_a_column_empty_in_every_row_reads_back_as_empty(empty_db: Any) -> None:
    # Such a column is written as NULL in the statement instead of a parameter per row.
    def rows(prefix: str) -> list[dict[str, Any]]:
        return [{**r, "summary": None, "end_date": None, "local_title": None} for r in _rows(prefix)]

    with empty_db.write() as s:
        s.execute(insert(PROGRAMS), rows("L"))
        insert_rows(s, PROGRAMS, rows("M"))
    ours, theirs = _stored(empty_db, "M"), _stored(empty_db, "L")
    assert len(ours) == 8 and ours == theirs
    with empty_db.read() as s:
        stored = s.execute(
            select(PROGRAMS.c.summary, PROGRAMS.c.end_date, PROGRAMS.c.title).where(PROGRAMS.c.key.like("M-%"))
        ).all()
    assert sorted(t for _s, _e, t in stored) == sorted(["Bike share", "나눔카", "社区营造", "=1+1"])
    assert all(summary is None and end is None for summary, end, _t in stored)


def test_a_left_out_column_with_a_python_default_still_gets_it(empty_db: Any) -> None:
    rows = [{k: v for k, v in r.items() if k != "created_at"} for r in _rows("C")]
    with empty_db.write() as s:
        insert_rows(s, PROGRAMS, rows)
    with empty_db.read() as s:
        created = s.execute(select(PROGRAMS.c.created_at).where(PROGRAMS.c.key.like("C-%"))).scalars().all()
    assert len(created) == 4 and all(isinstance(c, dt.datetime) for c in created)


def test_a_failed_transaction_leaves_no_row(empty_db: Any) -> None:
    try:
        with empty_db.write() as s:
            insert_rows(s, PROGRAMS, _rows("D"))
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    with empty_db.read() as s:
        assert s.execute(select(PROGRAMS.c.id).where(PROGRAMS.c.key.like("D-%"))).first() is None


def test_update_rows_sets_only_the_named_columns_of_the_matching_rows(empty_db: Any) -> None:
    from app.store.bulk import update_rows

    with empty_db.write() as s:
        insert_rows(s, PROGRAMS, _rows("E"))
        ids = dict(s.execute(select(PROGRAMS.c.key, PROGRAMS.c.id).where(PROGRAMS.c.key.like("E-%"))).all())
        update_rows(
            s,
            PROGRAMS,
            [
                {"id": ids["E-0"], "percent_complete": 50.0, "last_progress_on": PartialDate(2026, 11)},
                {"id": ids["E-2"], "percent_complete": None, "last_progress_on": PartialDate(2025)},
            ],
        )
    with empty_db.read() as s:
        got = {
            k: (pct, last, title)
            for k, pct, last, title in s.execute(
                select(PROGRAMS.c.key, PROGRAMS.c.percent_complete, PROGRAMS.c.last_progress_on, PROGRAMS.c.title)
            ).all()
        }
    assert got["E-0"] == (50.0, PartialDate(2026, 11), "Bike share")
    assert got["E-2"] == (None, PartialDate(2025), "社区营造")
    assert got["E-1"] == (12.5, None, "나눔카")  # untouched


def test_update_rows_reaches_every_row_of_a_long_list(empty_db: Any) -> None:
    """Thousands of updates (more than one statement carries) each land on their own row and no other."""
    from app.store.bulk import update_rows

    rows = [dict(r, key=f"U-{n}-{r['key']}") for n in range(1300) for r in _rows("")]
    with empty_db.write() as s:
        insert_rows(s, PROGRAMS, rows)
        ids = dict(s.execute(select(PROGRAMS.c.key, PROGRAMS.c.id).where(PROGRAMS.c.key.like("U-%"))).all())
        changed = sorted(k for k in ids if not k.endswith("-0"))  # every fourth row is left alone
        update_rows(
            s,
            PROGRAMS,
            [{"id": ids[k], "percent_complete": float(n % 101), "title": f"t{n}"} for n, k in enumerate(changed)],
        )
    with empty_db.read() as s:
        stored = s.execute(select(PROGRAMS.c.key, PROGRAMS.c.percent_complete, PROGRAMS.c.title)).all()
    got = {k: (p, t) for k, p, t in stored}
    assert len(changed) == 3900
    assert all(got[k] == (float(n % 101), f"t{n}") for n, k in enumerate(changed))
    before = {r["key"]: (r["percent_complete"], r["title"]) for r in rows}
    assert all(got[k] == before[k] for k in ids if k.endswith("-0"))


# ------------------------------------------------------------------------------------ pipelined writes
def _awkward(prefix: str, *, nul: bool = False) -> list[dict[str, Any]]:
    """Rows whose text and numbers a hand-over could get wrong (and a NUL, which only SQLite stores)."""
    rows = _rows(prefix)
    texts = ['say "hi"\\n', "back\\slash \\u0000 as text", "line\nbreak\ttab", "emoji 🚲 and 社区 and 나눔"]
    for row, title, pct in zip(rows, texts, [0.1, 100 / 3, 99.99999999999999, None], strict=True):
        row["title"] = title
        row["summary"] = title + "\x00after a NUL" if pct is None and nul else title
        row["percent_complete"] = pct
    return rows


def test_pipelined_rows_read_back_the_same_as_through_sqlalchemy(empty_db: Any) -> None:
    from app.store.bulk import pipelined

    nul = empty_db.is_sqlite
    with empty_db.write() as s:
        s.execute(insert(PROGRAMS), _awkward("F", nul=nul))
        s.execute(insert(PROGRAMS), _awkward("M"))
        with pipelined(s):
            insert_rows(s, PROGRAMS, _awkward("G", nul=nul))
            insert_rows(s, PROGRAMS, _awkward("H"))
    assert len(_stored(empty_db, "H")) == 8
    assert _stored(empty_db, "G") == _stored(empty_db, "F")
    assert _stored(empty_db, "H") == _stored(empty_db, "M")


def test_a_read_inside_the_pipeline_sees_the_rows_queued_before_it(empty_db: Any) -> None:
    from app.store.bulk import pipelined

    switch = sys.getswitchinterval()
    with empty_db.write() as s, pipelined(s):
        for n in range(20):
            insert_rows(s, PROGRAMS, _rows(f"I{n}"))
        count = s.execute(select(func.count()).where(PROGRAMS.c.key.like("I%"))).scalar_one()
    assert count == 80
    assert sys.getswitchinterval() == switch  # the writer's quicker hand-over ends with the block


def test_a_write_that_fails_on_the_writer_thread_fails_the_transaction(empty_db: Any) -> None:
    from app.store.bulk import pipelined

    with pytest.raises(sa_exc.IntegrityError, match=r"UNIQUE|unique|duplicate"), empty_db.write() as s, pipelined(s):
        insert_rows(s, PROGRAMS, _rows("J"))
        insert_rows(s, PROGRAMS, _rows("J"))  # the same keys again
        insert_rows(s, PROGRAMS, _rows("K"))
    with empty_db.read() as s:
        assert (
            s.execute(select(PROGRAMS.c.id).where(PROGRAMS.c.key.like("J-%") | PROGRAMS.c.key.like("K-%"))).first()
            is None
        )
    assert not [t for t in threading.enumerate() if t.name == "bulk writer"]


def test_an_error_in_the_block_drops_the_queued_writes(empty_db: Any) -> None:
    from app.store.bulk import pipelined

    with pytest.raises(RuntimeError, match="stop"), empty_db.write() as s, pipelined(s):
        for n in range(10):
            insert_rows(s, PROGRAMS, _rows(f"L{n}"))
        raise RuntimeError("stop")
    with empty_db.read() as s:
        assert s.execute(select(PROGRAMS.c.id).where(PROGRAMS.c.key.like("L%"))).first() is None
    assert not [t for t in threading.enumerate() if t.name == "bulk writer"]


def test_pipelined_rows_alike_in_every_column_are_all_written(empty_db: Any) -> None:
    from app.store.bulk import pipelined

    changes: Table = m.ChangeRecord.__table__  # type: ignore[assignment]
    at = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)
    who = empty_db.history_actor()  # as the app writes it (on a server the server stamps its login in)
    row = {"at": at, "actor": who, "action": "create", "entity_type": "program", "entity_id": 7}
    with empty_db.write() as s, pipelined(s):
        insert_rows(s, changes, [dict(row) for _ in range(3)])
        insert_rows(s, changes, [dict(row, entity_id=8), dict(row, entity_id=9)])
    with empty_db.read() as s:
        got = s.execute(select(changes.c.entity_id, changes.c.at, changes.c.actor).order_by(changes.c.id)).all()
    assert [tuple(r) for r in got] == [(7, at, who)] * 3 + [(8, at, who), (9, at, who)]


def test_more_rows_than_one_statement_carries_are_all_written_in_order(empty_db: Any) -> None:
    """Rows go to SQLite many to a statement, within its limit on parameters: every row arrives, in order."""
    from app.store.bulk import pipelined

    changes: Table = m.ChangeRecord.__table__  # type: ignore[assignment]
    at = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC)
    rows = [
        {"at": at, "entity_key": f"kim {n % 7}", "action": "create", "entity_type": "task", "entity_id": n}
        for n in range(7003)
    ]
    with empty_db.write() as s, pipelined(s):
        insert_rows(s, changes, rows[:1])
        insert_rows(s, changes, rows[1:])
    with empty_db.read() as s:
        got = s.execute(select(changes.c.entity_id, changes.c.entity_key).order_by(changes.c.id)).all()
    assert [tuple(r) for r in got] == [(n, f"kim {n % 7}") for n in range(7003)]


def test_overlapping_pipelines_put_the_switch_interval_back_once_the_last_ends() -> None:
    from app.store.bulk import _quick_switching

    before = sys.getswitchinterval()
    _quick_switching(True)
    _quick_switching(True)  # a second writer, on another thread
    _quick_switching(False)  # the first ends: the second still runs
    assert sys.getswitchinterval() == min(before, 0.001)
    _quick_switching(False)
    assert sys.getswitchinterval() == before
