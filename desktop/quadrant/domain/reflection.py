"""The weekly reflection: week arithmetic, the week's figures, and the prompts.

A week is named by its ISO label ("2026-W47") everywhere it is stored or
typed, so a reflection saved on a Dutch PC (weeks start on Monday) and read on
an American one (weeks start on Sunday) stays the same week. The locale only
decides on which weekday that week begins: the local week starts on the last
``week_start`` weekday on or before the ISO Monday, so a Sunday-start week 47
runs from the Sunday before ISO week 47's Monday.

Times in the store are UTC; a week is local. ``week_utc_bounds`` turns the
local midnights into UTC through the time zone's rules, so the week of a DST
change lasts 167 or 169 hours, as it did on the user's clock.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum

from quadrant.domain.errors import ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import MAX_NOTES_CHARS

MIN_YEAR = 1900
MAX_YEAR = 9998
"""Years a week may name; the bounds keep every week and its neighbours representable."""

MONDAY = 0
SUNDAY = 6

_WEEK_PATTERN = re.compile(r"(\d{4})-?[Ww](\d{1,2})")


@dataclass(frozen=True, slots=True, order=True)
class IsoWeek:
    """An ISO 8601 week: a year and a week number from 1 to 52 or 53."""

    year: int
    week: int

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValidationError(
                f"The year must be between {MIN_YEAR} and {MAX_YEAR}.", where="week"
            )
        last = weeks_in_year(self.year)
        if not 1 <= self.week <= last:
            raise ValidationError(
                f"{self.year} has weeks 1 to {last}; there is no week {self.week}.",
                where="week",
            )

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """The week named by ``text``: "2026-W47" (also "2026W47" or "2026-w7").

        Raises:
            ValidationError: the text is not a week label, or names a week that
                does not exist (such as 2027-W53).
        """
        match = _WEEK_PATTERN.fullmatch(text.strip())
        if match is None:
            raise ValidationError(
                f"{text!r} is not a week; write it as YYYY-Www, for example 2026-W47.",
                where="week",
            )
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def containing(cls, day: date) -> IsoWeek:
        """The ISO week a calendar day belongs to (ISO weeks start on Monday)."""
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"

    @property
    def monday(self) -> date:
        """The ISO week's Monday."""
        return date.fromisocalendar(self.year, self.week, 1)

    def shifted(self, weeks: int) -> IsoWeek:
        """The week ``weeks`` later (or earlier, when negative)."""
        return IsoWeek.containing(self.monday + timedelta(weeks=weeks))


def weeks_in_year(year: int) -> int:
    """52 or 53: the ISO year has 53 weeks when 28 December falls in week 53."""
    return date(year, 12, 28).isocalendar().week


def _check_week_start(week_start: int) -> None:
    if not MONDAY <= week_start <= SUNDAY:
        raise ValidationError("The first day of the week must be 0 (Monday) to 6 (Sunday).")


def week_local_days(week: IsoWeek, week_start: int = MONDAY) -> tuple[date, date]:
    """The local week as its first day and the first day after it.

    Args:
        week: the ISO week.
        week_start: the locale's first weekday, 0 = Monday … 6 = Sunday.
    """
    _check_week_start(week_start)
    first = week.monday - timedelta(days=(MONDAY - week_start) % 7)
    return first, first + timedelta(days=7)


def week_of(day: date, week_start: int = MONDAY) -> IsoWeek:
    """The week a local calendar day belongs to, for a locale's week start."""
    _check_week_start(week_start)
    return IsoWeek.containing(day + timedelta(days=(MONDAY - week_start) % 7))


def local_midnight(day: date, tz: tzinfo | None) -> datetime:
    """The start of a local day, as an aware UTC moment.

    Args:
        day: the calendar day.
        tz: the time zone (a ZoneInfo); None means the computer's own zone.
    """
    if tz is None:
        # A naive datetime's astimezone() asks the operating system, which knows DST.
        return datetime(day.year, day.month, day.day).astimezone(UTC)
    return datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)


def week_utc_bounds(
    week: IsoWeek, tz: tzinfo | None = None, week_start: int = MONDAY
) -> tuple[datetime, datetime]:
    """The local week as a half-open UTC interval [start, end), as the store keeps time."""
    first, after = week_local_days(week, week_start)
    return local_midnight(first, tz), local_midnight(after, tz)


# --- the figures ---------------------------------------------------------------------------


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


# --- the raw events and what was done -------------------------------------------------------


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


# --- the prompts -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Prompt:
    """A reflection question: a stable key (stored with the answer) and its English text."""

    key: str
    text: str


PROMPTS: tuple[Prompt, ...] = (
    Prompt("went_well", "What went well this week?"),
    Prompt("learned", "What did I learn, including from my mistakes?"),
    Prompt("added_value", "Where did I add value, and for whom?"),
    Prompt("influence", "What could I influence, and what did I let go?"),
    Prompt("next_week", "What will I do differently next week?"),
)

PROMPT_KEYS = frozenset(prompt.key for prompt in PROMPTS)


def clean_answers(answers: Mapping[str, str]) -> dict[str, str]:
    """Answers fit to store: known prompts only, bounded in size, blank ones left out.

    Raises:
        ValidationError: an answer to a question that does not exist, or one
            longer than a task's notes may be.
    """
    cleaned: dict[str, str] = {}
    for key, text in answers.items():
        if key not in PROMPT_KEYS:
            raise ValidationError(f"There is no reflection question {key!r}.", where="answers")
        if len(text) > MAX_NOTES_CHARS:
            raise ValidationError(
                f"An answer can be at most {MAX_NOTES_CHARS} characters.", where=key
            )
        if text.strip():
            cleaned[key] = text
    return cleaned
