"""The urgent/important matrix: quadrants, classification and deadline escalation."""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum


class Quadrant(IntEnum):
    """The four quadrants, numbered in the order the matrix shows them (Ctrl+1…4).

    The value doubles as the reading order: top-left, top-right, bottom-left,
    bottom-right.
    """

    DO = 1  # urgent and important: do it now
    PLAN = 2  # important, not urgent: plan it, protect time for it
    DELEGATE = 3  # urgent, not important: delegate or negotiate
    DROP = 4  # neither: decline or drop

    @property
    def urgent(self) -> bool:
        """Whether tasks in this quadrant are urgent."""
        return self in (Quadrant.DO, Quadrant.DELEGATE)

    @property
    def important(self) -> bool:
        """Whether tasks in this quadrant are important."""
        return self in (Quadrant.DO, Quadrant.PLAN)

    @classmethod
    def of(cls, *, urgent: bool, important: bool) -> Quadrant:
        """The quadrant for a pair of flags; the one place that mapping lives."""
        if urgent:
            return cls.DO if important else cls.DELEGATE
        return cls.PLAN if important else cls.DROP

    @property
    def key(self) -> str:
        """A stable lower-case name, used in the database log and in files."""
        return self.name.lower()

    @classmethod
    def from_key(cls, key: str) -> Quadrant:
        """The quadrant for a stable key; raises ValueError for anything else."""
        try:
            return cls[key.upper()]
        except KeyError as e:
            raise ValueError(f"unknown quadrant {key!r}") from e


DEFAULT_URGENCY_HORIZON_DAYS = 2
"""Working days before its due date at which a task becomes urgent by itself."""


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days (Monday to Friday) after ``start``.

    A start on a weekend counts from the next Monday, so "two working days from
    Saturday" is Tuesday, as a person would count.
    """
    current = start
    while current.weekday() >= 5:
        current += timedelta(days=1)
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def urgency_cutoff(today: date, horizon_days: int) -> date:
    """The last due date that counts as urgent today.

    A task due on or before this date is urgent: it is due within the horizon,
    or it is already overdue.
    """
    return add_working_days(today, max(0, horizon_days))


def is_due_soon(due: date | None, today: date, horizon_days: int) -> bool:
    """Whether a task due on ``due`` has entered the urgency horizon."""
    return due is not None and due <= urgency_cutoff(today, horizon_days)
