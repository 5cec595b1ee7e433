"""Taking the example week out of SQLite: the removals services/demo_removal.py decides on."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, union
from sqlalchemy.orm import Session

from quadrant.domain.reflection import IsoWeek
from quadrant.store.purge import purge_tasks
from quadrant.store.schema import (
    ReflectionRow,
    ReplyRow,
    ReprioritisationRow,
    RequesterRow,
    SettingRow,
    TaskRow,
)


class SqlExampleDataRepository:
    """Satisfies services.demo_ports.ExampleDataRepository against SQLite."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def purge_tasks(self, task_ids: Sequence[int]) -> int:
        return purge_tasks(self._session, list(task_ids))

    def unused_requesters(self, requester_ids: Sequence[int]) -> list[int]:
        if not requester_ids:
            return []
        wanted = list(requester_ids)
        # Deleted tasks count as users too: restoring one must find its requester.
        used = set(
            self._session.scalars(
                union(
                    select(TaskRow.requester_id).where(TaskRow.requester_id.in_(wanted)),
                    select(ReprioritisationRow.requester_id).where(
                        ReprioritisationRow.requester_id.in_(wanted)
                    ),
                    select(ReplyRow.requester_id).where(ReplyRow.requester_id.in_(wanted)),
                )
            )
        )
        return [rid for rid in wanted if rid not in used]

    def remove_requesters(self, requester_ids: Sequence[int]) -> None:
        if requester_ids:
            self._session.execute(
                delete(RequesterRow).where(RequesterRow.id.in_(list(requester_ids)))
            )

    def remove_reflection(self, week: IsoWeek) -> None:
        self._session.execute(delete(ReflectionRow).where(ReflectionRow.week == str(week)))

    def remove_settings(self, keys: Sequence[str]) -> None:
        if keys:
            self._session.execute(delete(SettingRow).where(SettingRow.key.in_(list(keys))))
