"""Sent replies in SQLite: rows in, domain Replies out. Never commits.

Satisfies services.reply_ports.ReplyRepository structurally. The follow-up
query is written so SQLite can use the partial index
``ix_reply_pending_follow_up``: the index's own condition appears in the
WHERE clause with the literal 'pending' (a bound parameter would hide from the
planner that the index applies).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, delete, select, text
from sqlalchemy.orm import Session

from quadrant.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone
from quadrant.domain.reply_record import Reply
from quadrant.store.schema import ReplyRow, RequesterRow, TaskRow

_PENDING_FOLLOW_UP = text("reply.outcome = 'pending' AND reply.follow_up_at IS NOT NULL")


def _reply_from(row: ReplyRow, task_title: str | None, requester_name: str | None) -> Reply:
    return Reply(
        id=row.id,
        task_id=row.task_id,
        requester_id=row.requester_id,
        template_id=row.template_id,
        kind=ReplyKind(row.kind),
        tone=Tone(row.tone),
        language=Language(row.language),
        subject=row.subject,
        body=row.body,
        at=row.at,
        outcome=ReplyOutcome(row.outcome),
        outcome_at=row.outcome_at,
        follow_up_at=row.follow_up_at,
        task_title=task_title or "",
        requester_name=requester_name or "",
    )


class SqlReplyRepository:
    """Sent replies in SQLite."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _select(self) -> Select[ReplyRow, str | None, str | None]:
        return (
            select(ReplyRow, TaskRow.title, RequesterRow.name)
            .outerjoin(TaskRow, TaskRow.id == ReplyRow.task_id)
            .outerjoin(RequesterRow, RequesterRow.id == ReplyRow.requester_id)
        )

    def add(self, reply: Reply) -> Reply:
        row = ReplyRow(
            task_id=reply.task_id,
            requester_id=reply.requester_id,
            template_id=reply.template_id,
            kind=ReplyKind(reply.kind).value,
            tone=Tone(reply.tone).value,
            language=Language(reply.language).value,
            subject=reply.subject,
            body=reply.body,
            at=reply.at,
            outcome=ReplyOutcome(reply.outcome).value,
            outcome_at=reply.outcome_at,
            follow_up_at=reply.follow_up_at,
        )
        self._session.add(row)
        self._session.flush()
        return self.get(row.id)

    def get(self, reply_id: int) -> Reply:
        row = self._session.execute(self._select().where(ReplyRow.id == reply_id)).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no reply {id}."),
                params={"id": reply_id},
            )
        return _reply_from(*row)

    def set_outcome(self, reply_id: int, outcome: ReplyOutcome, at: datetime | None) -> None:
        row = self._session.get(ReplyRow, reply_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no reply {id}."),
                params={"id": reply_id},
            )
        row.outcome = ReplyOutcome(outcome).value
        row.outcome_at = at
        self._session.flush()

    def remove(self, reply_id: int) -> None:
        self._session.execute(delete(ReplyRow).where(ReplyRow.id == reply_id))
        self._session.flush()

    def follow_ups_due(self, now: datetime, limit: int) -> Sequence[Reply]:
        query = (
            self._select()
            .where(_PENDING_FOLLOW_UP)
            .where(ReplyRow.follow_up_at <= now)
            .order_by(ReplyRow.follow_up_at, ReplyRow.id)
            .limit(limit)
        )
        return [_reply_from(*row) for row in self._session.execute(query)]

    def for_task(self, task_id: int) -> Sequence[Reply]:
        query = self._select().where(ReplyRow.task_id == task_id).order_by(ReplyRow.at, ReplyRow.id)
        return [_reply_from(*row) for row in self._session.execute(query)]
