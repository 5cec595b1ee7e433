"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23 06:19:00.713568
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pack")),
        sa.UniqueConstraint("uid", name=op.f("uq_pack_uid")),
    )
    op.create_table(
        "reflection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection")),
        sa.UniqueConstraint("week", name=op.f("uq_reflection_week")),
    )
    op.create_table(
        "requester",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requester")),
    )
    # Names are unique without regard to case: "anne" and "Anne" are one requester.
    op.execute("CREATE UNIQUE INDEX uq_requester_name_nocase ON requester (name COLLATE NOCASE)")
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("important", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("effort_minutes", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("waiting_until", sa.DateTime(), nullable=True),
        sa.Column("external_uid", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["requester_id"],
            ["requester.id"],
            name=op.f("fk_task_requester_id_requester"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index("ix_task_completed_at", ["completed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_created_at"), ["created_at"], unique=False)
        batch_op.create_index("ix_task_external_uid", ["external_uid"], unique=False)
        batch_op.create_index(
            "ix_task_matrix",
            ["urgent", "important", "position", "id"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL AND status IN ('open', 'waiting')"),
        )
        batch_op.create_index(
            "ix_task_matrix_due",
            ["due_at"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NULL AND status IN ('open', 'waiting')"),
        )
        batch_op.create_index(batch_op.f("ix_task_requester_id"), ["requester_id"], unique=False)

    op.create_table(
        "template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("tone", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=True),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pack_id"], ["pack.id"], name=op.f("fk_template_pack_id_pack"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template")),
        sa.UniqueConstraint("uid", name=op.f("uq_template_uid")),
    )
    with op.batch_alter_table("template", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_template_pack_id"), ["pack_id"], unique=False)

    op.create_table(
        "reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("requester_id", sa.Integer(), nullable=True),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("tone", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("outcome_at", sa.DateTime(), nullable=True),
        sa.Column("follow_up_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["requester_id"],
            ["requester.id"],
            name=op.f("fk_reply_requester_id_requester"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_reply_task_id_task"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["template.id"],
            name=op.f("fk_reply_template_id_template"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply")),
    )
    with op.batch_alter_table("reply", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reply_at"), ["at"], unique=False)
        batch_op.create_index(
            "ix_reply_pending_follow_up",
            ["follow_up_at"],
            unique=False,
            sqlite_where=sa.text("outcome = 'pending' AND follow_up_at IS NOT NULL"),
        )
        batch_op.create_index(batch_op.f("ix_reply_requester_id"), ["requester_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reply_task_id"), ["task_id"], unique=False)

    op.create_table(
        "reprioritisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("from_quadrant", sa.String(length=16), nullable=True),
        sa.Column("to_quadrant", sa.String(length=16), nullable=False),
        sa.Column("from_due", sa.DateTime(), nullable=True),
        sa.Column("to_due", sa.DateTime(), nullable=True),
        sa.Column("cause", sa.String(length=16), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=True),
        sa.Column("reason_category", sa.String(length=64), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["requester_id"],
            ["requester.id"],
            name=op.f("fk_reprioritisation_requester_id_requester"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["task.id"],
            name=op.f("fk_reprioritisation_task_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reprioritisation")),
    )
    with op.batch_alter_table("reprioritisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reprioritisation_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_reprioritisation_requester_id"), ["requester_id"], unique=False
        )
        batch_op.create_index("ix_reprioritisation_task_id_at", ["task_id", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reprioritisation", schema=None) as batch_op:
        batch_op.drop_index("ix_reprioritisation_task_id_at")
        batch_op.drop_index(batch_op.f("ix_reprioritisation_requester_id"))
        batch_op.drop_index(batch_op.f("ix_reprioritisation_at"))

    op.drop_table("reprioritisation")
    with op.batch_alter_table("reply", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reply_task_id"))
        batch_op.drop_index(batch_op.f("ix_reply_requester_id"))
        batch_op.drop_index(
            "ix_reply_pending_follow_up",
            sqlite_where=sa.text("outcome = 'pending' AND follow_up_at IS NOT NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_reply_at"))

    op.drop_table("reply")
    with op.batch_alter_table("template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_template_pack_id"))

    op.drop_table("template")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_requester_id"))
        batch_op.drop_index(
            "ix_task_matrix_due",
            sqlite_where=sa.text("deleted_at IS NULL AND status IN ('open', 'waiting')"),
        )
        batch_op.drop_index(
            "ix_task_matrix",
            sqlite_where=sa.text("deleted_at IS NULL AND status IN ('open', 'waiting')"),
        )
        batch_op.drop_index("ix_task_external_uid")
        batch_op.drop_index(batch_op.f("ix_task_created_at"))
        batch_op.drop_index("ix_task_completed_at")

    op.drop_table("task")
    op.drop_table("setting")
    op.execute("DROP INDEX uq_requester_name_nocase")
    op.drop_table("requester")
    op.drop_table("reflection")
    op.drop_table("pack")
