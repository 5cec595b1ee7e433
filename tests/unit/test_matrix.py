"""The matrix rules: quadrants from flags, and when a due date makes a task urgent."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.matrix import Quadrant, add_working_days, is_due_soon, urgency_cutoff


def test_each_quadrant_round_trips_through_its_flags() -> None:
    for quadrant in Quadrant:
        assert Quadrant.of(urgent=quadrant.urgent, important=quadrant.important) is quadrant
        assert Quadrant.from_key(quadrant.key) is quadrant


def test_quadrants_mean_what_the_matrix_says() -> None:
    assert (Quadrant.DO.urgent, Quadrant.DO.important) == (True, True)
    assert (Quadrant.PLAN.urgent, Quadrant.PLAN.important) == (False, True)
    assert (Quadrant.DELEGATE.urgent, Quadrant.DELEGATE.important) == (True, False)
    assert (Quadrant.DROP.urgent, Quadrant.DROP.important) == (False, False)


def test_two_working_days_from_thursday_is_monday() -> None:
    thursday = date(2026, 11, 26)
    assert add_working_days(thursday, 2) == date(2026, 11, 30)


def test_a_weekend_start_counts_from_monday() -> None:
    saturday = date(2026, 11, 28)
    assert add_working_days(saturday, 0) == date(2026, 11, 30)
    assert add_working_days(saturday, 2) == date(2026, 12, 2)


def test_overdue_and_near_tasks_are_due_soon_and_far_ones_are_not() -> None:
    monday = date(2026, 11, 23)
    assert is_due_soon(monday - timedelta(days=3), monday, 2)
    assert is_due_soon(date(2026, 11, 25), monday, 2)
    assert not is_due_soon(date(2026, 11, 26), monday, 2)
    assert not is_due_soon(None, monday, 2)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 60))
def test_working_days_never_land_on_a_weekend_and_grow_with_the_horizon(
    start: date, days: int
) -> None:
    cutoff = urgency_cutoff(start, days)
    assert cutoff.weekday() < 5
    assert cutoff >= start
    assert urgency_cutoff(start, days + 1) > cutoff
