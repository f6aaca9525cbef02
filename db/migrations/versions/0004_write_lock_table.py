"""write_lock: the table every save on a server locks, instead of an advisory lock anyone could hold

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-14 09:00:00

Saves on PostgreSQL used to queue on a transaction-level advisory lock. Advisory locks need no
privilege, so a read-only role could hold that key from psql and make every save fail with "busy".
A save now takes ``LOCK TABLE write_lock IN EXCLUSIVE MODE``, which the server grants only to a
role with UPDATE, DELETE or TRUNCATE on the table; a viewer (SELECT only) may at most take ACCESS
SHARE, which does not conflict with it. The table stays empty; on SQLite it is unused (BEGIN
IMMEDIATE queues writers there) but exists, so both databases have one schema.

Servers set up with docs/office-roles.sql give the new table to the editors through the default
privileges; a server whose grants were made table by table needs
``GRANT SELECT, UPDATE ON write_lock TO civic_editor`` (else its editors open read-only).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "write_lock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_write_lock")),
    )


def downgrade() -> None:
    op.drop_table("write_lock")
