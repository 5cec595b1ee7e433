"""One requester's history through an index on (requester_id, at).

The history view pages through one requester's reprioritisations, newest
first; with only an index on requester_id, SQLite sorted all of that
requester's entries for every page. The composite index serves the foreign
key as well, so the single-column one goes.

Revision ID: 0002_requester_history
Revises: 0001_initial
Create Date: 2026-11-23 08:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0002_requester_history"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reprioritisation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reprioritisation_requester_id_at", ["requester_id", "at"], unique=False
        )
        batch_op.drop_index("ix_reprioritisation_requester_id")


def downgrade() -> None:
    with op.batch_alter_table("reprioritisation", schema=None) as batch_op:
        batch_op.create_index("ix_reprioritisation_requester_id", ["requester_id"], unique=False)
        batch_op.drop_index("ix_reprioritisation_requester_id_at")
