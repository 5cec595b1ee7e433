"""What a report on one week is made of: the raw events, the work done, and the review.

The store fills these flat records in one unit of work; the exporters (CSV,
Markdown, HTML, PDF) only read them. Keeping them apart from the figures lets
an exporter see every event without recomputing any statistic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from quadrant.domain.matrix import Quadrant
from quadrant.domain.week_figures import WeekStats


class EventKind(StrEnum):
    """What happened in a row of the week's raw events (the CSV's ``event`` column)."""

    CAPTURED = "captured"
    MOVED = "moved"
    COMPLETED = "completed"
    DROPPED = "dropped"
    REPLY = "reply"


@dataclass(frozen=True, slots=True)
class WeekEvent:
    """One raw event of the week, as a flat record (times aware UTC).

    ``requester`` is who the event involved (the one who caused a move, the
    one a reply went to); ``task_requester`` is who the task is for.
    """

    at: datetime
    kind: EventKind
    task_id: int | None = None
    task_title: str = ""
    requester: str = ""
    task_requester: str = ""
    from_quadrant: Quadrant | None = None
    to_quadrant: Quadrant | None = None
    from_due: datetime | None = None
    to_due: datetime | None = None
    cause: str = ""
    reason: str = ""
    note: str = ""
    reply_kind: str = ""
    reply_outcome: str = ""


@dataclass(frozen=True, slots=True)
class DoneTask:
    """A task finished in the week: what was done, for whom, in which quadrant."""

    task_id: int
    title: str
    requester: str
    quadrant: Quadrant
    completed_at: datetime
    effort_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class WeekReview:
    """Everything a report on one week needs, gathered in one unit of work.

    Attributes:
        stats: the figures.
        done: the tasks done, for "what was done, for whom".
        notes: the moves that carry a reason or a note, which a report quotes.
        events: every raw event (the CSV); empty unless asked for, since a
            busy week has thousands and a report needs none of them.
        answers: the reflection answers, by prompt key.
    """

    stats: WeekStats
    done: tuple[DoneTask, ...] = ()
    notes: tuple[WeekEvent, ...] = ()
    events: tuple[WeekEvent, ...] = ()
    answers: Mapping[str, str] = field(default_factory=dict)
