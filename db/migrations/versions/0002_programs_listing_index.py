"""programs listing index: the programs table's default page and search without reading every row

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 07:10:00

The programs table asks for "live programs of one kind (own or case), ordered by title, whose
search_text contains the typed words, first 201". With this index SQLite walks the programs in
title order inside the index and tests search_text there, so the first page of 100,000 programs
and each search keystroke need neither a full table scan nor a sort (see bench/gui_bench.py).

On PostgreSQL search_text is left out: a btree entry must stay under about 2.7 kB and summaries
can be longer (a pg_trgm GIN index is the PostgreSQL way to speed up LIKE '%word%').
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    columns = ["is_case", "title", "deleted_at"]
    if op.get_bind().dialect.name == "sqlite":
        columns.append("search_text")
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.create_index("ix_programs_listing", columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.drop_index("ix_programs_listing")
