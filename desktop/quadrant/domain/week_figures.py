"""A week's figures: plain counts from the store, and their comparison with earlier weeks.

The store only counts (what was captured, done, moved, replied); every
derived figure — totals, the plan share, the change against the average of
the weeks before — is computed here, once, so the dialog, the reports and the
command line cannot disagree about what a figure means.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from quadrant.domain.matrix import Quadrant
from quadrant.domain.weeks import IsoWeek


@dataclass(frozen=True, slots=True)
class WeekCounts:
    """What the store counts for one week: plain numbers, keyed by plain values.

    Attributes:
        captured: tasks captured, by the quadrant they were captured into.
        completed: tasks done, by the quadrant they stood in when done.
        dropped: tasks declined or let go.
        interruptions: urgent requests captured, by requester name.
        moves_by_cause: reprioritisations (captures excluded), by cause key.
        moves_by_requester: reprioritisations a requester caused, by name.
        replies: boundary replies sent, by kind, then by outcome.
        overdue: tasks past their due moment and still to do at the week's end.
        focus_minutes: estimated effort of the important-not-urgent work done.
    """

    captured: Mapping[Quadrant, int] = field(default_factory=dict)
    completed: Mapping[Quadrant, int] = field(default_factory=dict)
    dropped: int = 0
    interruptions: Mapping[str, int] = field(default_factory=dict)
    moves_by_cause: Mapping[str, int] = field(default_factory=dict)
    moves_by_requester: Mapping[str, int] = field(default_factory=dict)
    replies: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    overdue: int = 0
    focus_minutes: int = 0

    @property
    def captured_total(self) -> int:
        """Every task captured in the week."""
        return sum(self.captured.values())

    @property
    def completed_total(self) -> int:
        """Every task done in the week."""
        return sum(self.completed.values())

    @property
    def interruptions_total(self) -> int:
        """Every urgent request captured in the week."""
        return sum(self.interruptions.values())

    @property
    def moves_total(self) -> int:
        """Every reprioritisation in the week."""
        return sum(self.moves_by_cause.values())

    @property
    def replies_total(self) -> int:
        """Every boundary reply sent in the week."""
        return sum(sum(outcomes.values()) for outcomes in self.replies.values())

    @property
    def plan_share(self) -> float | None:
        """The health figure: the share of done work that was important but not urgent.

        None when nothing was done: a share of nothing is not zero.
        """
        total = self.completed_total
        return self.completed.get(Quadrant.PLAN, 0) / total if total else None


class Figure(StrEnum):
    """The figures compared with the weeks before; the values are stable keys."""

    CAPTURED = "captured"
    COMPLETED = "completed"
    PLAN_SHARE = "plan_share"
    INTERRUPTIONS = "interruptions"
    MOVES = "moves"
    REPLIES = "replies"
    OVERDUE = "overdue"
    FOCUS_MINUTES = "focus_minutes"


def figure_value(counts: WeekCounts, figure: Figure) -> float | None:
    """One comparable figure of a week; None when it has no value (no share of nothing)."""
    values: dict[Figure, float | None] = {
        Figure.CAPTURED: counts.captured_total,
        Figure.COMPLETED: counts.completed_total,
        Figure.PLAN_SHARE: counts.plan_share,
        Figure.INTERRUPTIONS: counts.interruptions_total,
        Figure.MOVES: counts.moves_total,
        Figure.REPLIES: counts.replies_total,
        Figure.OVERDUE: counts.overdue,
        Figure.FOCUS_MINUTES: counts.focus_minutes,
    }
    return values[figure]


@dataclass(frozen=True, slots=True)
class Comparison:
    """One figure this week beside its average over the weeks before.

    ``average`` is None when none of the earlier weeks had a value.
    """

    figure: Figure
    value: float | None
    average: float | None

    @property
    def change(self) -> float | None:
        """This week minus the average; None when either is missing."""
        if self.value is None or self.average is None:
            return None
        return self.value - self.average


def compare(counts: WeekCounts, previous: Sequence[WeekCounts]) -> tuple[Comparison, ...]:
    """Each figure of ``counts`` beside its average over ``previous`` (usually four weeks).

    A week without a value (nothing done, so no plan share) is left out of
    that figure's average instead of counting as zero.
    """
    comparisons = []
    for figure in Figure:
        earlier = [v for v in (figure_value(c, figure) for c in previous) if v is not None]
        average = sum(earlier) / len(earlier) if earlier else None
        comparisons.append(Comparison(figure, figure_value(counts, figure), average))
    return tuple(comparisons)


COMPARED_WEEKS = 4
"""How many weeks before the reflected one make up the average it is compared with."""


@dataclass(frozen=True, slots=True)
class WeekStats:
    """A week's figures, ready to show: the counts, the local week, the comparison.

    ``start`` and ``end`` are the UTC bounds of the local week (end exclusive).
    """

    week: IsoWeek
    start: datetime
    end: datetime
    counts: WeekCounts
    comparison: tuple[Comparison, ...] = ()

    def compared(self, figure: Figure) -> Comparison:
        """The comparison for one figure (a figure without history compares with None)."""
        for item in self.comparison:
            if item.figure == figure:
                return item
        return Comparison(figure, figure_value(self.counts, figure), None)


def week_stats(
    week: IsoWeek,
    bounds: tuple[datetime, datetime],
    counts: WeekCounts,
    previous: Sequence[WeekCounts] = (),
) -> WeekStats:
    """Assemble a week's statistics from the store's counts for it and the weeks before."""
    return WeekStats(week, bounds[0], bounds[1], counts, compare(counts, previous))
