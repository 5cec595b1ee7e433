"""The SQL behind the weekly reflection: counts and raw events of one span of time.

Every query starts from an index on a moment — ``task.created_at``,
``task.completed_at``, ``reprioritisation.at``, ``reply.at`` — bounded on
both sides, so a week costs what the week holds, however long the history.
The one exception is "overdue at the week's end" for a week long past, which
must look at the tasks finished after it (``task.completed_at`` from the
week's end on): for this week and the weeks just before, a handful of rows;
for a week four years back, every task finished since (one pass serves the
week and the four it is compared with).

Deleted tasks are left out of every figure, as they are left out of the
matrix: restoring a task brings it back into the weeks it belongs to.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import DoneTask, EventKind, WeekCounts, WeekEvent
from quadrant.domain.task import TaskStatus
from quadrant.store.schema import (
    MATRIX_STATUSES,
    ReplyRow,
    ReprioritisationRow,
    RequesterRow,
    TaskRow,
)

_FINISHED = (TaskStatus.DONE.value, TaskStatus.DROPPED.value)
# Written exactly as the partial index ix_task_matrix_due says it, so SQLite can use it.
_IN_MATRIX = text(f"task.deleted_at IS NULL AND task.{MATRIX_STATUSES}")


_QUADRANTS = {quadrant.key: quadrant for quadrant in Quadrant}


def _quadrant(key: str | None) -> Quadrant | None:
    """A logged quadrant key as a Quadrant; unknown or missing keys are None."""
    return None if key is None else _QUADRANTS.get(key)


class SqlWeekQueries:
    """Satisfies services.ports.WeekQueries against SQLite."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def counts(self, start: datetime, end: datetime) -> WeekCounts:
        captured, interruptions = self._captured(start, end)
        completed, dropped, focus = self._completed(start, end)
        by_cause, by_requester = self._moves(start, end)
        return WeekCounts(
            captured=captured,
            completed=completed,
            dropped=dropped,
            interruptions=interruptions,
            moves_by_cause=by_cause,
            moves_by_requester=by_requester,
            replies=self._replies(start, end),
            focus_minutes=focus,
        )

    def _captured(
        self, start: datetime, end: datetime
    ) -> tuple[dict[Quadrant, int], dict[str, int]]:
        """Tasks captured in the span by the quadrant they arrived in; urgent requests by name.

        The capture entry of the log (the one without a from-quadrant) says
        where a task arrived; a task without one counts where it stands now.
        """
        entry = aliased(ReprioritisationRow)
        arrived_in = (
            select(entry.to_quadrant)
            .where(entry.task_id == TaskRow.id, entry.from_quadrant.is_(None))
            .order_by(entry.at, entry.id)
            .limit(1)
            .scalar_subquery()
            .label("arrived_in")
        )
        # Grouped in SQL: a busy week's hundreds of captures come back as a few rows.
        query = (
            select(TaskRow.urgent, TaskRow.important, arrived_in, RequesterRow.name, func.count())
            .outerjoin(RequesterRow, RequesterRow.id == TaskRow.requester_id)
            .where(TaskRow.created_at >= start, TaskRow.created_at < end)
            .where(TaskRow.deleted_at.is_(None))
            .group_by(TaskRow.urgent, TaskRow.important, text("arrived_in"), RequesterRow.name)
        )
        captured: Counter[Quadrant] = Counter()
        interruptions: Counter[str] = Counter()
        for urgent, important, key, name, count in self._session.execute(query):
            quadrant = _quadrant(key) or Quadrant.of(urgent=urgent, important=important)
            captured[quadrant] += int(count)
            if quadrant.urgent and name:
                interruptions[name] += int(count)
        return dict(captured), dict(interruptions)

    def _completed(self, start: datetime, end: datetime) -> tuple[dict[Quadrant, int], int, int]:
        """Done tasks by quadrant, the number dropped, and the effort of plan work done."""
        query = (
            select(
                TaskRow.urgent,
                TaskRow.important,
                TaskRow.status,
                func.count(),
                func.coalesce(func.sum(TaskRow.effort_minutes), 0),
            )
            .where(TaskRow.completed_at >= start, TaskRow.completed_at < end)
            .where(TaskRow.deleted_at.is_(None), TaskRow.status.in_(_FINISHED))
            .group_by(TaskRow.urgent, TaskRow.important, TaskRow.status)
        )
        completed: Counter[Quadrant] = Counter()
        dropped = focus = 0
        for urgent, important, status, count, effort in self._session.execute(query):
            if status == TaskStatus.DROPPED.value:
                dropped += int(count)
                continue
            quadrant = Quadrant.of(urgent=urgent, important=important)
            completed[quadrant] += int(count)
            if quadrant is Quadrant.PLAN:
                focus += int(effort or 0)
        return dict(completed), dropped, focus

    def _moves(self, start: datetime, end: datetime) -> tuple[dict[str, int], dict[str, int]]:
        """Reprioritisations (captures excluded) by cause, and by the requester who caused them."""
        query = (
            select(ReprioritisationRow.cause, RequesterRow.name, func.count())
            .join(TaskRow, TaskRow.id == ReprioritisationRow.task_id)
            .outerjoin(RequesterRow, RequesterRow.id == ReprioritisationRow.requester_id)
            .where(ReprioritisationRow.at >= start, ReprioritisationRow.at < end)
            .where(ReprioritisationRow.from_quadrant.is_not(None), TaskRow.deleted_at.is_(None))
            .group_by(ReprioritisationRow.cause, RequesterRow.name)
        )
        by_cause: Counter[str] = Counter()
        by_requester: Counter[str] = Counter()
        for cause, name, count in self._session.execute(query):
            by_cause[cause] += int(count)
            if name:
                by_requester[name] += int(count)
        return dict(by_cause), dict(by_requester)

    def _replies(self, start: datetime, end: datetime) -> dict[str, dict[str, int]]:
        """Replies sent in the span, by kind, then by their outcome as it stands now."""
        query = (
            select(ReplyRow.kind, ReplyRow.outcome, func.count())
            .where(ReplyRow.at >= start, ReplyRow.at < end)
            .group_by(ReplyRow.kind, ReplyRow.outcome)
        )
        replies: defaultdict[str, dict[str, int]] = defaultdict(dict)
        for kind, outcome, count in self._session.execute(query):
            replies[kind][outcome] = int(count)
        return dict(replies)

    def overdue_at(self, moments: Sequence[datetime]) -> list[int]:
        """For each moment, tasks that existed, were due before it, and were not finished by then.

        One pass over each of two index ranges serves every moment: tasks
        still in the matrix (the partial due-date index), and tasks finished
        after the earliest moment (the completion index).
        """
        if not moments:
            return []
        earliest, latest = min(moments), max(moments)

        def per_moment(condition: Callable[[datetime], ColumnElement[bool]]) -> list[Any]:
            return [func.sum(case((condition(m), 1), else_=0)) for m in moments]

        still_open = (
            select(*per_moment(lambda m: and_(TaskRow.due_at < m, TaskRow.created_at < m)))
            .where(_IN_MATRIX)
            .where(TaskRow.due_at < latest)
        )
        finished_later = (
            select(
                *per_moment(
                    lambda m: and_(
                        TaskRow.completed_at >= m, TaskRow.due_at < m, TaskRow.created_at < m
                    )
                )
            )
            .where(TaskRow.completed_at >= earliest, TaskRow.deleted_at.is_(None))
            .where(TaskRow.due_at < latest)
        )
        open_counts = self._session.execute(still_open).one()
        later_counts = self._session.execute(finished_later).one()
        return [int(a or 0) + int(b or 0) for a, b in zip(open_counts, later_counts, strict=True)]

    # The lists below select columns, not row objects: a busy week has thousands of
    # events, and building ORM instances for them would cost more than the queries.

    def done(self, start: datetime, end: datetime) -> Sequence[DoneTask]:
        query = (
            select(
                TaskRow.id,
                TaskRow.title,
                TaskRow.urgent,
                TaskRow.important,
                TaskRow.completed_at,
                TaskRow.effort_minutes,
                RequesterRow.name,
            )
            .outerjoin(RequesterRow, RequesterRow.id == TaskRow.requester_id)
            .where(TaskRow.completed_at >= start, TaskRow.completed_at < end)
            .where(TaskRow.deleted_at.is_(None), TaskRow.status == TaskStatus.DONE.value)
        )
        done = [
            DoneTask(
                task_id=task_id,
                title=title,
                requester=name or "",
                quadrant=Quadrant.of(urgent=urgent, important=important),
                completed_at=completed_at or start,
                effort_minutes=effort,
            )
            for task_id, title, urgent, important, completed_at, effort, name in (
                self._session.execute(query)
            )
        ]
        return sorted(done, key=lambda d: (d.requester.casefold(), d.completed_at, d.task_id))

    def events(
        self, start: datetime, end: datetime, *, noted_moves_only: bool = False
    ) -> Sequence[WeekEvent]:
        events = self._log_events(start, end, noted_moves_only)
        if not noted_moves_only:
            events.extend(self._finish_events(start, end))
            events.extend(self._reply_events(start, end))
        return sorted(events, key=lambda e: (e.at, e.task_id or 0, e.kind.value))

    def _log_events(self, start: datetime, end: datetime, noted_only: bool) -> list[WeekEvent]:
        causer, owner = aliased(RequesterRow), aliased(RequesterRow)
        log = ReprioritisationRow
        query = (
            select(
                log.at,
                log.task_id,
                log.from_quadrant,
                log.to_quadrant,
                log.from_due,
                log.to_due,
                log.cause,
                log.reason_category,
                log.note,
                TaskRow.title,
                causer.name,
                owner.name,
            )
            .join(TaskRow, TaskRow.id == log.task_id)
            .outerjoin(causer, causer.id == log.requester_id)
            .outerjoin(owner, owner.id == TaskRow.requester_id)
            .where(log.at >= start, log.at < end)
            .where(TaskRow.deleted_at.is_(None))
        )
        if noted_only:
            query = query.where(
                log.from_quadrant.is_not(None),
                or_(log.note != "", log.reason_category.is_not(None)),
            )
        return [
            WeekEvent(
                at=row.at,
                kind=EventKind.CAPTURED if row.from_quadrant is None else EventKind.MOVED,
                task_id=row.task_id,
                task_title=row.title,
                requester=row[10] or "",
                task_requester=row[11] or "",
                from_quadrant=_quadrant(row.from_quadrant),
                to_quadrant=_quadrant(row.to_quadrant),
                from_due=row.from_due,
                to_due=row.to_due,
                cause=row.cause,
                reason=row.reason_category or "",
                note=row.note,
            )
            for row in self._session.execute(query)
        ]

    def _finish_events(self, start: datetime, end: datetime) -> list[WeekEvent]:
        query = (
            select(
                TaskRow.id,
                TaskRow.title,
                TaskRow.urgent,
                TaskRow.important,
                TaskRow.status,
                TaskRow.completed_at,
                RequesterRow.name,
            )
            .outerjoin(RequesterRow, RequesterRow.id == TaskRow.requester_id)
            .where(TaskRow.completed_at >= start, TaskRow.completed_at < end)
            .where(TaskRow.deleted_at.is_(None), TaskRow.status.in_(_FINISHED))
        )
        return [
            WeekEvent(
                at=completed_at or start,
                kind=EventKind.DROPPED if status == "dropped" else EventKind.COMPLETED,
                task_id=task_id,
                task_title=title,
                requester=name or "",
                task_requester=name or "",
                from_quadrant=Quadrant.of(urgent=urgent, important=important),
            )
            for task_id, title, urgent, important, status, completed_at, name in (
                self._session.execute(query)
            )
        ]

    def _reply_events(self, start: datetime, end: datetime) -> list[WeekEvent]:
        addressee, owner = aliased(RequesterRow), aliased(RequesterRow)
        query = (
            select(
                ReplyRow.at,
                ReplyRow.task_id,
                ReplyRow.kind,
                ReplyRow.outcome,
                TaskRow.title,
                addressee.name,
                owner.name,
            )
            .outerjoin(TaskRow, TaskRow.id == ReplyRow.task_id)
            .outerjoin(addressee, addressee.id == ReplyRow.requester_id)
            .outerjoin(owner, owner.id == TaskRow.requester_id)
            .where(ReplyRow.at >= start, ReplyRow.at < end)
            .where(or_(ReplyRow.task_id.is_(None), TaskRow.deleted_at.is_(None)))
        )
        return [
            WeekEvent(
                at=at,
                kind=EventKind.REPLY,
                task_id=task_id,
                task_title=title or "",
                requester=name or "",
                task_requester=owner_name or "",
                reply_kind=kind,
                reply_outcome=outcome,
            )
            for at, task_id, kind, outcome, title, name, owner_name in (
                self._session.execute(query)
            )
        ]
