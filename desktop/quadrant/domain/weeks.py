"""Week arithmetic: ISO week labels, the locale's week start, and a week's UTC bounds.

A week is named by its ISO label ("2026-W47") everywhere it is stored or
typed, so a reflection saved on a Dutch PC (weeks start on Monday) and read on
an American one (weeks start on Sunday) stays the same week. The locale only
decides on which weekday that week begins: the local week starts on the last
``week_start`` weekday on or before the ISO Monday, so a Sunday-start week 47
runs from the Sunday before ISO week 47's Monday.

Times in the store are UTC; a week is local. ``week_utc_bounds`` turns the
local midnights into UTC through the time zone's rules, so the week of a DST
change lasts 167 or 169 hours, as it did on the user's clock.

This module knows nothing of tasks or figures: the history view, the week
picker and the settings need weeks without the reflection that first used
them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError

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
                QT_TRANSLATE_NOOP("errors", "The year must be between {first} and {last}."),
                where="week",
                params={"first": MIN_YEAR, "last": MAX_YEAR},
            )
        last = weeks_in_year(self.year)
        if not 1 <= self.week <= last:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{year} has weeks 1 to {last}; there is no week {week}."
                ),
                where="week",
                params={"year": self.year, "last": last, "week": self.week},
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
                QT_TRANSLATE_NOOP(
                    "errors", "{text} is not a week; write it as YYYY-Www, for example 2026-W47."
                ),
                where="week",
                params={"text": repr(text)},
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
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The first day of the week must be 0 (Monday) to 6 (Sunday)."
            )
        )


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
