"""Reflection use cases: a week's statistics, its raw events, and the saved answers.

The week is an ISO week; the locale's first weekday and the time zone decide
which local days and UTC moments it covers (see domain.reflection). Reading
a week never writes: the unit of work is left without a commit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, tzinfo

from quadrant.domain.reflection import (
    COMPARED_WEEKS,
    MONDAY,
    IsoWeek,
    WeekReview,
    WeekStats,
    clean_answers,
    week_of,
    week_utc_bounds,
)
from quadrant.domain.reflection import week_stats as assemble_stats
from quadrant.services.clock import utc_now
from quadrant.services.ports import UnitOfWork


def as_week(week: IsoWeek | str) -> IsoWeek:
    """A week given as a label ("2026-W47") or an IsoWeek; ValidationError for a bad label."""
    return week if isinstance(week, IsoWeek) else IsoWeek.parse(week)


def current_week(
    now: datetime | None = None, week_start: int = MONDAY, tz: tzinfo | None = None
) -> IsoWeek:
    """The week the user is living in: the reflection dialog opens on it."""
    moment = now or utc_now()
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return week_of(local.date(), week_start)


def week_stats(
    uow: UnitOfWork,
    week: IsoWeek | str,
    week_start: int = MONDAY,
    *,
    tz: tzinfo | None = None,
    now: datetime | None = None,
) -> WeekStats:
    """A week's figures, compared with the average of the four weeks before it.

    Args:
        uow: the unit of work; nothing is written.
        week: the ISO week, as an IsoWeek or a label such as "2026-W47".
        week_start: the locale's first weekday, 0 = Monday … 6 = Sunday.
        tz: the time zone of the user's week (a ZoneInfo); None: this computer's.
        now: the present moment; a task is not overdue before its due moment
            has passed, even in the week that is still running.

    Raises:
        ValidationError: the week label or the week start is not valid.
    """
    with uow:
        return _stats_in(uow, as_week(week), week_start, tz, now or utc_now())


def week_review(
    uow: UnitOfWork,
    week: IsoWeek | str,
    week_start: int = MONDAY,
    *,
    tz: tzinfo | None = None,
    now: datetime | None = None,
    with_events: bool = False,
) -> WeekReview:
    """Everything a report on the week needs: figures, work done, noted moves, answers.

    Read in one unit of work, so the figures and the lists agree with each
    other. ``with_events`` adds every raw event of the week (for the CSV).
    """
    chosen = as_week(week)
    with uow:
        stats = _stats_in(uow, chosen, week_start, tz, now or utc_now())
        start, end = stats.start, stats.end
        done = tuple(uow.stats.done(start, end))
        notes = tuple(uow.stats.events(start, end, noted_moves_only=True))
        events = tuple(uow.stats.events(start, end)) if with_events else ()
        answers = uow.reflections.answers(chosen) or {}
    return WeekReview(stats=stats, done=done, notes=notes, events=events, answers=answers)


def _stats_in(
    uow: UnitOfWork, week: IsoWeek, week_start: int, tz: tzinfo | None, now: datetime
) -> WeekStats:
    """The statistics, inside a unit of work the caller holds: the week, then the ones before."""
    weeks = 1 + COMPARED_WEEKS
    spans = [week_utc_bounds(week.shifted(-back), tz, week_start) for back in range(weeks)]
    # A week still running counts as overdue only what is past due by now.
    overdue = uow.stats.overdue_at([min(end, now) for _, end in spans])
    counts = [
        replace(uow.stats.counts(start, end), overdue=late)
        for (start, end), late in zip(spans, overdue, strict=True)
    ]
    return assemble_stats(week, spans[0], counts[0], counts[1:])


def reflection_answers(uow: UnitOfWork, week: IsoWeek | str) -> dict[str, str]:
    """The saved answers for a week, by prompt key; empty when there are none yet."""
    chosen = as_week(week)
    with uow:
        return dict(uow.reflections.answers(chosen) or {})


def save_reflection(
    uow: UnitOfWork,
    week: IsoWeek | str,
    answers: Mapping[str, str],
    now: datetime | None = None,
) -> dict[str, str]:
    """Save a week's answers, replacing the earlier ones; blank answers are not kept.

    Returns:
        The answers as stored.

    Raises:
        ValidationError: a bad week label, an unknown prompt, or an answer too long.
    """
    chosen = as_week(week)
    cleaned = clean_answers(answers)
    with uow:
        uow.reflections.save(chosen, cleaned, now or utc_now())
        uow.commit()
    return cleaned


def reflected_weeks(uow: UnitOfWork) -> list[str]:
    """Every week with saved answers, newest first, as labels ("2026-W47")."""
    with uow:
        return [str(week) for week in uow.reflections.weeks()]
