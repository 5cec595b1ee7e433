"""Reflection use cases against the fake unit of work: which weeks are read, what is saved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from quadrant.domain.errors import ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import Figure, IsoWeek, WeekCounts, week_utc_bounds
from quadrant.services import reflection
from tests.unit.fakes import FakeUnitOfWork

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2027, 1, 20, 12, tzinfo=UTC)


def test_stats_read_the_week_and_the_four_weeks_before_it_across_the_new_year() -> None:
    uow = FakeUnitOfWork()
    week = IsoWeek(2027, 2)
    start, end = week_utc_bounds(week, AMSTERDAM)
    uow.stats.by_start[start] = WeekCounts(completed={Quadrant.PLAN: 3, Quadrant.DO: 1})
    for back, done in zip(range(1, 5), (1, 0, 3, 0), strict=True):
        earlier_start, _ = week_utc_bounds(week.shifted(-back), AMSTERDAM)
        uow.stats.by_start[earlier_start] = WeekCounts(completed={Quadrant.PLAN: done})

    stats = reflection.week_stats(uow, "2027-W02", tz=AMSTERDAM, now=NOW)

    asked = [span[0] for span in uow.stats.asked]
    assert asked[0] == start
    assert stats.start == start
    assert stats.end == end
    assert [IsoWeek.containing(s.astimezone(AMSTERDAM).date()) for s in asked[1:]] == [
        IsoWeek(2027, 1),
        IsoWeek(2026, 53),
        IsoWeek(2026, 52),
        IsoWeek(2026, 51),
    ]
    assert stats.counts.plan_share == pytest.approx(0.75)
    assert stats.compared(Figure.COMPLETED).average == pytest.approx(1.0)
    assert stats.compared(Figure.PLAN_SHARE).average == pytest.approx(1.0)
    assert uow.commits == 0


def test_overdue_is_counted_at_each_weeks_end_or_now_if_earlier() -> None:
    uow = FakeUnitOfWork()
    week = IsoWeek(2026, 47)
    _, end = week_utc_bounds(week, AMSTERDAM)
    _, previous_end = week_utc_bounds(week.shifted(-1), AMSTERDAM)
    wednesday = end - timedelta(days=4)
    uow.stats.overdue_by_moment = {wednesday: 2, previous_end: 5}
    stats = reflection.week_stats(uow, week, tz=AMSTERDAM, now=wednesday)
    assert uow.stats.moments[:2] == [wednesday, previous_end]
    assert stats.counts.overdue == 2
    assert stats.compared(Figure.OVERDUE).average == pytest.approx(5 / 4)


def test_a_sunday_week_start_moves_the_bounds_a_day_earlier() -> None:
    uow = FakeUnitOfWork()
    monday = reflection.week_stats(uow, "2026-W47", tz=AMSTERDAM, now=NOW)
    sunday = reflection.week_stats(uow, "2026-W47", week_start=6, tz=AMSTERDAM, now=NOW)
    assert monday.start - sunday.start == monday.end - sunday.end
    assert (monday.start - sunday.start).days == 1


def test_a_bad_week_label_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="YYYY-Www"):
        reflection.week_stats(FakeUnitOfWork(), "week 47")


def test_answers_are_saved_once_and_read_back() -> None:
    uow = FakeUnitOfWork()
    stored = reflection.save_reflection(
        uow, "2026-W47", {"went_well": "Kept Thursday free", "learned": ""}, now=NOW
    )
    assert stored == {"went_well": "Kept Thursday free"}
    assert uow.commits == 1
    assert reflection.reflection_answers(uow, IsoWeek(2026, 47)) == stored
    assert reflection.reflection_answers(uow, "2026-W48") == {}


def test_an_unknown_prompt_saves_nothing() -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(ValidationError):
        reflection.save_reflection(uow, "2026-W47", {"secret": "x"})
    assert uow.commits == 0
    assert reflection.reflected_weeks(uow) == []


def test_reflected_weeks_are_listed_newest_first() -> None:
    uow = FakeUnitOfWork()
    for label in ("2026-W47", "2027-W01", "2026-W53"):
        reflection.save_reflection(uow, label, {"next_week": "Say no sooner"}, now=NOW)
    assert reflection.reflected_weeks(uow) == ["2027-W01", "2026-W53", "2026-W47"]


def test_the_current_week_follows_the_users_zone_and_week_start() -> None:
    sunday_evening_utc = datetime(2026, 11, 15, 23, 30, tzinfo=UTC)  # Monday 00:30 in Amsterdam
    assert reflection.current_week(sunday_evening_utc, tz=AMSTERDAM) == IsoWeek(2026, 47)
    assert reflection.current_week(sunday_evening_utc, tz=ZoneInfo("UTC")) == IsoWeek(2026, 46)
    assert reflection.current_week(sunday_evening_utc, week_start=6, tz=ZoneInfo("UTC")) == IsoWeek(
        2026, 47
    )
