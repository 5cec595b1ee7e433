"""A move against SQLite: the places undo relies on, and what the move writes.

The move's hot path runs prebuilt Core statements (store/task_sql.py) and
works out the task's place after the move from the placing itself instead of
reading it back. These tests hold that against the real store: the places
``move_placed`` reports are the ones ``place_of`` reads before and after, also
when a quadrant must be renumbered and for tasks outside the matrix; an
update writes only what changed; and a task added earlier in the same unit
of work stays in step.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, event

from quadrant.domain.errors import NotFoundError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Task, TaskStatus
from quadrant.services import tasks
from quadrant.store.database import create_database_engine
from quadrant.store.migrate import upgrade_to_head
from quadrant.store.unit_of_work import SqlUnitOfWork

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PER_QUADRANT = 3


@contextmanager
def _store() -> Iterator[tuple[Engine, SqlUnitOfWork, list[int]]]:
    """A fresh migrated store with three tasks in each quadrant."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "quadrant.sqlite3"
        engine = create_database_engine(path)
        upgrade_to_head(engine, path)
        uow = SqlUnitOfWork(engine)
        ids = []
        for quadrant in Quadrant:
            for number in range(PER_QUADRANT):
                task = tasks.capture(uow, f"{quadrant.key} {number}", quadrant=quadrant, now=NOW)
                assert task.id is not None
                ids.append(task.id)
        try:
            yield engine, uow, ids
        finally:
            engine.dispose()


def _squeeze(uow: SqlUnitOfWork, quadrant: Quadrant) -> None:
    """Number a quadrant 1, 2, 3…: the next insert between two tasks must renumber it."""
    with uow:
        for rank, task in enumerate(uow.tasks.in_quadrant(quadrant), start=1):
            uow.tasks.update(replace(task, position=rank))
        uow.commit()


Step = tuple[str, int, Quadrant, int]

steps = st.lists(
    st.tuples(
        st.sampled_from(["move", "move", "move", "squeeze", "finish"]),
        st.integers(0, len(Quadrant) * PER_QUADRANT - 1),
        st.sampled_from(list(Quadrant)),
        st.integers(-1, len(Quadrant) * PER_QUADRANT - 1),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=steps)
def test_the_reported_places_are_the_ones_the_store_holds(plan: list[Step]) -> None:
    with _store() as (_engine, uow, ids):
        for number, (action, which, quadrant, anchor) in enumerate(plan):
            task_id = ids[which]
            if action == "squeeze":
                _squeeze(uow, quadrant)
                continue
            if action == "finish":
                tasks.complete(uow, task_id, now=NOW)
                continue
            before_id = ids[anchor] if anchor >= 0 else None
            expected_before = tasks.place_of(uow, task_id)
            placed = tasks.move_placed(
                uow, task_id, quadrant, before_id=before_id, now=NOW + timedelta(minutes=number)
            )
            assert placed.before == expected_before
            assert placed.after == tasks.place_of(uow, task_id)
            assert placed.moved.task == tasks.get_task(uow, task_id)
            for shifted in placed.moved.shifted:
                assert shifted == tasks.get_task(uow, shifted.id or 0)
        matrix = tasks.matrix_tasks(uow)
        for quadrant in Quadrant:
            positions = [t.position for t in matrix if t.quadrant is quadrant]
            assert len(set(positions)) == len(positions), "two tasks share a place"


def test_inserting_where_there_is_no_room_renumbers_the_quadrant() -> None:
    with _store() as (_engine, store, ids):
        first, second, third = ids[:3]  # the DO tasks, in order
        _squeeze(store, Quadrant.DO)
        placed = tasks.move_placed(store, ids[5], Quadrant.DO, before_id=second, now=NOW)
        order = [t.id for t in tasks.matrix_tasks(store) if t.quadrant is Quadrant.DO]
        assert order == [first, ids[5], second, third]
        assert placed.after == tasks.Place(Quadrant.DO, second)
        assert {t.id for t in placed.moved.shifted} == {first, second, third}  # 1, 2, 3 → gaps


def test_a_move_writes_only_the_columns_of_its_place(engine: Engine, uow: SqlUnitOfWork) -> None:
    """Each column in the SET list costs SQLite that column's index pages in the WAL."""
    tasks.capture(uow, "Already planned", quadrant=Quadrant.DELEGATE, now=NOW)
    task = tasks.capture(uow, "Call the printer", quadrant=Quadrant.PLAN, now=NOW)
    assert task.id is not None
    updates: list[str] = []

    def record(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        if sql.lstrip().upper().startswith("UPDATE"):
            updates.append(" ".join(sql.split()))

    event.listen(engine, "before_cursor_execute", record)
    try:
        tasks.move_placed(uow, task.id, Quadrant.DELEGATE, now=NOW)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    # PLAN → DELEGATE, after the task already there: urgency, importance and position change.
    assert updates == ["UPDATE task SET urgent=?, important=?, position=? WHERE task.id = ?"]
    moved = tasks.get_task(uow, task.id)
    assert (moved.quadrant, moved.position) == (Quadrant.DELEGATE, 2048)
    assert (moved.title, moved.created_at) == (task.title, NOW)
    assert tasks.history(uow, task.id)[-1].to_quadrant is Quadrant.DELEGATE


def test_a_task_added_in_the_same_unit_of_work_is_updated_in_step(uow: SqlUnitOfWork) -> None:
    with uow:
        added = uow.tasks.add(Task(title="Draft", created_at=NOW, position=1024))
        assert added.id is not None
        uow.tasks.update(replace(added, title="Final", status=TaskStatus.WAITING))
        assert uow.tasks.get(added.id).title == "Final"
        uow.commit()
    stored = tasks.get_task(uow, added.id)
    assert (stored.title, stored.status) == ("Final", TaskStatus.WAITING)


def test_updating_a_task_that_is_not_there_is_a_clear_error(uow: SqlUnitOfWork) -> None:
    with uow, pytest.raises(NotFoundError):
        uow.tasks.update(Task(id=9999, title="Ghost", created_at=NOW))
