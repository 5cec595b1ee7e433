"""An in-memory history repository over the fake log, for service unit tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from quadrant.domain.history import HistoryCursor
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, Reprioritisation

if TYPE_CHECKING:
    from tests.unit.fakes import FakeLog


class FakeHistory:
    """Reads and annotates the entries of a FakeLog, as the SQL repository does."""

    def __init__(self, log: FakeLog) -> None:
        self._log = log

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
        def keep(e: Reprioritisation) -> bool:
            return (
                (start is None or e.at >= start)
                and (end is None or e.at < end)
                and (requester_id is None or e.requester_id == requester_id)
                and (cause is None or e.cause is cause)
                and (quadrant is None or quadrant in (e.from_quadrant, e.to_quadrant))
                and (after is None or (e.at, e.id or 0) < (after.at, after.entry_id))
            )

        found = [e for e in self._log.entries if keep(e)]
        return sorted(found, key=lambda e: (e.at, e.id or 0), reverse=True)[:limit]

    def latest(self, task_id: int) -> Reprioritisation | None:
        mine = [e for e in self._log.entries if e.task_id == task_id]
        return max(mine, key=lambda e: (e.at, e.id or 0)) if mine else None

    def explain(self, entry_id: int, reason: str | None, note: str) -> bool:
        for index, entry in enumerate(self._log.entries):
            if entry.id == entry_id and not entry.reason_category and not entry.note:
                self._log.entries[index] = replace(entry, reason_category=reason, note=note)
                return True
        return False
