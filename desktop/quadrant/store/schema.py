"""The database schema: typed SQLAlchemy 2 rows.

Rows stay inside the store: repositories turn them into domain objects.
Timestamps are stored as UTC; ``UtcDateTime`` makes that impossible to forget.
Indexes are shaped by the queries the app runs (see tests/integration/test_query_plans.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MATRIX_STATUSES = "status IN ('open', 'waiting')"
"""The SQL form of TaskStatus.in_matrix; partial indexes and queries must say it alike."""


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes in, stored as naive UTC, aware UTC out."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Every row class; the naming convention keeps constraint names stable for migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RequesterRow(Base):
    __tablename__ = "requester"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("uq_requester_name_nocase", text("name COLLATE NOCASE"), unique=True),)


class TaskRow(Base):
    __tablename__ = "task"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    notes: Mapped[str] = mapped_column(Text, default="")
    requester_id: Mapped[int | None] = mapped_column(
        ForeignKey("requester.id", ondelete="SET NULL"), index=True
    )
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    important: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    effort_minutes: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="open")
    waiting_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    external_uid: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        # The matrix: open and waiting tasks in quadrant order, read at every start.
        Index(
            "ix_task_matrix",
            "urgent",
            "important",
            "position",
            "id",
            sqlite_where=text(f"deleted_at IS NULL AND {MATRIX_STATUSES}"),
        ),
        # Escalation: tasks in the matrix by due date.
        Index(
            "ix_task_matrix_due",
            "due_at",
            sqlite_where=text(f"deleted_at IS NULL AND {MATRIX_STATUSES}"),
        ),
        Index("ix_task_completed_at", "completed_at"),
        Index("ix_task_external_uid", "external_uid"),
    )


class ReprioritisationRow(Base):
    __tablename__ = "reprioritisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    from_quadrant: Mapped[str | None] = mapped_column(String(16))
    to_quadrant: Mapped[str] = mapped_column(String(16))
    from_due: Mapped[datetime | None] = mapped_column(UtcDateTime)
    to_due: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cause: Mapped[str] = mapped_column(String(16))
    requester_id: Mapped[int | None] = mapped_column(
        ForeignKey("requester.id", ondelete="SET NULL")
    )
    reason_category: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_reprioritisation_task_id_at", "task_id", "at"),
        # One requester's history, newest first, a page at a time (and the foreign key).
        Index("ix_reprioritisation_requester_id_at", "requester_id", "at"),
    )


class PackRow(Base):
    __tablename__ = "pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    author: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[str] = mapped_column(String(32), default="1.0.0")
    source_path: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TemplateRow(Base):
    __tablename__ = "template"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    tone: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="")
    pack_id: Mapped[int | None] = mapped_column(
        ForeignKey("pack.id", ondelete="SET NULL"), index=True
    )
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ReplyRow(Base):
    __tablename__ = "reply"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("task.id", ondelete="SET NULL"), index=True
    )
    requester_id: Mapped[int | None] = mapped_column(
        ForeignKey("requester.id", ondelete="SET NULL"), index=True
    )
    template_id: Mapped[int | None] = mapped_column(ForeignKey("template.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(32))
    tone: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    outcome: Mapped[str] = mapped_column(String(16), default="pending")
    outcome_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    follow_up_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        # The follow-up list: pending replies by follow-up date.
        Index(
            "ix_reply_pending_follow_up",
            "follow_up_at",
            sqlite_where=text("outcome = 'pending' AND follow_up_at IS NOT NULL"),
        ),
    )


class ReflectionRow(Base):
    __tablename__ = "reflection"

    id: Mapped[int] = mapped_column(primary_key=True)
    week: Mapped[str] = mapped_column(String(8), unique=True)  # ISO "2026-W47"
    answers: Mapped[str] = mapped_column(Text, default="{}")  # JSON object
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
