"""Inserting many plain rows at once, as fast as the database driver can take them.

SQLAlchemy's executemany builds and type-processes a parameter dict per row; at 100,000 rows that costs
several times the insert itself. On SQLite the rows go straight to the driver here instead: the INSERT
is compiled once, each column's bind processor is looked up once, and a value repeated from the row
before (an import's one timestamp, its actor, its batch) is converted once. Other backends keep
SQLAlchemy's own executemany, which psycopg already batches well.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session


def insert_rows(s: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT every row (all with the same keys as the first) in the session's transaction."""
    if not rows:
        return
    conn = s.connection()
    names = list(rows[0])
    if conn.dialect.name != "sqlite" or _python_defaults(table, names):
        s.execute(insert(table), list(rows))
        return
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=names)
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(names):  # a column the statement renders differently: let SQLAlchemy do it
        s.execute(insert(table), list(rows))
        return
    _executemany(conn, str(compiled), _params(table, conn.dialect, order, rows))


def _executemany(conn: Connection, sql: str, params: list[tuple[Any, ...]]) -> None:
    """Run ``sql`` once per parameter tuple on the driver's cursor, inside the connection's transaction."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()


def _params(
    table: Table, dialect: Dialect, order: list[str], rows: Sequence[Mapping[str, Any]]
) -> list[tuple[Any, ...]]:
    """The rows as the driver's parameter tuples, converted column by column (map runs in C, not per row)."""
    columns = []
    for name in order:
        values = map(itemgetter(name), rows)
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        columns.append(list(values if process is None else map(_converter(process), values)))
    return list(zip(*columns, strict=True))


def _python_defaults(table: Table, names: list[str]) -> bool:
    """Whether a column left out of the rows would get a value from Python (which the driver cannot give)."""
    given = set(names)
    return any(c.default is not None for c in table.columns if c.name not in given and not c.primary_key)


def _converter(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The column's bind processor, remembering its last answer: rows often repeat a value."""
    last: list[Any] = [_UNSET, None]

    def convert(value: Any) -> Any:
        if value is None:
            return None
        if value is last[0]:
            return last[1]
        out = process(value)
        last[0] = value
        last[1] = out
        return out

    return convert


_UNSET = object()


def update_rows(s: Session, table: Table, rows: Sequence[Mapping[str, Any]], key: str = "id") -> None:
    """UPDATE each row's columns (the same keys in every row) on the row whose ``key`` column matches."""
    if not rows:
        return
    conn = s.connection()
    names = [n for n in rows[0] if n != key]
    if conn.dialect.name != "sqlite":
        s.execute(
            update(table).where(table.c[key] == bindparam(f"b_{key}")).values({n: bindparam(f"b_{n}") for n in names}),
            [{f"b_{n}": v for n, v in row.items()} for row in rows],
        )
        return
    preparer = conn.dialect.identifier_preparer
    sets = ", ".join(f"{preparer.quote(n)} = ?" for n in names)
    sql = f"UPDATE {preparer.format_table(table)} SET {sets} WHERE {preparer.quote(key)} = ?"
    _executemany(conn, sql, _params(table, conn.dialect, [*names, key], rows))
