"""Task use cases against the fake unit of work: what is stored, what is logged, commits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quadrant.domain.errors import ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, TaskStatus
from quadrant.services import tasks
from tests.unit.fakes import FakeUnitOfWork

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


def titles(uow: FakeUnitOfWork, quadrant: Quadrant) -> list[str]:
    return [t.title for t in uow.tasks.in_quadrant(quadrant)]


def test_capture_adds_at_the_end_creates_the_requester_and_logs_the_arrival(
    uow: FakeUnitOfWork,
) -> None:
    first = tasks.capture(uow, "Agenda", quadrant=Quadrant.DO, now=NOW)
    second = tasks.capture(uow, " Minutes\n of MT ", quadrant=Quadrant.DO,
                           requester_name="Anne de Vries", now=NOW)  # fmt: skip
    assert titles(uow, Quadrant.DO) == ["Agenda", "Minutes of MT"]
    assert second.requester_name == "Anne de Vries"
    assert uow.requesters.find_by_name("anne de vries") is not None
    arrival = uow.log.for_task(second.id or 0)[0]
    assert (arrival.from_quadrant, arrival.to_quadrant, arrival.cause) == (
        None,
        Quadrant.DO,
        Cause.REQUESTER,
    )
    assert uow.log.for_task(first.id or 0)[0].cause is Cause.SELF
    assert uow.commits == 2


def test_a_typed_name_reuses_the_requester_whatever_its_case(uow: FakeUnitOfWork) -> None:
    tasks.capture(uow, "A", quadrant=Quadrant.DO, requester_name="Pieter")
    tasks.capture(uow, "B", quadrant=Quadrant.DO, requester_name="PIETER")
    assert len(uow.requesters.all()) == 1


def test_an_empty_title_is_refused_and_nothing_is_written(uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationError):
        tasks.capture(uow, "   ", quadrant=Quadrant.DO)
    assert uow.tasks.count_all() == 0
    assert uow.commits == 0


def test_move_to_another_quadrant_logs_from_to_and_cause(uow: FakeUnitOfWork) -> None:
    task = tasks.capture(uow, "Report", quadrant=Quadrant.PLAN, now=NOW)
    moved = tasks.move(uow, task.id or 0, Quadrant.DO, cause=Cause.REQUESTER, note="MT moved",
                       now=NOW + timedelta(hours=1))  # fmt: skip
    assert moved.task.quadrant is Quadrant.DO
    entry = uow.log.for_task(task.id or 0)[-1]
    assert (entry.from_quadrant, entry.to_quadrant, entry.cause, entry.note) == (
        Quadrant.PLAN,
        Quadrant.DO,
        Cause.REQUESTER,
        "MT moved",
    )


def test_reorder_places_a_task_before_another_and_logs_it(uow: FakeUnitOfWork) -> None:
    a, b, c = (tasks.capture(uow, t, quadrant=Quadrant.DO) for t in "ABC")
    tasks.move(uow, c.id or 0, before_id=a.id)
    assert titles(uow, Quadrant.DO) == ["C", "A", "B"]
    tasks.move(uow, a.id or 0, before_id=None)
    assert titles(uow, Quadrant.DO) == ["C", "B", "A"]
    assert len(uow.log.entries) == 3 + 2


def test_reorder_renumbers_when_there_is_no_room_left(uow: FakeUnitOfWork) -> None:
    a, b = (tasks.capture(uow, t, quadrant=Quadrant.DO) for t in "AB")
    for title in "CDEFGHIJKLMN":  # each new task squeezes in right before B
        new = tasks.capture(uow, title, quadrant=Quadrant.DO)
        tasks.move(uow, new.id or 0, before_id=b.id)
    assert titles(uow, Quadrant.DO) == ["A", *"CDEFGHIJKLMN", "B"]
    positions = [t.position for t in uow.tasks.in_quadrant(Quadrant.DO)]
    assert positions == sorted(set(positions))


def test_a_move_that_changes_nothing_writes_nothing(uow: FakeUnitOfWork) -> None:
    a, b = (tasks.capture(uow, t, quadrant=Quadrant.DO) for t in "AB")
    logged = len(uow.log.entries)
    tasks.move(uow, a.id or 0, Quadrant.DO)
    tasks.move(uow, a.id or 0, before_id=b.id)
    assert len(uow.log.entries) == logged


def test_place_of_lets_undo_put_a_task_back_exactly(uow: FakeUnitOfWork) -> None:
    a, b, c = (tasks.capture(uow, t, quadrant=Quadrant.DO) for t in "ABC")
    place = tasks.place_of(uow, b.id or 0)
    tasks.move(uow, b.id or 0, Quadrant.DROP)
    tasks.move(uow, b.id or 0, place.quadrant, before_id=place.before_id, cause=Cause.UNDO)
    assert titles(uow, Quadrant.DO) == ["A", "B", "C"]
    assert uow.log.entries[-1].cause is Cause.UNDO


def test_edit_changes_fields_and_routes_quadrant_and_due_through_the_log(
    uow: FakeUnitOfWork,
) -> None:
    task = tasks.capture(uow, "Old", quadrant=Quadrant.PLAN, now=NOW)
    due = NOW + timedelta(days=3)
    tasks.edit(uow, task.id or 0, title="New", notes="n", requester_name="Sanne", due_at=due,
               quadrant=Quadrant.DO, effort_minutes=30, now=NOW)  # fmt: skip
    stored = uow.tasks.get(task.id or 0)
    assert (stored.title, stored.notes, stored.requester_name, stored.effort_minutes) == (
        "New",
        "n",
        "Sanne",
        30,
    )
    entry = uow.log.for_task(task.id or 0)[-1]
    assert (entry.from_quadrant, entry.to_quadrant, entry.from_due, entry.to_due) == (
        Quadrant.PLAN,
        Quadrant.DO,
        None,
        due,
    )


def test_complete_and_reopen_keep_the_task_findable(uow: FakeUnitOfWork) -> None:
    task = tasks.capture(uow, "Done soon", quadrant=Quadrant.DO)
    tasks.complete(uow, task.id or 0, now=NOW)
    assert uow.tasks.in_matrix() == []
    assert [t.title for t in uow.tasks.finished(10)] == ["Done soon"]
    reopened = tasks.reopen(uow, task.id or 0)
    assert reopened.status is TaskStatus.OPEN
    assert reopened.completed_at is None


def test_delete_is_soft_and_restore_brings_the_task_back_in_place(uow: FakeUnitOfWork) -> None:
    a, b = (tasks.capture(uow, t, quadrant=Quadrant.DO) for t in "AB")
    tasks.delete(uow, a.id or 0)
    assert titles(uow, Quadrant.DO) == ["B"]
    tasks.restore(uow, a.id or 0)
    assert titles(uow, Quadrant.DO) == ["A", "B"]


def test_escalation_makes_tasks_within_the_horizon_urgent_with_cause_deadline(
    uow: FakeUnitOfWork,
) -> None:
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    soon = tasks.capture(uow, "Soon", quadrant=Quadrant.PLAN, due_at=monday + timedelta(days=1))
    late = tasks.capture(uow, "Late", quadrant=Quadrant.DROP, due_at=monday - timedelta(days=2))
    far = tasks.capture(uow, "Far", quadrant=Quadrant.PLAN, due_at=monday + timedelta(days=10))
    moved = tasks.escalate_deadlines(uow, now=monday)
    assert {m.task.title for m in moved} == {"Soon", "Late"}
    assert uow.tasks.get(soon.id or 0).quadrant is Quadrant.DO
    assert uow.tasks.get(late.id or 0).quadrant is Quadrant.DELEGATE
    assert uow.tasks.get(far.id or 0).quadrant is Quadrant.PLAN
    assert uow.log.for_task(soon.id or 0)[-1].cause is Cause.DEADLINE
    assert tasks.escalate_deadlines(uow, now=monday) == []


def test_the_urgency_horizon_comes_from_the_settings(uow: FakeUnitOfWork) -> None:
    assert tasks.urgency_horizon(uow) == 2
    uow.settings.put(tasks.URGENCY_HORIZON_KEY, "5")
    assert tasks.urgency_horizon(uow) == 5
    uow.settings.put(tasks.URGENCY_HORIZON_KEY, "nonsense")
    assert tasks.urgency_horizon(uow) == 2


def test_a_naive_due_date_is_refused(uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationError):
        tasks.capture(uow, "X", quadrant=Quadrant.DO, due_at=datetime(2026, 1, 1))
