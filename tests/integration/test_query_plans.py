"""The queries behind the matrix, the history, the week figures and the follow-ups use indexes.

A heavy user has 50,000 tasks and 200,000 log rows after five years; a query
that reads the whole task, reprioritisation or reply table, or sorts its
result in a temporary B-tree, gets slower every week. These tests capture
the SQL the repositories and services really run (an engine event records
every statement while the method is called), and ask SQLite for its plan.
Change a query, and its plan is checked again.

Allowed: SEARCH through an index; SCAN of a partial index, which holds only
what is shown (the open tasks, the pending follow-ups); a temporary B-tree
for GROUP BY (a handful of groups). Not allowed: a SCAN of task,
reprioritisation or reply (or through a full index of one), and a temporary
B-tree for ORDER BY.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import IsoWeek, week_utc_bounds
from quadrant.services import reflection, tasks
from quadrant.store.snapshot import MATRIX_SQL

WATCHED = ("task", "reprioritisation", "reply")
PARTIAL_INDEXES = {"ix_task_matrix", "ix_task_matrix_due", "ix_reply_pending_follow_up"}
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
WEEK = IsoWeek(2026, 47)

Statement = tuple[str, Any]


@contextmanager
def captured(engine: Any) -> Iterator[list[Statement]]:
    """Every SELECT the engine runs inside the block, with its parameters."""
    statements: list[Statement] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def plan(engine: Any, sql: str, params: Any) -> list[str]:
    """SQLite's query plan, one line per step."""
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
    return [str(row[-1]) for row in rows]


def problems(steps: list[str], sql: str = "") -> list[str]:
    """The steps that read a whole watched table, or sort for ORDER BY.

    An index read in its order under a LIMIT (a page of the history, newest
    first) stops after the page, so it counts as bounded.
    """
    sorts = [step for step in steps if "TEMP B-TREE" in step and "ORDER BY" in step]
    paged = re.search(r"\bLIMIT\b", sql) is not None and not sorts
    found = list(sorts)
    for step in steps:
        match = re.match(r"SCAN (\w+?)(?:_\d+)?(?: USING (?:COVERING )?INDEX (\w+))?$", step)
        if not match or match.group(1) not in WATCHED or match.group(2) in PARTIAL_INDEXES:
            continue
        if not (paged and match.group(2)):
            found.append(step)
    return found


def check(engine: Any, action: Callable[[], object], minimum: int = 1) -> list[Statement]:
    """Run ``action``, and check the plan of every SELECT it ran."""
    with captured(engine) as statements:
        action()
    assert len(statements) >= minimum, "the action ran no query: was it refactored away?"
    for sql, params in statements:
        steps = plan(engine, sql, params)
        assert not problems(steps, sql), f"{' '.join(sql.split())}\n  plan: {steps}"
    return statements


@pytest.fixture
def task_id(uow: Any) -> int:
    """A task with a log, a requester and a due date: queries then have real ids to use."""
    task = tasks.capture(uow, "Plan the board meeting", quadrant=Quadrant.PLAN,
                         requester_name="Anna", due_at=NOW + timedelta(days=30))  # fmt: skip
    assert task.id is not None
    tasks.move(uow, task.id, Quadrant.DO)
    return task.id


def test_the_matrix_queries_read_the_open_tasks_index(engine: Any, uow: Any, task_id: int) -> None:
    check(engine, lambda: tasks.matrix_tasks(uow))

    def every_quadrant() -> None:
        with uow:
            for quadrant in Quadrant:
                uow.tasks.in_quadrant(quadrant)
                uow.tasks.places_in(quadrant)

    check(engine, every_quadrant, minimum=8)
    check(engine, lambda: tasks.escalate_deadlines(uow, now=NOW))
    check(engine, lambda: tasks.place_of(uow, task_id))


def test_the_start_up_snapshot_reads_the_open_tasks_index(engine: Any) -> None:
    assert not problems(plan(engine, MATRIX_SQL, ()))


def test_a_move_reads_only_through_indexes(engine: Any, uow: Any, task_id: int) -> None:
    check(engine, lambda: tasks.move_placed(uow, task_id, Quadrant.DELEGATE, before_id=None))


def test_a_tasks_history_reads_its_own_log_rows(engine: Any, uow: Any, task_id: int) -> None:
    check(engine, lambda: tasks.history(uow, task_id))


def test_the_history_view_reads_pages_through_indexes(engine: Any, uow: Any, task_id: int) -> None:
    start, end = week_utc_bounds(WEEK)

    def pages() -> None:
        with uow:
            history = uow.history
            newest = history.page(start=None, end=None, requester_id=None, cause=None,
                                  quadrant=None, after=None, limit=50)  # fmt: skip
            history.page(start=start, end=end, requester_id=None, cause=None, quadrant=None,
                         after=None, limit=50)  # fmt: skip
            if newest:
                from quadrant.domain.history import HistoryCursor

                history.page(start=None, end=None, requester_id=None, cause=None, quadrant=None,
                             after=HistoryCursor.after(newest[-1]), limit=50)  # fmt: skip
            history.latest(task_id)

    check(engine, pages, minimum=3)


def test_the_history_of_one_requester_reads_pages_through_an_index(
    engine: Any, uow: Any, task_id: int
) -> None:
    with uow:
        requester = uow.tasks.get(task_id).requester_id

    def page() -> None:
        with uow:
            uow.history.page(start=None, end=None, requester_id=requester, cause=None,
                             quadrant=None, after=None, limit=50)  # fmt: skip

    check(engine, page)


def test_the_week_figures_and_reports_read_through_indexes(engine: Any, uow: Any) -> None:
    check(engine, lambda: reflection.week_stats(uow, WEEK, now=NOW), minimum=4)
    check(engine, lambda: reflection.week_review(uow, WEEK, now=NOW, with_events=True), minimum=6)


def test_the_follow_up_list_reads_the_pending_index(engine: Any, uow: Any) -> None:
    def due() -> None:
        with uow:
            uow.replies.follow_ups_due(NOW, 50)

    check(engine, due)


def test_the_checker_sees_a_full_scan_and_a_sort(engine: Any) -> None:
    """The check itself must catch what it is for."""
    assert problems(plan(engine, "SELECT * FROM task WHERE notes LIKE '%x%'", ()))
    assert problems(plan(engine, "SELECT * FROM reprioritisation ORDER BY note", ()))
    assert problems(plan(engine, "SELECT * FROM task t ORDER BY title", ()))
    paged_scan = "SELECT * FROM reprioritisation ORDER BY at DESC LIMIT 50"
    assert not problems(plan(engine, paged_scan, ()), paged_scan)
    whole_scan = "SELECT * FROM reprioritisation WHERE note = 'x' ORDER BY at LIMIT 50"
    assert problems(plan(engine, whole_scan.replace(" LIMIT 50", ""), ()))
