"""people: task owners and progress authors as people of the office

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 13:05:00

Owners were free text, so nobody could list a person's tasks or anonymise a person on request. This
revision adds ``people`` (name as the person writes it, local name, department, optional contact) and
``tasks.owner_id`` / ``progress_entries.author_id`` beside the text columns, which stay: the text is what
the task tree, the workbook and history show, the id says who it is. Each distinct owner text already
stored (trimmed, compared without regard to case) becomes a person, and the tasks and progress entries
that name that person point at them. From here on ``app/store/people.py`` keeps the ids in step.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.store.base

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_local", sa.String(length=200), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("contact", sa.String(length=300), nullable=True),
        sa.Column("anonymised", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_people_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("name", name=op.f("uq_people_name")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_organization_id"), ["organization_id"], unique=False)
    for table, column in (("tasks", "owner_id"), ("progress_entries", "author_id")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_{column}_people"), "people", [column], ["id"], ondelete="SET NULL"
            )
    _people_from_owners()


def _people_from_owners() -> None:
    """Each distinct owner text becomes a person; the first spelling (in sort order) is the name."""
    bind = op.get_bind()
    people = sa.table(
        "people",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("anonymised", sa.Boolean),
        sa.column("version", sa.Integer),
        sa.column("created_at", app.store.base.UTCDateTime(timezone=True)),
        sa.column("updated_at", app.store.base.UTCDateTime(timezone=True)),
    )
    tasks = sa.table("tasks", sa.column("owner", sa.String), sa.column("owner_id", sa.Integer))
    entries = sa.table("progress_entries", sa.column("author", sa.String), sa.column("author_id", sa.Integer))
    texts = sorted(t for t in bind.execute(sa.select(tasks.c.owner).distinct()).scalars() if t and t.strip())
    names: dict[str, str] = {}
    for text in texts:
        names.setdefault(" ".join(text.split()).lower(), " ".join(text.split()))
    if not names:
        return
    now = app.store.base.utcnow()
    bind.execute(
        sa.insert(people),
        [{"name": n, "anonymised": False, "version": 1, "created_at": now, "updated_at": now} for n in names.values()],
    )
    ids = {name.lower(): pid for pid, name in bind.execute(sa.select(people.c.id, people.c.name))}
    for text in texts:
        pid = ids[" ".join(text.split()).lower()]
        bind.execute(sa.update(tasks).where(tasks.c.owner == text).values(owner_id=pid))
        bind.execute(sa.update(entries).where(entries.c.author == text).values(author_id=pid))


def downgrade() -> None:
    for table, column in (("progress_entries", "author_id"), ("tasks", "owner_id")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_{column}_people"), type_="foreignkey")
            batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
            batch_op.drop_column(column)
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_organization_id"))
    op.drop_table("people")
