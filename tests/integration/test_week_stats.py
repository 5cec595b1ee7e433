"""Week statistics through the real store: a hand-built week with known answers.

The week is 2026-W43 in Amsterdam, the week the clocks go back (Sunday 25
October), so its last local hour lies after 22:00 UTC on Sunday.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import EventKind, Figure, IsoWeek
from quadrant.domain.task import Cause, TaskStatus
from quadrant.services import reflection, tasks
from quadrant.store.schema import ReflectionRow, ReplyRow
from quadrant.store.unit_of_work import SqlUnitOfWork

AMS = ZoneInfo("Europe/Amsterdam")
WEEK = IsoWeek(2026, 43)
AFTER = datetime(2026, 11, 1, 12, tzinfo=UTC)


def local(day: int, hour: int, minute: int = 0, month: int = 10) -> datetime:
    """A moment on the Amsterdam clock, as the store keeps it (UTC)."""
    return datetime(2026, month, day, hour, minute, tzinfo=AMS).astimezone(UTC)


def _reply(engine: Engine, at: datetime, kind: str, outcome: str, task_id: int | None) -> None:
    # The replies feature writes these rows; until it lands, the test writes them itself.
    with Session(engine) as session:
        session.add(
            ReplyRow(
                task_id=task_id,
                kind=kind,
                tone="warm",
                language="en",
                body="Not this week, sorry.",
                at=at,
                outcome=outcome,
            )
        )
        session.commit()


@pytest.fixture
def week(uow: SqlUnitOfWork, engine: Engine) -> SqlUnitOfWork:
    """The hand-built week; the comments give the figure each line adds to."""
    cap = tasks.capture
    # The week before: tasks whose due dates make them overdue (or not) during W43.
    old = cap(uow, "Old report", quadrant=Quadrant.PLAN, due_at=local(20, 10), now=local(14, 9))
    late = cap(uow, "Late finisher", quadrant=Quadrant.PLAN, due_at=local(21, 17), now=local(14, 9))
    on_time = cap(
        uow,
        "On time",
        quadrant=Quadrant.PLAN,
        due_at=local(21, 17),
        effort_minutes=30,
        now=local(15, 9),
    )
    cap(uow, "Previous week", quadrant=Quadrant.DO, now=local(18, 23))  # Sunday 23:00, W42
    assert old.id
    assert late.id
    assert on_time.id

    # W43.
    budget = cap(uow, "Budget review", quadrant=Quadrant.PLAN, effort_minutes=120, now=local(19, 0))
    printer = cap(
        uow, "Printer jam", quadrant=Quadrant.DO, requester_name="Anna", now=local(19, 10)
    )
    slides = cap(
        uow, "Slides for board", quadrant=Quadrant.DELEGATE, requester_name="Bas", now=local(20, 9)
    )
    newsletter = cap(
        uow, "Newsletter", quadrant=Quadrant.DROP, requester_name="Anna", now=local(21, 9)
    )
    call = cap(uow, "Call supplier", quadrant=Quadrant.DO, requester_name="anna", now=local(22, 9))
    oops = cap(
        uow, "Captured by mistake", quadrant=Quadrant.DO, requester_name="Anna", now=local(22, 10)
    )
    late_mail = cap(
        uow, "Late mail", quadrant=Quadrant.DO, requester_name="Bas", now=local(25, 23, 30)
    )
    cap(uow, "Next week", quadrant=Quadrant.DO, requester_name="Bas", now=local(26, 0, 30))
    assert budget.id
    assert printer.id
    assert slides.id
    assert newsletter.id
    assert call.id
    assert oops.id
    assert late_mail.id

    bas = slides.requester_id
    tasks.move(
        uow, slides.id, Quadrant.DO, cause=Cause.REQUESTER, requester_id=bas, now=local(20, 11)
    )
    tasks.move(uow, call.id, Quadrant.PLAN, cause=Cause.SELF, note="can wait", now=local(22, 12))
    tasks.move(uow, oops.id, Quadrant.PLAN, cause=Cause.SELF, now=local(22, 11))
    tasks.delete(uow, oops.id, now=local(22, 13))

    tasks.complete(uow, printer.id, now=local(19, 11))
    tasks.complete(uow, budget.id, now=local(22, 16))
    tasks.complete(uow, on_time.id, now=local(21, 15))
    tasks.set_status(uow, newsletter.id, TaskStatus.DROPPED, now=local(21, 10))
    tasks.complete(uow, late.id, now=local(27, 9))  # done after the week: overdue at its end

    _reply(engine, local(21, 10), "decline", "accepted", newsletter.id)
    _reply(engine, local(22, 9, 30), "decline", "pending", call.id)
    _reply(engine, local(24, 12), "postpone", "pushed_back", None)
    _reply(engine, local(27, 12), "postpone", "accepted", None)  # next week
    return uow


def test_the_week_figures_match_the_hand_count(week: SqlUnitOfWork) -> None:
    counts = reflection.week_stats(week, WEEK, tz=AMS, now=AFTER).counts
    assert counts.captured == {
        Quadrant.PLAN: 1,
        Quadrant.DO: 3,
        Quadrant.DELEGATE: 1,
        Quadrant.DROP: 1,
    }
    assert counts.completed == {Quadrant.PLAN: 2, Quadrant.DO: 1}
    assert counts.plan_share == pytest.approx(2 / 3)
    assert counts.dropped == 1
    assert counts.focus_minutes == 150
    assert counts.interruptions == {"Anna": 2, "Bas": 2}
    assert counts.moves_by_cause == {"requester": 1, "self": 1}
    assert counts.moves_by_requester == {"Bas": 1}
    assert counts.replies == {
        "decline": {"accepted": 1, "pending": 1},
        "postpone": {"pushed_back": 1},
    }
    assert counts.overdue == 2


def test_the_comparison_uses_the_weeks_before(week: SqlUnitOfWork) -> None:
    stats = reflection.week_stats(week, WEEK, tz=AMS, now=AFTER)
    assert stats.compared(Figure.CAPTURED).average == pytest.approx(4 / 4)
    assert stats.compared(Figure.CAPTURED).value == 6
    assert stats.compared(Figure.PLAN_SHARE).average is None  # nothing was done before


def test_while_the_week_runs_only_passed_due_moments_are_overdue(week: SqlUnitOfWork) -> None:
    tuesday = local(20, 9)
    assert reflection.week_stats(week, WEEK, tz=AMS, now=tuesday).counts.overdue == 0
    wednesday = local(21, 9)
    assert reflection.week_stats(week, WEEK, tz=AMS, now=wednesday).counts.overdue == 1


def test_a_sunday_week_start_takes_in_the_sunday_before(week: SqlUnitOfWork) -> None:
    counts = reflection.week_stats(week, WEEK, week_start=6, tz=AMS, now=AFTER).counts
    # Gains "Previous week" (Sunday 18th) and loses "Late mail" (Sunday 25th).
    assert counts.captured_total == 6
    assert counts.interruptions == {"Anna": 2, "Bas": 1}


def test_the_review_lists_what_was_done_for_whom_and_every_event(week: SqlUnitOfWork) -> None:
    review = reflection.week_review(week, WEEK, tz=AMS, now=AFTER, with_events=True)
    assert [(d.requester, d.title) for d in review.done] == [
        ("", "On time"),
        ("", "Budget review"),
        ("Anna", "Printer jam"),
    ]
    kinds = Counter(e.kind for e in review.events)
    assert kinds == {
        EventKind.CAPTURED: 6,
        EventKind.MOVED: 2,
        EventKind.COMPLETED: 3,
        EventKind.DROPPED: 1,
        EventKind.REPLY: 3,
    }
    assert [e.at for e in review.events] == sorted(e.at for e in review.events)
    assert all(review.stats.start <= e.at < review.stats.end for e in review.events)
    moved = [e for e in review.events if e.kind is EventKind.MOVED]
    assert {(e.task_title, e.note) for e in moved} == {
        ("Slides for board", ""),
        ("Call supplier", "can wait"),
    }
    assert [(e.task_title, e.note) for e in review.notes] == [("Call supplier", "can wait")]
    printer = next(e for e in review.events if e.task_title == "Printer jam")
    assert (printer.requester, printer.task_requester) == ("Anna", "Anna")


def test_a_report_review_reads_only_the_noted_moves(week: SqlUnitOfWork) -> None:
    review = reflection.week_review(week, WEEK, tz=AMS, now=AFTER)
    assert review.events == ()
    assert [e.note for e in review.notes] == ["can wait"]


def test_answers_persist_per_week_and_survive_a_damaged_row(
    uow: SqlUnitOfWork, engine: Engine
) -> None:
    reflection.save_reflection(uow, "2026-W43", {"went_well": "Said no twice — kindly"})
    reflection.save_reflection(uow, "2026-W43", {"learned": "Ask for the deadline"})
    reflection.save_reflection(uow, "2026-W53", {"next_week": "Block Friday"})
    assert reflection.reflection_answers(uow, "2026-W43") == {"learned": "Ask for the deadline"}
    assert reflection.reflected_weeks(uow) == ["2026-W53", "2026-W43"]
    with Session(engine) as session:
        now = datetime.now(UTC)
        session.add(
            ReflectionRow(week="2026-W01", answers="{not json", created_at=now, updated_at=now)
        )
        session.add(ReflectionRow(week="garbage", answers="{}", created_at=now, updated_at=now))
        session.commit()
    assert reflection.reflection_answers(uow, "2026-W01") == {}
    assert reflection.reflected_weeks(uow) == ["2026-W53", "2026-W43", "2026-W01"]


def test_every_week_query_is_an_index_search(week: SqlUnitOfWork, engine: Engine) -> None:
    """No query of a week scans a history table: its cost follows the week's rows."""
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        reflection.week_review(week, WEEK, tz=AMS, now=AFTER)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert len(statements) >= 10
    with engine.connect() as connection:
        for statement, parameters in statements:
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            details = [str(row[3]) for row in plan]
            unbounded = [d for d in details if _unbounded(d)]
            assert not unbounded, (statement, details)


_ALLOWED_OPEN_RANGES = (
    "ix_task_matrix_due (due_at<?)",  # open tasks only: bounded by the matrix, not history
    "ix_task_completed_at (completed_at>?)",  # overdue at a week's end: tasks finished since
)


def _unbounded(detail: str) -> bool:
    """Whether a query-plan step reads a history table without bounds on both sides."""
    if "reflection" in detail or not any(
        f" {table} " in f"{detail} " for table in ("task", "reprioritisation", "reply")
    ):
        return False
    if detail.startswith("SCAN"):
        return True
    if any(allowed in detail for allowed in _ALLOWED_OPEN_RANGES):
        return False
    condition = detail.partition("(")[2]
    return "=" not in condition and not (">" in condition and "<" in condition)


def test_an_empty_week_has_zero_counts_and_no_share(uow: SqlUnitOfWork) -> None:
    stats = reflection.week_stats(uow, "2026-W01", tz=AMS, now=AFTER)
    assert stats.counts.captured_total == 0
    assert stats.counts.plan_share is None
    assert stats.end - stats.start == timedelta(days=7)
