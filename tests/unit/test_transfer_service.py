"""The import use case on a fake unit of work: one commit, the matrix rules, what survives."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, TaskStatus
from quadrant.domain.transfer import TaskRecord
from quadrant.services.clock import end_of_local_day
from quadrant.services.transfer import import_tasks
from tests.unit.fakes import FakeUnitOfWork

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday
SOON = end_of_local_day(date(2026, 11, 24))
LATER = end_of_local_day(date(2026, 12, 24))


def record(title: str = "Taak", **fields: object) -> TaskRecord:
    return TaskRecord(title=title, external_uid=f"uid-{title}", **fields)  # type: ignore[arg-type]


def test_a_whole_import_commits_once() -> None:
    uow = FakeUnitOfWork()
    summary = import_tasks(uow, [record("A"), record("B"), record("C")], now=NOW)
    assert (summary.created, uow.commits) == (3, 1)
    assert [e.cause for e in uow.log.entries] == [Cause.IMPORT] * 3


def test_urgency_follows_the_due_date_unless_the_file_says_it() -> None:
    uow = FakeUnitOfWork()
    import_tasks(
        uow,
        [
            record("soon", has_due=True, due_at=SOON, important=True),
            record("later", has_due=True, due_at=LATER, important=True),
            record("said", has_due=True, due_at=LATER, urgent=True),
            record("none"),
        ],
        now=NOW,
    )
    quadrants = {t.title: t.quadrant for t in uow.tasks.rows.values()}
    assert quadrants == {
        "soon": Quadrant.DO,
        "later": Quadrant.PLAN,
        "said": Quadrant.DELEGATE,
        "none": Quadrant.DROP,
    }


def test_a_record_that_breaks_a_rule_is_skipped_not_fatal() -> None:
    uow = FakeUnitOfWork()
    summary = import_tasks(
        uow, [record("good"), replace(record("bad"), effort_minutes=-5, where="row 3")], now=NOW
    )
    assert summary.created == 1
    assert [str(p) for p in summary.skipped] == [
        "row 3: Effort must be between 0 minutes and a month."
    ]


def test_a_new_requester_is_created_once_for_many_records() -> None:
    uow = FakeUnitOfWork()
    import_tasks(uow, [record(str(n), requester_name="Anne de Vries") for n in range(5)], now=NOW)
    assert [r.name for r in uow.requesters.all()] == ["Anne de Vries"]
    assert {t.requester_name for t in uow.tasks.rows.values()} == {"Anne de Vries"}


def test_fields_the_file_does_not_carry_survive_a_reimport() -> None:
    uow = FakeUnitOfWork()
    import_tasks(uow, [record("A", notes="eerst", has_due=True, due_at=LATER)], now=NOW)
    [task] = uow.tasks.rows.values()
    uow.tasks.update(replace(task, effort_minutes=30, urgent=True, status=TaskStatus.WAITING))
    summary = import_tasks(uow, [record("A", status=TaskStatus.OPEN, has_due=True, due_at=LATER)])
    assert summary.unchanged == 1  # same due date, no notes in the file: nothing to change
    [after] = uow.tasks.rows.values()
    assert (after.notes, after.effort_minutes, after.urgent, after.status) == (
        "eerst",
        30,
        True,
        TaskStatus.WAITING,
    )


def test_the_same_uid_twice_in_one_batch_updates_the_first() -> None:
    uow = FakeUnitOfWork()
    summary = import_tasks(uow, [record("A", notes="1"), record("A", notes="2")], now=NOW)
    assert (summary.created, summary.updated) == (1, 1)
    assert [t.notes for t in uow.tasks.rows.values()] == ["2"]
