"""What removing the example week needs from the store, beyond the ordinary unit of work.

The ordinary repositories only ever add to the user's history; taking the
example back out is the one place that removes rows which are not in the
bin. store/example_data.py satisfies it against SQLite; the unit of work
(services/ports.py) carries it as ``example``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from quadrant.domain.reflection import IsoWeek


class ExampleDataRepository(Protocol):
    """Hard removals for the example week. Never commits."""

    def purge_tasks(self, task_ids: Sequence[int]) -> int:
        """Remove these tasks for good, with their log rows and replies; returns how many."""
        ...

    def unused_requesters(self, requester_ids: Sequence[int]) -> list[int]:
        """Those of these requesters no task (deleted ones too), log row or reply refers to."""
        ...

    def remove_requesters(self, requester_ids: Sequence[int]) -> None:
        """Remove these requesters; the caller made sure nothing refers to them."""
        ...

    def remove_reflection(self, week: IsoWeek) -> None:
        """Remove the week's saved answers, so the week no longer shows as reflected on."""
        ...

    def remove_settings(self, keys: Sequence[str]) -> None:
        """Remove these settings, so they read as never set."""
        ...
