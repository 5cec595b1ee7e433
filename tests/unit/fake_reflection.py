"""In-memory stand-ins for the reflection ports (WeekQueries, ReflectionRepository)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from quadrant.domain.reflection import DoneTask, IsoWeek, WeekCounts, WeekEvent


class FakeWeekQueries:
    """Counts, done tasks and events preset per span start; records the spans asked for."""

    def __init__(self) -> None:
        self.by_start: dict[datetime, WeekCounts] = {}
        self.done_by_start: dict[datetime, list[DoneTask]] = {}
        self.events_by_start: dict[datetime, list[WeekEvent]] = {}
        self.overdue_by_moment: dict[datetime, int] = {}
        self.asked: list[tuple[datetime, datetime]] = []
        self.moments: list[datetime] = []

    def counts(self, start: datetime, end: datetime) -> WeekCounts:
        self.asked.append((start, end))
        return self.by_start.get(start, WeekCounts())

    def overdue_at(self, moments: Sequence[datetime]) -> list[int]:
        self.moments.extend(moments)
        return [self.overdue_by_moment.get(m, 0) for m in moments]

    def done(self, start: datetime, end: datetime) -> Sequence[DoneTask]:
        return self.done_by_start.get(start, [])

    def events(
        self, start: datetime, end: datetime, *, noted_moves_only: bool = False
    ) -> Sequence[WeekEvent]:
        events = self.events_by_start.get(start, [])
        if noted_moves_only:
            return [e for e in events if e.from_quadrant and (e.note.strip() or e.reason)]
        return events


class FakeReflections:
    """Answers per week in a dict."""

    def __init__(self) -> None:
        self.rows: dict[IsoWeek, dict[str, str]] = {}
        self.saved_at: dict[IsoWeek, datetime] = {}

    def answers(self, week: IsoWeek) -> dict[str, str] | None:
        stored = self.rows.get(week)
        return None if stored is None else dict(stored)

    def save(self, week: IsoWeek, answers: dict[str, str], now: datetime) -> None:
        self.rows[week] = dict(answers)
        self.saved_at[week] = now

    def weeks(self) -> Sequence[IsoWeek]:
        return sorted(self.rows, reverse=True)
