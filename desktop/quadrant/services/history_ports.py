"""The port of the history view: the reprioritisation log, read a page at a time.

Kept apart from services.history so that services.ports can name it without
an import cycle.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from quadrant.domain.history import HistoryCursor
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, Reprioritisation


class HistoryRepository(Protocol):
    """The log as the history view reads it. Never commits."""

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
        """Up to ``limit`` entries of live tasks, newest first, strictly after ``after``.

        ``start``/``end`` bound ``at`` (end exclusive); ``quadrant`` matches
        entries that moved a task into or out of it.
        """
        ...

    def latest(self, task_id: int) -> Reprioritisation | None:
        """A task's newest entry, or None."""
        ...

    def explain(self, entry_id: int, reason: str | None, note: str) -> bool:
        """Fill in an entry's reason and note if it has neither; whether it did."""
        ...
