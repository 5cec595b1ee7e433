"""The reprioritisation log as the user browses it: filters, pages, and the reasons for a move.

A log entry is written by ``services.tasks.move`` at the moment of the move.
The "why?" prompt asks for the reason a moment later; its answer belongs to
the same user action, so it may fill in the reason and note of that entry —
once, while both are still empty. Nothing else in an entry ever changes:
the log stays a record of what happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.search import requester_passes
from quadrant.domain.task import Cause, Reprioritisation, clean_notes
from quadrant.domain.weeks import IsoWeek

PAGE_SIZE = 200
"""Entries per page: a screenful many times over, and a few milliseconds to read."""

MAX_PAGE_SIZE = 5000


class Reason(StrEnum):
    """Why the user moved a task; the values are stored and read by the reports."""

    NEW_REQUEST = "new_request"
    DEADLINE_CHANGED = "deadline_changed"
    MANAGER_CHANGED_PRIORITY = "manager_changed_priority"
    OWN_PLANNING = "own_planning"
    EMERGENCY = "emergency"


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """What the history view is narrowed to; None everywhere means the whole log.

    Attributes:
        week: only entries of this (local) week.
        requester_id: only entries a requester caused.
        cause: only entries with this cause.
        quadrant: only entries that moved a task into or out of this quadrant.
    """

    week: IsoWeek | None = None
    requester_id: int | None = None
    cause: Cause | None = None
    quadrant: Quadrant | None = None

    @property
    def active(self) -> bool:
        """Whether the filter hides anything."""
        return any(v is not None for v in (self.week, self.requester_id, self.cause, self.quadrant))

    def matches(self, entry: Reprioritisation) -> bool:
        """Whether an entry passes every criterion but the week (which needs a time zone)."""
        if not requester_passes(self.requester_id, entry.requester_id):
            return False
        if self.cause is not None and entry.cause is not self.cause:
            return False
        if self.quadrant is not None:
            return self.quadrant in (entry.from_quadrant, entry.to_quadrant)
        return True


@dataclass(frozen=True, slots=True, order=True)
class HistoryCursor:
    """Where a page ended: the last entry shown, newest first (keyset paging).

    The next page starts strictly after this entry, so reading page 100
    costs what reading page 1 does.
    """

    at: datetime
    entry_id: int

    @classmethod
    def after(cls, entry: Reprioritisation) -> HistoryCursor:
        """The cursor just past ``entry``."""
        assert entry.id is not None, "an entry from the store has an id"
        return cls(entry.at, entry.id)


@dataclass(frozen=True, slots=True)
class HistoryPage:
    """One page of the log, newest first; ``next`` is None on the last page."""

    entries: tuple[Reprioritisation, ...]
    next: HistoryCursor | None


def check_page_size(limit: int) -> int:
    """A page size between 1 and MAX_PAGE_SIZE, or a ValidationError."""
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A page holds 1 to {limit} entries."),
            where="limit",
            params={"limit": MAX_PAGE_SIZE},
        )
    return limit


def clean_reason(reason: str | None) -> Reason | None:
    """A reason key as a Reason; None stays None; anything else is a ValidationError."""
    if reason is None or reason == "":
        return None
    try:
        return Reason(reason)
    except ValueError as e:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{reason}” is not a reason Quadrant knows."),
            where="reason",
            params={"reason": reason},
        ) from e


def clean_move_note(note: str) -> str:
    """A note for a move: surrounding white space removed, bounded like task notes."""
    return clean_notes(note.strip())


def explainable(entry: Reprioritisation) -> bool:
    """Whether the "why?" answer may still be written into this entry: nothing given yet."""
    return not entry.reason_category and not entry.note
