"""The example week includes a look back: finished tasks and a written reflection."""

from __future__ import annotations

from datetime import UTC, datetime

from quadrant.domain.reflection import PROMPT_KEYS
from quadrant.services import reflection, tasks
from quadrant.services.demo import fill_demo
from quadrant.services.demo_reflection import done_uids
from quadrant.services.demo_removal import remove_example
from quadrant.store.unit_of_work import SqlUnitOfWork

FRIDAY = datetime(2026, 11, 20, 14, tzinfo=UTC)


def test_the_example_week_has_a_reflection_and_finished_work(uow: SqlUnitOfWork) -> None:
    fill_demo(lambda: uow, now=FRIDAY)
    week = reflection.current_week(FRIDAY)
    answers = reflection.reflection_answers(uow, week)
    assert set(answers) == PROMPT_KEYS
    stats = reflection.week_stats(uow, week, now=FRIDAY)
    assert stats.counts.completed_total == len(done_uids())
    assert stats.counts.plan_share is not None and stats.counts.plan_share >= 0.5
    assert stats.counts.focus_minutes > 0


def test_the_example_in_dutch_answers_in_dutch(uow: SqlUnitOfWork) -> None:
    fill_demo(lambda: uow, language="nl", now=FRIDAY)
    answers = reflection.reflection_answers(uow, reflection.current_week(FRIDAY))
    assert "Marieke" in answers["went_well"] and "waren" in answers["went_well"]


def test_the_example_never_overwrites_the_users_own_answers(uow: SqlUnitOfWork) -> None:
    week = reflection.current_week(FRIDAY)
    reflection.save_reflection(uow, week, {"went_well": "My own words"})
    fill_demo(lambda: uow, now=FRIDAY, force=True)
    assert reflection.reflection_answers(uow, week) == {"went_well": "My own words"}


def test_removing_the_example_removes_its_finished_tasks_too(uow: SqlUnitOfWork) -> None:
    fill_demo(lambda: uow, now=FRIDAY)
    remove_example(uow, now=FRIDAY)
    assert [t for t in tasks.finished_tasks(uow) if t.external_uid in done_uids()] == []
