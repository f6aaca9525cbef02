"""programs by title: an index for matching the rows of a staff list without keys

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 12:10:00

An import of a sheet without a key column (a staff member's own list) matches each row to the office's
program of that title, a thousand rows at a time. Without an index on title every such look-up read the
whole programs table: importing a list of 100,000 programs spent half its time there
(docs/benchmarks.md, round "One engine").
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.create_index("ix_programs_title", ["title"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.drop_index("ix_programs_title")
