"""Inserting many plain rows at once, as fast as the database driver can take them.

SQLAlchemy's executemany builds and type-processes a parameter dict per row; at 100,000 rows that costs
several times the insert itself. On SQLite the rows go straight to the driver here instead: the INSERT
is compiled once, each column's bind processor is looked up once and runs once per distinct value object
(an import's one timestamp, the dates its rows share), and up to 2,000 rows go in one statement. Other
backends keep SQLAlchemy's own executemany, which psycopg already batches well.

``bulk_job()`` pauses the cycle collector around a whole import or export.

Inside ``pipelined(session)`` the driver calls run on a thread of their own, in order, while the caller
converts the next rows: SQLite releases Python's lock while it writes, so a two-core machine does both at
once. Any statement SQLAlchemy runs on the connection first waits for the queued writes, so reads always
see them and the two threads never use the connection at the same time.
"""

from __future__ import annotations

import gc
import queue
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain, repeat
from operator import is_, itemgetter
from typing import Any

from sqlalchemy import Table, bindparam, event, exc, func, insert, select, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import Insert
from sqlalchemy.types import TypeEngine


def insert_rows(s: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT every row (all with the same keys as the first) in the session's transaction."""
    if not rows:
        return
    insert_columns(s, table, {name: list(map(itemgetter(name), rows)) for name in rows[0]})


def insert_columns(s: Session, table: Table, given: Mapping[str, Sequence[Any]]) -> None:
    """INSERT rows given column by column (each column's values in row order, all of one length) in the
    session's transaction: a caller that plans its rows a column at a time builds no dict per row."""
    if not given:
        return
    count = len(next(iter(given.values())))
    if not count:
        return
    conn = s.connection()
    names = list(given)
    if conn.dialect.name != "sqlite" or _python_defaults(table, names):
        s.execute(insert(table), _as_rows(given))
        return
    sql, order = _insert_sql(table, tuple(names), conn.dialect)
    if sorted(order) != sorted(names):  # a column the statement renders differently: let SQLAlchemy do it
        s.execute(insert(table), _as_rows(given))
        return
    columns = _driver_columns(table, conn.dialect, order, given)
    # A column empty in every row (a sheet's unused column) is written as NULL in the statement: the
    # driver binds None slowly (it asks None for an adapter every time), and holds Python's lock meanwhile.
    empty = tuple(i for i, values in enumerate(columns) if all(map(is_, values, repeat(None))))
    nulled = _with_nulls(sql, len(order), empty) if empty else None
    if nulled is not None:
        sql = nulled
        columns = [values for i, values in enumerate(columns) if i not in empty]
    params = list(zip(*columns, strict=True)) if columns else [()] * count
    per = _rows_per_statement(conn, max(len(columns), 1))
    if per < 2 or len(params) < 2:
        _executemany(conn, sql, params)
        return
    # Many rows per statement: SQLite takes a chunk in a few calls instead of one per row, and the writer
    # thread asks for Python's lock back once per statement, not once per row (which a busy main thread
    # would hold up for milliseconds each time).
    _in_statements(conn, params, per, lambda count: _values_sql(sql, count))


@lru_cache(maxsize=64)
def _with_nulls(sql: str, width: int, empty: tuple[int, ...]) -> str | None:
    """``sql`` (an INSERT ... VALUES of one row of ``width`` parameters) with NULL for the ``empty`` ones;
    None if its VALUES are not plain parameters."""
    head, _, values = sql.rpartition(" VALUES ")
    if values != f"({', '.join('?' * width)})":
        return None
    return f"{head} VALUES ({', '.join('NULL' if i in empty else '?' for i in range(width))})"


def _in_statements(conn: Connection, params: list[tuple[Any, ...]], per: int, sql: Callable[[int], str]) -> None:
    """Up to ``per`` rows to a statement, their values in row order; ``sql(count)`` renders one for count rows."""
    for start in range(0, len(params), per):
        part = params[start : start + per]
        _executemany(conn, sql(len(part)), [tuple(chain.from_iterable(part))])


@lru_cache(maxsize=64)
def _values_sql(sql: str, count: int) -> str:
    """``sql`` (an INSERT ... VALUES of one row) made to insert ``count`` rows."""
    one = sql[sql.rindex(" VALUES ") + len(" VALUES ") :]
    return sql + f", {one}" * (count - 1)


def _rows_per_statement(conn: Connection, width: int) -> int:
    """How many rows of ``width`` values one INSERT may carry within SQLite's limit on parameters."""
    limit = conn.info.get(_VARIABLES)
    if limit is None:
        try:
            limit = conn.connection.dbapi_connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)  # type: ignore[union-attr]
        except (AttributeError, sqlite3.Error):  # another driver
            limit = 999  # the smallest limit SQLite has ever had
        conn.info[_VARIABLES] = limit
    return min(int(limit) // max(width, 1), _MOST_ROWS)


_VARIABLES = "civic_tracker_sqlite_variable_limit"
_MOST_ROWS = 2000  # rows per statement: enough to make the per-call cost vanish, small enough to parse fast


@lru_cache(maxsize=64)
def _insert_sql(table: Table, names: tuple[str, ...], dialect: Dialect) -> tuple[str, list[str]]:
    """The INSERT of these columns as the driver takes it, and its parameters' order (compiled once)."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    return str(compiled), list(compiled.positiontup or ())


def execute(s: Session, statement: Insert, params: dict[str, Any] | None = None) -> None:
    """Run a statement that returns nothing; inside ``pipelined`` it joins the queued writes.

    A statement run again with other ``params`` is compiled once per pipeline."""
    pipe: _Pipeline | None = s.connection().info.get(_PIPELINE)
    if pipe is None:
        s.execute(statement, params or {})
        return
    ready = pipe.compiled.get(statement)
    if ready is None:
        dialect = pipe.conn.dialect
        compiled = statement.compile(dialect=dialect)
        if compiled.positiontup is None or compiled.literal_execute_params or compiled.post_compile_params:
            s.execute(statement, params or {})  # rendered per execution (an IN list): after the queue
            return
        processors = [(name, _processor(compiled.binds[name].type, dialect)) for name in compiled.positiontup]
        ready = pipe.compiled[statement] = (str(compiled), compiled, processors)
    sql, done, processors = ready
    given = done.construct_params(params) or {}
    values = tuple(given[name] if process is None else process(given[name]) for name, process in processors)
    pipe.submit(sql, [values])


def _executemany(conn: Connection, sql: str, params: list[tuple[Any, ...]]) -> None:
    """Run ``sql`` once per parameter tuple on the driver's cursor, inside the connection's transaction."""
    pipe: _Pipeline | None = conn.info.get(_PIPELINE)
    if pipe is not None:
        pipe.submit(sql, params)
        return
    _run_driver(conn, sql, params)


def _run_driver(conn: Connection, sql: str, params: list[tuple[Any, ...]]) -> None:
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, params)
    except conn.dialect.loaded_dbapi.Error as err:
        # As SQLAlchemy would raise it, so a full disk or a lock reads as a storage failure upstream.
        shown = sql if len(sql) <= 1000 else f"{sql[:1000]} … ({len(sql):,} characters)"  # 2,000 rows' worth
        raise exc.DBAPIError.instance(shown, params[:1], err, conn.dialect.loaded_dbapi.Error) from err
    finally:
        cursor.close()


_PIPELINE = "civic_tracker_bulk_pipeline"
BULK_CACHE_KIB = 8_192  # SQLite page cache during a pipelined job: 2 MB by default
_SWITCH_INTERVAL = 0.001  # seconds


class _Pipeline:
    """A writer thread for one connection's driver calls, fed through a short queue."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.jobs: queue.Queue[tuple[str, list[tuple[Any, ...]]] | None] = queue.Queue(maxsize=4)
        self.failure: BaseException | None = None
        self.compiled: dict[Insert, tuple[str, SQLCompiler, list[tuple[str, Callable[[Any], Any] | None]]]] = {}
        self.stopping = False
        self.thread = threading.Thread(target=self._work, name="bulk writer", daemon=True)

    def _work(self) -> None:
        while True:
            job = self.jobs.get()
            try:
                if job is None:
                    return
                if self.failure is None and not self.stopping:
                    _run_driver(self.conn, *job)
            except BaseException as err:  # handed to the caller's thread at its next call
                self.failure = err
            finally:
                self.jobs.task_done()

    def submit(self, sql: str, params: list[tuple[Any, ...]]) -> None:
        self._raise()
        self.jobs.put((sql, params))  # waits while the queue is full: memory stays bounded

    def drain(self, *_args: Any) -> None:
        """Wait until every queued write is done (re-raising its failure)."""
        self.jobs.join()
        self._raise()

    def _raise(self) -> None:
        if self.failure is not None:
            failure, self.failure = self.failure, None
            self.stopping = True
            raise failure


@contextmanager
def pipelined(s: Session) -> Iterator[None]:
    """Within the block, bulk writes on ``s`` run on a thread of their own (SQLite; elsewhere a no-op).

    On leaving, every write is done; if the block raised, queued writes are dropped (the caller is about
    to roll back) and the block's exception is the one that propagates.
    """
    conn = s.connection()
    if conn.dialect.name != "sqlite" or _PIPELINE in conn.info:
        yield
        return
    # SQLite's page cache is 2 MB by default: rows going into a dozen indexes in no particular order evict
    # pages that the next rows need again. 8 MB writes a third faster; more costs its size in peak memory
    # (an import of 300,000 rows peaks at 282 MB with the default, 292 MB with 8 MB, 319 MB with 32 MB).
    cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    pipe = _Pipeline(conn)
    pipe.thread.start()
    conn.info[_PIPELINE] = pipe
    event.listen(conn, "before_cursor_execute", pipe.drain)
    _quick_switching(True)
    ok = False
    try:
        yield
        ok = True
    finally:
        _quick_switching(False)
        event.remove(conn, "before_cursor_execute", pipe.drain)
        del conn.info[_PIPELINE]
        if not ok:
            pipe.stopping = True
        pipe.jobs.put(None)
        pipe.thread.join()
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")
        if ok:
            pipe._raise()


@contextmanager
def bulk_job() -> Iterator[None]:
    """Around a job that makes and drops hundreds of thousands of rows, cells and records, none of them in a
    reference cycle (an import, an export): the cycle collector pauses, sparing its repeated scans of them.
    Overlapping jobs share the pause; the last one to end turns collecting back on if it was on."""
    global _collect_users, _collect_saved
    with _collect_lock:
        if _collect_users == 0:
            _collect_saved = gc.isenabled()
            gc.disable()
        _collect_users += 1
    try:
        yield
    finally:
        with _collect_lock:
            _collect_users -= 1
            if _collect_users == 0 and _collect_saved:
                gc.enable()


_collect_lock = threading.Lock()
_collect_users = 0
_collect_saved = False


def _quick_switching(on: bool) -> None:
    """The writer needs Python's lock for a moment after each statement; the busy caller hands it over at
    the interpreter's switch interval. At the default 5 ms the writer idles and falls behind, so while any
    pipeline runs the interval is 1 ms; the last one to end puts the old interval back."""
    global _switch_users, _switch_saved
    with _switch_lock:
        if on:
            if _switch_users == 0:
                _switch_saved = sys.getswitchinterval()
                sys.setswitchinterval(min(_switch_saved, _SWITCH_INTERVAL))
            _switch_users += 1
        else:
            _switch_users -= 1
            if _switch_users == 0:
                sys.setswitchinterval(_switch_saved)


_switch_lock = threading.Lock()
_switch_users = 0
_switch_saved = 0.005


def _columns(table: Table, dialect: Dialect, order: list[str], rows: Sequence[Mapping[str, Any]]) -> list[list[Any]]:
    """The rows' values as the driver takes them, column by column (map runs in C, not per row)."""
    return _driver_columns(table, dialect, order, {name: list(map(itemgetter(name), rows)) for name in order})


def _driver_columns(
    table: Table, dialect: Dialect, order: list[str], given: Mapping[str, Sequence[Any]]
) -> list[list[Any]]:
    """The columns' values as the driver takes them, in the statement's order."""
    columns = []
    for name in order:
        values = given[name]
        if not isinstance(values, list):
            values = list(values)
        process = _processor(table.c[name].type, dialect)
        columns.append(values if process is None else _converted(process, values))
    return columns


def _as_rows(given: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """Columns as SQLAlchemy's executemany takes them: a dict per row."""
    names = list(given)
    return [dict(zip(names, values, strict=True)) for values in zip(*given.values(), strict=True)]


def _converted(process: Callable[[Any], Any], values: list[Any]) -> list[Any]:
    """``process`` applied to each value, once per distinct object: rows share their dates (see cells._day),
    the import's one timestamp, False; only the lookups run per row, and they run in C."""
    first = values[0] if values else None
    if all(map(is_, values, repeat(first))):  # one value in every row (a timestamp, a flag)
        return [None if first is None else process(first)] * len(values)
    ids = list(map(id, values))
    distinct = dict(zip(ids, values, strict=True))
    done = {key: None if value is None else process(value) for key, value in distinct.items()}
    return list(map(done.__getitem__, ids))


def _processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The column type's conversion of a Python value to what the driver takes (None: none needed)."""
    return type_.dialect_impl(dialect).bind_processor(dialect)


def _python_defaults(table: Table, names: list[str]) -> bool:
    """Whether a column left out of the rows would get a value from Python (which the driver cannot give)."""
    given = set(names)
    return any(c.default is not None for c in table.columns if c.name not in given and not c.primary_key)


def update_rows(
    s: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    key: str = "id",
    *,
    increment: Sequence[str] = (),
) -> None:
    """UPDATE each row's columns (the same keys in every row) on the row whose ``key`` column matches, and
    add one to each ``increment`` column (a row's version).

    The rows' ``key`` values must be distinct."""
    if not rows:
        return
    conn = s.connection()
    names = [n for n in rows[0] if n != key]
    if conn.dialect.name != "sqlite":
        s.execute(
            update(table)
            .where(table.c[key] == bindparam(f"b_{key}"))
            .values({n: bindparam(f"b_{n}") for n in names} | {n: table.c[n] + 1 for n in increment}),
            [{f"b_{n}": v for n, v in row.items()} for row in rows],
        )
        return
    preparer = conn.dialect.identifier_preparer
    target = preparer.format_table(table)
    params = list(zip(*_columns(table, conn.dialect, [*names, key], rows), strict=True))
    per = _rows_per_statement(conn, len(names) + 1)
    added = "".join(f", {preparer.quote(n)} = {preparer.quote(n)} + 1" for n in increment)
    if getattr(conn.dialect.loaded_dbapi, "sqlite_version_info", (0,)) >= (3, 33) and per > 1 and len(params) > 1:
        # UPDATE ... FROM a list of rows (SQLite 3.33+): one statement per 2,000 rows instead of one per row.
        # The keys are distinct, as every caller's are: each row is matched once.
        sets = ", ".join(f"{preparer.quote(n)} = v.column{i}" for i, n in enumerate(names, 1)) + added
        one = f"({', '.join('?' * (len(names) + 1))})"
        match = f"{target}.{preparer.quote(key)} = v.column{len(names) + 1}"
        _in_statements(
            conn,
            params,
            per,
            lambda count: f"UPDATE {target} SET {sets} FROM (VALUES {', '.join([one] * count)}) AS v WHERE {match}",
        )
        return
    sets = ", ".join(f"{preparer.quote(n)} = ?" for n in names) + added
    _executemany(conn, f"UPDATE {target} SET {sets} WHERE {preparer.quote(key)} = ?", params)


class Inserter:
    """Inserts batches of new rows in one transaction and gives back their ids in row order.

    On SQLite the rows get the ids SQLite would give them (one above the highest), assigned before the
    insert: with nothing to read back, the insert runs on the pipeline while the caller goes on (the caller
    holds the write lock, so nothing else takes an id meanwhile). Elsewhere the ids are read back after.
    (RETURNING with a guaranteed order makes SQLite insert one row at a time: ten times slower.)
    """

    def __init__(self, s: Session) -> None:
        self.s = s
        self._top: dict[str, int] = {}  # table -> the highest id it holds (SQLite, once read)

    def max_id(self, table: Table) -> int:
        return int(self.s.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())

    def _next_ids(self, table: Table, count: int) -> list[int] | None:
        """The ids the next ``count`` rows of ``table`` get (SQLite), taken; None elsewhere."""
        if self.s.get_bind().dialect.name != "sqlite":
            return None
        top = self._top.get(table.name)
        if top is None:
            top = self.max_id(table)
        self._top[table.name] = top + count
        return list(range(top + 1, top + 1 + count))

    def _numbered(self, table: Table, rows: list[dict[str, Any]]) -> list[int] | None:
        ids = self._next_ids(table, len(rows))
        if ids is None:
            return None
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        insert_rows(self.s, table, rows)
        return ids

    def keyed_columns(self, table: Table, columns: dict[str, list[Any]], key: str = "key") -> list[int]:
        """Insert rows given column by column, with unique values in column ``key``; their ids in row order."""
        count = len(columns[key])
        if not count:
            return []
        ids = self._next_ids(table, count)
        if ids is not None:
            insert_columns(self.s, table, {"id": ids, **columns})
            return ids
        before = self.max_id(table)
        insert_columns(self.s, table, columns)
        return self._read_back(table, key, columns[key], before)

    def keyed(self, table: Table, rows: list[dict[str, Any]], key: str = "key") -> list[int]:
        """Insert rows with unique values in column ``key``; their ids in row order."""
        given = self._numbered(table, rows)
        if given is not None:
            return given
        before = self.max_id(table)
        insert_rows(self.s, table, rows)
        return self._read_back(table, key, [r[key] for r in rows], before)

    def _read_back(self, table: Table, key: str, keys: list[Any], before: int) -> list[int]:
        """The ids of the rows just inserted with these ``keys``, in their order."""
        # The new rows are the ones above the highest id before (a range read of the primary key).
        ids = dict(self.s.execute(select(table.c[key], table.c.id).where(table.c.id > before)).all())
        if len(ids) != len(keys) or not all(k in ids for k in keys):
            ids = dict(self.s.execute(select(table.c[key], table.c.id).where(table.c[key].in_(keys))).all())
        return [int(ids[k]) for k in keys]

    def one(self, table: Table, values: dict[str, Any]) -> int:
        """Insert one row; its id. On SQLite the id is given as ``keyed`` gives them (no RETURNING): the row joins
        the pipeline like any other, where a statement built and compiled for the row cost a millisecond."""
        given = self._numbered(table, [dict(values)])
        if given is not None:
            return given[0]
        return int(self.s.execute(insert(table).returning(table.c.id).values(**values)).scalar_one())

    def stamped(self, table: Table, rows: list[dict[str, Any]], stamp: str) -> list[int] | None:
        """Insert rows without a key, all with the same value in column ``stamp``; their ids in row order,
        or None when rows with that stamp appeared from elsewhere meanwhile."""
        given = self._numbered(table, rows)
        if given is not None:
            return given
        before = self.max_id(table)
        insert_rows(self.s, table, rows)
        ids = list(
            self.s.execute(
                select(table.c.id).where(table.c.id > before, table.c[stamp] == rows[0][stamp]).order_by(table.c.id)
            ).scalars()
        )
        return [int(i) for i in ids] if len(ids) == len(rows) else None
