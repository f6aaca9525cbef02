"""attachments: files kept with progress entries

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 02:55:00

Offices file minutes, photos and signed documents with what happened. This revision adds ``attachments``
(the file's name, size, media type, SHA-256 and its bytes) under a progress entry. The bytes live in the
database, not beside it, so a backup, the history and a shared PostgreSQL server carry them like any other
fact. An attachment has no trash marks: it follows its entry (app/store/trash.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.store.base

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("progress_entry_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=150), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", app.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["progress_entry_id"],
            ["progress_entries.id"],
            name=op.f("fk_attachments_progress_entry_id_progress_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_progress_entry_id"), ["progress_entry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_progress_entry_id"))
    op.drop_table("attachments")
