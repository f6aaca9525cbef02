"""programs: drop the index on (status, title), which no query uses

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 18:10:00

The index came with the first schema. No query of the app reads it (EXPLAIN QUERY PLAN of the programs
table's pages and filters, the dashboard's counts and stale programs, the export's selection: SQLite picks
ix_programs_is_case or ix_programs_listing), but every program written pays for it: importing a staff
list of 100,000 programs spent about 0.45 s of SQLite's work keeping it up to date
(docs/benchmarks.md, "Foreign import, fourth round"). ix_programs_is_case stays: the dashboard's counts
by status read the own programs in id order through it, three times faster than through the listing index.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.drop_index("ix_programs_status_title")


def downgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.create_index("ix_programs_status_title", ["status", "title"], unique=False)
