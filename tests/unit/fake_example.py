"""The example week's hard removals, over the other fakes' dictionaries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quadrant.domain.reflection import IsoWeek


class FakeExampleData:
    """Removes from the owning fake unit of work's rows, as the SQL version does."""

    def __init__(self, uow: Any) -> None:
        self._uow = uow

    def purge_tasks(self, task_ids: Sequence[int]) -> int:
        doomed = set(task_ids) & set(self._uow.tasks.rows)
        for task_id in doomed:
            del self._uow.tasks.rows[task_id]
        self._uow.log.entries[:] = [e for e in self._uow.log.entries if e.task_id not in doomed]
        replies = self._uow.replies.rows
        for reply_id in [i for i, r in replies.items() if r.task_id in doomed]:
            del replies[reply_id]
        return len(doomed)

    def unused_requesters(self, requester_ids: Sequence[int]) -> list[int]:
        used = {t.requester_id for t in self._uow.tasks.rows.values()}
        used |= {e.requester_id for e in self._uow.log.entries}
        used |= {r.requester_id for r in self._uow.replies.rows.values()}
        return [i for i in requester_ids if i not in used and i in self._uow.requesters.rows]

    def remove_requesters(self, requester_ids: Sequence[int]) -> None:
        for requester_id in requester_ids:
            self._uow.requesters.rows.pop(requester_id, None)

    def remove_reflection(self, week: IsoWeek) -> None:
        self._uow.reflections.rows.pop(week, None)

    def remove_settings(self, keys: Sequence[str]) -> None:
        for key in keys:
            self._uow.settings.values.pop(key, None)
