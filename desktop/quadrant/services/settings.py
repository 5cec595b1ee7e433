"""Preferences that travel with the data, typed: the settings dialog's model.

Each preference is one row of the ``setting`` table (key → text). Reading is
forgiving: a value another version wrote, or a hand-edited one, falls back to
the default instead of failing. Writing checks the ranges, so the table only
ever holds values this code can read back. What belongs to one PC rather than
to the data (window geometry) stays in QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Final

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.matrix import DEFAULT_URGENCY_HORIZON_DAYS
from quadrant.domain.reflection import MONDAY, SUNDAY
from quadrant.services.ports import UnitOfWork
from quadrant.services.tasks import URGENCY_HORIZON_KEY, horizon_from_setting

LANGUAGE_KEY: Final = "language"
"""'' follows the system; otherwise 'nl' or 'en'."""
WEEK_START_KEY: Final = "week_start"
"""'' follows the locale; otherwise 0 = Monday … 6 = Sunday (as domain.reflection)."""
REFLECTION_REMINDER_KEY: Final = "reflection_reminder"
"""'<weekday> <HH:MM>' (weekday 0 = Monday), or 'off'."""
ASK_WHY_KEY: Final = "ask_why_on_move"
"""'1' to ask for a reason when a task changes quadrant, '0' not to."""
TEAM_FOLDER_KEY: Final = "team_folder"
"""The shared folder with the team's template packs (read by the packs feature)."""
WELCOME_DONE_KEY: Final = "welcome_done"
"""Set once the welcome screen was answered, so it shows only on a new database."""

LANGUAGES: Final = ("", "nl", "en")
MAX_HORIZON_DAYS: Final = 30
FRIDAY: Final = 4


@dataclass(frozen=True, slots=True)
class ReflectionReminder:
    """The weekly moment to look back on the week."""

    weekday: int = FRIDAY  # 0 = Monday … 6 = Sunday
    at: time = field(default_factory=lambda: time(15, 0))


@dataclass(frozen=True, slots=True)
class Preferences:
    """Everything the settings dialog edits that belongs to the data."""

    language: str = ""
    urgency_horizon_days: int = DEFAULT_URGENCY_HORIZON_DAYS
    week_start: int | None = None
    reflection_reminder: ReflectionReminder | None = field(default_factory=ReflectionReminder)
    ask_why_on_move: bool = True
    team_folder: str = ""


def load_preferences(uow: UnitOfWork) -> Preferences:
    """The stored preferences, with defaults for anything unset or unreadable."""
    with uow:
        get = uow.settings.get
        return Preferences(
            language=_language(get(LANGUAGE_KEY)),
            urgency_horizon_days=horizon_from_setting(get(URGENCY_HORIZON_KEY)),
            week_start=_week_start(get(WEEK_START_KEY)),
            reflection_reminder=parse_reminder(get(REFLECTION_REMINDER_KEY)),
            ask_why_on_move=get(ASK_WHY_KEY) != "0",
            team_folder=(get(TEAM_FOLDER_KEY) or "").strip(),
        )


def save_preferences(uow: UnitOfWork, preferences: Preferences) -> None:
    """Store every preference in one transaction.

    Raises:
        ValidationError: a value is out of its range; nothing was stored.
    """
    values = _as_text(preferences)
    with uow:
        for key, value in values.items():
            uow.settings.put(key, value)
        uow.commit()


def stored_language(uow: UnitOfWork) -> str:
    """The language preference alone ('' follows the system)."""
    with uow:
        return _language(uow.settings.get(LANGUAGE_KEY))


def welcome_due(uow: UnitOfWork) -> bool:
    """Whether to greet: a database with no tasks whose welcome was never answered."""
    with uow:
        return uow.settings.get(WELCOME_DONE_KEY) is None and uow.tasks.count_all() == 0


def mark_welcome_done(uow: UnitOfWork) -> None:
    """Remember that the welcome screen was answered."""
    with uow:
        uow.settings.put(WELCOME_DONE_KEY, "1")
        uow.commit()


def parse_reminder(raw: str | None) -> ReflectionReminder | None:
    """'4 15:00' → Friday 15:00; 'off' → None; anything unreadable → the default."""
    if raw is None:
        return ReflectionReminder()
    if raw.strip() == "off":
        return None
    try:
        day_text, time_text = raw.split()
        hours, minutes = time_text.split(":")
        weekday = int(day_text)
        if not MONDAY <= weekday <= SUNDAY:
            raise ValueError(weekday)
        return ReflectionReminder(weekday, time(int(hours), int(minutes)))
    except ValueError:
        return ReflectionReminder()


def format_reminder(reminder: ReflectionReminder | None) -> str:
    """The stored form of a reminder (see parse_reminder)."""
    if reminder is None:
        return "off"
    return f"{reminder.weekday} {reminder.at.hour:02d}:{reminder.at.minute:02d}"


def _as_text(preferences: Preferences) -> dict[str, str]:
    if preferences.language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Quadrant has no texts in the language “{language}”."),
            "language",
            params={"language": preferences.language},
        )
    if not 0 <= preferences.urgency_horizon_days <= MAX_HORIZON_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The urgency horizon is 0 to {limit} working days."),
            "urgency_horizon_days",
            params={"limit": MAX_HORIZON_DAYS},
        )
    if preferences.week_start is not None and not MONDAY <= preferences.week_start <= SUNDAY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A week starts on one of the seven weekdays."),
            "week_start",
        )
    reminder = preferences.reflection_reminder
    if reminder is not None and not MONDAY <= reminder.weekday <= SUNDAY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A reminder falls on one of the seven weekdays."),
            "reflection_reminder",
        )
    return {
        LANGUAGE_KEY: preferences.language,
        URGENCY_HORIZON_KEY: str(preferences.urgency_horizon_days),
        WEEK_START_KEY: "" if preferences.week_start is None else str(preferences.week_start),
        REFLECTION_REMINDER_KEY: format_reminder(reminder),
        ASK_WHY_KEY: "1" if preferences.ask_why_on_move else "0",
        TEAM_FOLDER_KEY: preferences.team_folder.strip(),
    }


def _language(raw: str | None) -> str:
    return raw if raw in LANGUAGES else ""


def _week_start(raw: str | None) -> int | None:
    if raw is None or not raw.strip():
        return None
    try:
        value = int(raw)
    except ValueError:
        return None
    return value if MONDAY <= value <= SUNDAY else None


def next_reminder(reminder: ReflectionReminder, now: datetime) -> datetime:
    """The first moment of ``reminder`` strictly after ``now`` (both local wall-clock time).

    Wall-clock arithmetic on purpose: "Friday 15:00" stays 15:00 across a
    daylight-saving change; the timer re-checks the clock rather than
    trusting one long interval.
    """
    wall = now.replace(tzinfo=None)
    days_ahead = (reminder.weekday - wall.weekday()) % 7
    candidate = datetime.combine(wall.date() + timedelta(days=days_ahead), reminder.at)
    if candidate <= wall:
        candidate += timedelta(days=7)
    return candidate


def previous_reminder(reminder: ReflectionReminder, now: datetime) -> datetime:
    """The last moment of ``reminder`` at or before ``now`` (local wall-clock time)."""
    return next_reminder(reminder, now) - timedelta(days=7)
