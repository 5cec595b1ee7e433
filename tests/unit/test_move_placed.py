"""move_placed: one unit of work that moves, logs, and says where the task stood and stands.

The undoable move in the UI relies on both places to put a task back exactly;
the performance work folded three units of work into this one, so these tests
pin that the places are the same ones place_of reports around a plain move.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Task
from quadrant.services import tasks
from quadrant.services.tasks import Place
from tests.unit.fakes import FakeUnitOfWork

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _matrix(uow: FakeUnitOfWork, per_quadrant: int = 3) -> list[int]:
    ids = []
    for quadrant in Quadrant:
        for number in range(per_quadrant):
            task = tasks.capture(uow, f"{quadrant.key} {number}", quadrant=quadrant, now=NOW)
            assert task.id is not None
            ids.append(task.id)
    return ids


def test_a_move_reports_both_places_and_commits_once() -> None:
    uow = FakeUnitOfWork()
    first, second, third = _matrix(uow)[:3]  # the DO tasks, in order
    commits = uow.commits
    placed = tasks.move_placed(uow, first, Quadrant.PLAN, before_id=None, now=NOW)
    assert placed.before == Place(Quadrant.DO, second)
    assert placed.after == Place(Quadrant.PLAN, None)
    assert placed.moved.task.quadrant is Quadrant.PLAN
    assert uow.commits == commits + 1
    assert uow.log.for_task(first)[-1].to_quadrant is Quadrant.PLAN
    assert tasks.place_of(uow, third) == Place(Quadrant.DO, None)


def test_moving_to_where_the_task_already_is_changes_and_logs_nothing() -> None:
    uow = FakeUnitOfWork()
    first, second, _ = _matrix(uow)[:3]
    entries = len(uow.log.for_task(first))
    placed = tasks.move_placed(uow, first, Quadrant.DO, before_id=second, now=NOW)
    assert placed.before == placed.after == Place(Quadrant.DO, second)
    assert len(uow.log.for_task(first)) == entries


@given(
    picks=st.lists(
        st.tuples(st.integers(0, 11), st.sampled_from(list(Quadrant)), st.integers(-1, 11)),
        min_size=1,
        max_size=12,
    )
)
def test_the_places_are_those_place_of_reports_around_a_plain_move(
    picks: list[tuple[int, Quadrant, int]],
) -> None:
    placed_uow, plain_uow = FakeUnitOfWork(), FakeUnitOfWork()
    ids = _matrix(placed_uow)
    _matrix(plain_uow)
    for step, (which, quadrant, anchor) in enumerate(picks):
        now = NOW + timedelta(minutes=step)
        task_id = ids[which]
        before_id = ids[anchor] if anchor >= 0 else None
        expected_before = tasks.place_of(plain_uow, task_id)
        plain = tasks.move(plain_uow, task_id, quadrant, before_id=before_id, now=now)
        expected_after = tasks.place_of(plain_uow, task_id)
        placed = tasks.move_placed(placed_uow, task_id, quadrant, before_id=before_id, now=now)
        assert (placed.before, placed.after) == (expected_before, expected_after)
        assert placed.moved == plain
    assert _state(placed_uow) == _state(plain_uow)


def _state(uow: FakeUnitOfWork) -> list[Task]:
    return list(tasks.matrix_tasks(uow))
