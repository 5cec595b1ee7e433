"""The reprioritisation log for the history view: filtered pages, newest first.

Pages are read by keyset (``at``, ``id``) rather than by offset, through the
log's indexes: ``ix_reprioritisation_at`` orders every page and bounds a
week, ``ix_reprioritisation_requester_id`` narrows to one requester, and
``ix_reprioritisation_task_id_at`` finds a task's newest entry. A page costs
what the page holds, however long the history and however deep the scroll.

Entries of deleted tasks are left out, as the matrix and the week figures
leave them out. The one write here is ``explain``: it fills in the reason and
note of an entry that has neither (see domain.history).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, and_, or_, select, tuple_, update
from sqlalchemy.orm import Session

from quadrant.domain.history import HistoryCursor
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, Reprioritisation
from quadrant.store.repositories import reprioritisation_from
from quadrant.store.schema import ReprioritisationRow, RequesterRow, TaskRow
from quadrant.store.task_sql import latest_log_entry

_Row = ReprioritisationRow


def _entries() -> Select[ReprioritisationRow, str, str]:
    """Entries with their task's title and the requester's name, live tasks only."""
    return (
        select(_Row, TaskRow.title, RequesterRow.name)
        .join(TaskRow, TaskRow.id == _Row.task_id)
        .outerjoin(RequesterRow, RequesterRow.id == _Row.requester_id)
        .where(TaskRow.deleted_at.is_(None))
    )


class SqlHistoryRepository:
    """Satisfies services.history.HistoryRepository against SQLite."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def page(
        self,
        *,
        start: datetime | None,
        end: datetime | None,
        requester_id: int | None,
        cause: Cause | None,
        quadrant: Quadrant | None,
        after: HistoryCursor | None,
        limit: int,
    ) -> Sequence[Reprioritisation]:
        query = _entries()
        if start is not None:
            query = query.where(_Row.at >= start)
        if end is not None:
            query = query.where(_Row.at < end)
        if requester_id is not None:
            query = query.where(_Row.requester_id == requester_id)
        if cause is not None:
            query = query.where(_Row.cause == cause.value)
        if quadrant is not None:
            query = query.where(
                or_(_Row.to_quadrant == quadrant.key, _Row.from_quadrant == quadrant.key)
            )
        if after is not None:
            # at <= cursor first, so SQLite bounds the index range; the tuple breaks ties.
            query = query.where(
                and_(_Row.at <= after.at, tuple_(_Row.at, _Row.id) < (after.at, after.entry_id))
            )
        query = query.order_by(_Row.at.desc(), _Row.id.desc()).limit(limit)
        return [
            reprioritisation_from(row, title, name)
            for row, title, name in self._session.execute(query)
        ]

    def latest(self, task_id: int) -> Reprioritisation | None:
        # The "why?" prompt reads this after every move: a prebuilt statement (store/task_sql.py).
        return latest_log_entry(self._session.connection(), task_id)

    def explain(self, entry_id: int, reason: str | None, note: str) -> bool:
        statement = (
            update(_Row)
            .where(_Row.id == entry_id)
            .where(or_(_Row.reason_category.is_(None), _Row.reason_category == ""))
            .where(or_(_Row.note.is_(None), _Row.note == ""))
            .values(reason_category=reason, note=note)
        )
        result = self._session.execute(statement)
        return bool(getattr(result, "rowcount", 0))
