"""programs listing: title_sort column and an index for the programs table's pages and search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 07:10:00

The programs table asks for "live programs of one kind (own or case), ordered by title without
regard to case, whose search_text contains the typed words, first page". ``title_sort`` holds
lower(title) (the model keeps it in step with the title), and the index (is_case, title_sort,
deleted_at, search_text) lets SQLite walk the programs in title order inside the index and test
search_text there: the first page of 100,000 programs and each search keystroke need neither a
full table scan nor a sort (see bench/gui_bench.py). An index on the expression lower(title) would
do the same but SQLite cannot reflect expression indexes, which breaks autogenerate checks.

On PostgreSQL search_text is left out of the index: a btree entry must stay under about 2.7 kB and
summaries can be longer (a pg_trgm GIN index is the PostgreSQL way to speed up LIKE '%word%').
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_sort", sa.String(length=1000), server_default="", nullable=False))
    # Python's lower() (as the model uses), not SQL lower(), which on SQLite only folds ASCII.
    bind = op.get_bind()
    programs = sa.table(
        "programs", sa.column("id", sa.Integer), sa.column("title", sa.String), sa.column("title_sort", sa.String)
    )
    rows = bind.execute(sa.select(programs.c.id, programs.c.title)).all()
    if rows:
        bind.execute(
            programs.update().where(programs.c.id == sa.bindparam("pid")).values(title_sort=sa.bindparam("sort")),
            [{"pid": pid, "sort": (title or "").lower()} for pid, title in rows],
        )
    columns = ["is_case", "title_sort", "deleted_at"]
    if bind.dialect.name == "sqlite":
        columns.append("search_text")
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.create_index("ix_programs_listing", columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.drop_index("ix_programs_listing")
        batch_op.drop_column("title_sort")
