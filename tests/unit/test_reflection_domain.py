"""Week arithmetic, figures and prompts of the weekly reflection (domain.reflection)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.errors import ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import (
    MAX_YEAR,
    MIN_YEAR,
    PROMPTS,
    Figure,
    IsoWeek,
    WeekCounts,
    clean_answers,
    compare,
    week_local_days,
    week_of,
    week_utc_bounds,
    weeks_in_year,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

days = st.dates(min_value=date(MIN_YEAR, 1, 8), max_value=date(MAX_YEAR, 12, 20))
week_starts = st.integers(min_value=0, max_value=6)


@st.composite
def iso_weeks(draw: st.DrawFn) -> IsoWeek:
    year = draw(st.integers(min_value=MIN_YEAR, max_value=MAX_YEAR))
    return IsoWeek(year, draw(st.integers(min_value=1, max_value=weeks_in_year(year))))


# --- labels ----------------------------------------------------------------------------------


@given(iso_weeks())
def test_a_week_label_reads_back_as_the_same_week(week: IsoWeek) -> None:
    label = str(week)
    assert len(label) == 8
    assert label[4:6] == "-W"
    assert IsoWeek.parse(label) == week


@given(days)
def test_the_label_of_any_day_names_the_week_that_contains_it(day: date) -> None:
    week = IsoWeek.parse(str(IsoWeek.containing(day)))
    assert week.monday <= day < week.monday + timedelta(days=7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-W47", IsoWeek(2026, 47)),
        ("  2026-w7 ", IsoWeek(2026, 7)),
        ("2026W05", IsoWeek(2026, 5)),
        ("2026-W53", IsoWeek(2026, 53)),
        ("2020-W53", IsoWeek(2020, 53)),
    ],
)
def test_the_usual_ways_of_writing_a_week_are_understood(text: str, expected: IsoWeek) -> None:
    assert IsoWeek.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2027-W53", "2027 has weeks 1 to 52"),
        ("2026-W54", "2026 has weeks 1 to 53"),
        ("2026-W00", "no week 0"),
        ("2026-47", "not a week"),
        ("W47", "not a week"),
        ("", "not a week"),
        ("2026-W4a", "not a week"),
        ("26-W47", "not a week"),
        ("1899-W10", "between"),
        ("2026-W47; DROP TABLE task", "not a week"),
    ],
)
def test_a_bad_week_is_a_clear_validation_error(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        IsoWeek.parse(text)


@given(st.text(max_size=20))
def test_parsing_any_text_gives_a_week_or_a_validation_error(text: str) -> None:
    try:
        week = IsoWeek.parse(text)
    except ValidationError:
        return
    assert IsoWeek.parse(str(week)) == week


def test_which_years_have_a_53rd_week() -> None:
    assert [y for y in range(2015, 2033) if weeks_in_year(y) == 53] == [2015, 2020, 2026, 2032]


# --- local weeks -----------------------------------------------------------------------------


def test_week_53_of_2026_crosses_into_2027() -> None:
    week = IsoWeek(2026, 53)
    assert week_local_days(week) == (date(2026, 12, 28), date(2027, 1, 4))
    assert week.shifted(1) == IsoWeek(2027, 1)
    assert IsoWeek(2027, 1).shifted(-1) == week
    assert week_of(date(2027, 1, 3)) == week
    assert week_of(date(2027, 1, 4)) == IsoWeek(2027, 1)


def test_four_weeks_back_from_the_new_year_reaches_the_old_year() -> None:
    assert IsoWeek(2027, 2).shifted(-4) == IsoWeek(2026, 51)


def test_a_sunday_start_week_begins_the_day_before_the_iso_monday() -> None:
    assert week_local_days(IsoWeek(2026, 47), week_start=6) == (
        date(2026, 11, 15),
        date(2026, 11, 22),
    )
    assert week_of(date(2026, 11, 15), week_start=6) == IsoWeek(2026, 47)
    assert week_of(date(2026, 11, 15), week_start=0) == IsoWeek(2026, 46)


@given(days, week_starts)
def test_every_day_lies_in_the_local_week_it_is_said_to_belong_to(
    day: date, week_start: int
) -> None:
    first, after = week_local_days(week_of(day, week_start), week_start)
    assert first <= day < after
    assert first.weekday() == week_start
    assert (after - first).days == 7


@given(iso_weeks().filter(lambda w: MIN_YEAR < w.year < MAX_YEAR), week_starts)
def test_consecutive_local_weeks_tile_the_calendar(week: IsoWeek, week_start: int) -> None:
    _, after = week_local_days(week, week_start)
    following, _ = week_local_days(week.shifted(1), week_start)
    assert after == following


def test_an_impossible_week_start_is_refused() -> None:
    with pytest.raises(ValidationError):
        week_local_days(IsoWeek(2026, 47), week_start=7)


# --- time zones and DST ---------------------------------------------------------------------


def test_the_week_summer_time_ends_lasts_169_hours_in_amsterdam() -> None:
    start, end = week_utc_bounds(IsoWeek(2026, 43), AMSTERDAM)  # clocks go back on 25 October
    assert start == datetime(2026, 10, 18, 22, tzinfo=UTC)  # Monday 00:00 CEST
    assert end == datetime(2026, 10, 25, 23, tzinfo=UTC)  # Monday 00:00 CET
    assert end - start == timedelta(hours=169)


def test_the_week_summer_time_starts_lasts_167_hours_in_amsterdam() -> None:
    start, end = week_utc_bounds(IsoWeek(2026, 13), AMSTERDAM)  # clocks go forward on 29 March
    assert (start, end) == (
        datetime(2026, 3, 22, 23, tzinfo=UTC),
        datetime(2026, 3, 29, 22, tzinfo=UTC),
    )


def test_a_late_sunday_evening_after_the_change_still_belongs_to_the_week() -> None:
    start, end = week_utc_bounds(IsoWeek(2026, 43), AMSTERDAM)
    sunday_late = datetime(2026, 10, 25, 23, 30, tzinfo=AMSTERDAM)  # 22:30 UTC
    assert start <= sunday_late < end


def test_without_a_zone_the_computers_own_zone_and_its_dst_rules_are_used() -> None:
    script = (
        "from quadrant.domain.reflection import IsoWeek, week_utc_bounds\n"
        "s, e = week_utc_bounds(IsoWeek(2026, 43))\n"
        "print(s.isoformat(), e.isoformat())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "TZ": "Europe/Amsterdam"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["2026-10-18T22:00:00+00:00", "2026-10-25T23:00:00+00:00"]


# --- figures ---------------------------------------------------------------------------------


def test_the_health_figure_is_the_share_of_done_work_that_was_planned() -> None:
    counts = WeekCounts(completed={Quadrant.DO: 3, Quadrant.PLAN: 1})
    assert counts.plan_share == pytest.approx(0.25)
    assert WeekCounts().plan_share is None


def test_totals_add_up_every_category() -> None:
    counts = WeekCounts(
        captured={Quadrant.DO: 2, Quadrant.DROP: 1},
        interruptions={"Anna": 2, "Bas": 1},
        moves_by_cause={"self": 4, "requester": 3},
        replies={"decline": {"accepted": 1, "pending": 2}, "postpone": {"pushed_back": 1}},
    )
    assert (counts.captured_total, counts.interruptions_total) == (3, 3)
    assert (counts.moves_total, counts.replies_total) == (7, 4)


def test_the_comparison_averages_the_earlier_weeks_and_skips_weeks_without_a_share() -> None:
    this_week = WeekCounts(completed={Quadrant.PLAN: 2, Quadrant.DO: 2}, overdue=1)
    earlier = [
        WeekCounts(completed={Quadrant.PLAN: 1, Quadrant.DO: 3}, overdue=2),
        WeekCounts(completed={Quadrant.DO: 4}, overdue=4),
        WeekCounts(),  # a week off: nothing done, no share
        WeekCounts(overdue=2),
    ]
    by_figure = {c.figure: c for c in compare(this_week, earlier)}
    assert by_figure[Figure.PLAN_SHARE].value == pytest.approx(0.5)
    assert by_figure[Figure.PLAN_SHARE].average == pytest.approx(0.125)
    assert by_figure[Figure.COMPLETED].average == pytest.approx(2.0)
    assert by_figure[Figure.OVERDUE].change == pytest.approx(-1.0)


def test_without_earlier_weeks_there_is_no_average() -> None:
    comparison = compare(WeekCounts(overdue=3), [])
    assert all(c.average is None and c.change is None for c in comparison)


# --- prompts ---------------------------------------------------------------------------------


def test_the_five_prompts_have_distinct_stable_keys() -> None:
    keys = [p.key for p in PROMPTS]
    assert keys == ["went_well", "learned", "added_value", "influence", "next_week"]
    assert all(p.text.endswith("?") for p in PROMPTS)


def test_blank_answers_are_not_kept_and_unknown_questions_are_refused() -> None:
    assert clean_answers({"went_well": "Protected Tuesday", "learned": "  "}) == {
        "went_well": "Protected Tuesday"
    }
    with pytest.raises(ValidationError, match="no reflection question"):
        clean_answers({"mood": "fine"})


def test_an_answer_longer_than_a_note_may_be_is_refused() -> None:
    with pytest.raises(ValidationError, match="at most"):
        clean_answers({"learned": "x" * 100_001})
