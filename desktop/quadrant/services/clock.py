"""The current moment, in one place, so use cases and tests agree on time."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    """Now, timezone-aware, in UTC: what the store keeps."""
    return datetime.now(UTC)


def local_today(now: datetime | None = None) -> date:
    """The user's local date at ``now`` (default: now)."""
    return (now or utc_now()).astimezone().date()


def end_of_local_day(day: date) -> datetime:
    """The last second of a local calendar day, in UTC: a due date's deadline."""
    local = datetime(day.year, day.month, day.day, 23, 59, 59).astimezone()
    return local.astimezone(UTC)
