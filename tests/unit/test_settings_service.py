"""Typed preferences over the setting table, and the weekly reminder arithmetic."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.errors import ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.services.settings import (
    LANGUAGE_KEY,
    REFLECTION_REMINDER_KEY,
    TEAM_FOLDER_KEY,
    Preferences,
    ReflectionReminder,
    format_reminder,
    load_preferences,
    mark_welcome_done,
    next_reminder,
    parse_reminder,
    previous_reminder,
    save_preferences,
    welcome_due,
)
from quadrant.services.tasks import URGENCY_HORIZON_KEY, capture
from tests.unit.fakes import FakeUnitOfWork


def test_a_new_store_gives_the_defaults() -> None:
    preferences = load_preferences(FakeUnitOfWork())
    assert preferences == Preferences()
    assert preferences.reflection_reminder == ReflectionReminder(4, time(15, 0))  # Friday 15:00
    assert preferences.language == "" and preferences.week_start is None


def test_saved_preferences_read_back_and_commit_once() -> None:
    uow = FakeUnitOfWork()
    chosen = Preferences(
        language="nl", urgency_horizon_days=3, week_start=6,
        reflection_reminder=ReflectionReminder(0, time(9, 30)), ask_why_on_move=False,
        team_folder="  /srv/team  ",
    )  # fmt: skip
    save_preferences(uow, chosen)
    assert uow.commits == 1
    assert load_preferences(uow) == replace(chosen, team_folder="/srv/team")
    assert uow.settings.values[TEAM_FOLDER_KEY] == "/srv/team"
    assert uow.settings.values[URGENCY_HORIZON_KEY] == "3"  # the key escalation reads


def test_a_reminder_can_be_switched_off() -> None:
    uow = FakeUnitOfWork()
    save_preferences(uow, Preferences(reflection_reminder=None))
    assert uow.settings.values[REFLECTION_REMINDER_KEY] == "off"
    assert load_preferences(uow).reflection_reminder is None


@pytest.mark.parametrize(
    ("field", "value"),
    [("language", "de"), ("urgency_horizon_days", 31), ("urgency_horizon_days", -1),
     ("week_start", 7), ("week_start", -1)],
)  # fmt: skip
def test_out_of_range_values_are_refused_and_nothing_is_stored(field: str, value: object) -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(ValidationError) as raised:
        save_preferences(uow, Preferences(**{field: value}))  # type: ignore[arg-type]
    assert uow.settings.values == {} and uow.commits == 0
    assert raised.value.template  # a translatable template, not just English


@given(st.text(max_size=20))
def test_any_stored_text_reads_as_a_valid_preference(raw: str) -> None:
    uow = FakeUnitOfWork()
    for key in (LANGUAGE_KEY, URGENCY_HORIZON_KEY, REFLECTION_REMINDER_KEY, "week_start",
                "ask_why_on_move"):  # fmt: skip
        uow.settings.values[key] = raw
    preferences = load_preferences(uow)
    save_preferences(FakeUnitOfWork(), preferences)  # whatever was read can be written back


reminders = st.builds(
    ReflectionReminder,
    st.integers(0, 6),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)


@given(reminders)
def test_a_reminder_survives_its_stored_form(reminder: ReflectionReminder) -> None:
    assert parse_reminder(format_reminder(reminder)) == reminder


@given(reminders, st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)))
def test_the_next_reminder_is_the_first_matching_moment_within_a_week(
    reminder: ReflectionReminder, now: datetime
) -> None:
    upcoming = next_reminder(reminder, now)
    assert now < upcoming <= now + timedelta(days=7)
    assert upcoming.weekday() == reminder.weekday and upcoming.time() == reminder.at
    assert previous_reminder(reminder, now) <= now < previous_reminder(reminder, now) + timedelta(7)


def test_friday_afternoon_reminds_the_same_friday_before_three_and_next_friday_after() -> None:
    friday = ReflectionReminder()
    assert next_reminder(friday, datetime(2026, 11, 27, 14, 59)) == datetime(2026, 11, 27, 15, 0)
    assert next_reminder(friday, datetime(2026, 11, 27, 15, 0)) == datetime(2026, 12, 4, 15, 0)


def test_the_welcome_shows_once_and_only_on_an_empty_store() -> None:
    uow = FakeUnitOfWork()
    assert welcome_due(uow)
    mark_welcome_done(uow)
    assert not welcome_due(uow)
    busy = FakeUnitOfWork()
    capture(busy, "Existing work", quadrant=Quadrant.PLAN)
    assert not welcome_due(busy)
