"""The history query on SQLite: filters, keyset pages, the "why?" answer, the indexes used."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, event, text

from quadrant.domain.history import HistoryFilter
from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import IsoWeek
from quadrant.domain.task import Cause
from quadrant.services import history, tasks
from quadrant.store.unit_of_work import SqlUnitOfWork

AMS = ZoneInfo("Europe/Amsterdam")
SUNDAY_NIGHT = datetime(2026, 3, 29, 21, 30, tzinfo=UTC)  # 23:30 in Amsterdam, DST week 13


def test_pages_follow_each_other_without_gaps_when_moments_tie(uow: SqlUnitOfWork) -> None:
    task = tasks.capture(uow, "Tie", quadrant=Quadrant.DO, now=SUNDAY_NIGHT)
    assert task.id is not None
    for number in range(9):  # all at the same moment: only the id orders them
        tasks.move(uow, task.id, Quadrant.PLAN if number % 2 == 0 else Quadrant.DO,
                   now=SUNDAY_NIGHT)  # fmt: skip
    seen: list[int] = []
    page = history.history_page(uow, limit=4)
    while True:
        seen.extend(e.id or 0 for e in page.entries)
        if page.next is None:
            break
        page = history.history_page(uow, after=page.next, limit=4)
    assert seen == sorted(seen, reverse=True) and len(seen) == 10


def test_the_week_is_the_users_local_week(uow: SqlUnitOfWork) -> None:
    tasks.capture(uow, "Late on Sunday", quadrant=Quadrant.DO, now=SUNDAY_NIGHT)
    in_week_13 = history.history_page(uow, HistoryFilter(week=IsoWeek(2026, 13)), tz=AMS)
    in_week_14 = history.history_page(uow, HistoryFilter(week=IsoWeek(2026, 14)), tz=AMS)
    assert [e.task_title for e in in_week_13.entries] == ["Late on Sunday"]
    assert in_week_14.entries == ()
    sunday_start = history.history_page(
        uow, HistoryFilter(week=IsoWeek(2026, 14)), tz=AMS, week_start=6
    )  # a week that starts on Sunday 29 March holds Sunday evening
    assert [e.task_title for e in sunday_start.entries] == ["Late on Sunday"]


def test_deleted_tasks_leave_the_history(uow: SqlUnitOfWork) -> None:
    kept = tasks.capture(uow, "Kept", quadrant=Quadrant.DO, now=SUNDAY_NIGHT)
    gone = tasks.capture(uow, "Gone", quadrant=Quadrant.DO, now=SUNDAY_NIGHT)
    assert gone.id is not None and kept.id is not None
    tasks.delete(uow, gone.id)
    assert [e.task_title for e in history.history_page(uow).entries] == ["Kept"]


def test_the_answer_fills_an_empty_reason_once(uow: SqlUnitOfWork) -> None:
    task = tasks.capture(uow, "Report", quadrant=Quadrant.PLAN, now=SUNDAY_NIGHT)
    assert task.id is not None
    tasks.move(uow, task.id, Quadrant.DO, now=SUNDAY_NIGHT + timedelta(minutes=1))
    (entry,) = history.latest_entries(uow, [task.id])
    assert history.explain_moves(uow, [entry.id or 0], "deadline_changed", " Moved up ") == 1
    assert history.explain_moves(uow, [entry.id or 0], "emergency", "again") == 0
    (after,) = history.latest_entries(uow, [task.id])
    assert (after.reason_category, after.note) == ("deadline_changed", "Moved up")
    assert (after.at, after.from_quadrant, after.to_quadrant) == (
        entry.at, entry.from_quadrant, entry.to_quadrant
    )  # nothing else of the entry changed  # fmt: skip


def test_filters_combine(uow: SqlUnitOfWork) -> None:
    first = tasks.capture(uow, "First", quadrant=Quadrant.DO, requester_name="Anna",
                          now=SUNDAY_NIGHT)  # fmt: skip
    assert first.id is not None
    tasks.move(uow, first.id, Quadrant.DROP, cause=Cause.REQUESTER,
               requester_id=first.requester_id, now=SUNDAY_NIGHT + timedelta(hours=1))  # fmt: skip
    narrowed = history.history_page(
        uow,
        HistoryFilter(
            requester_id=first.requester_id, cause=Cause.REQUESTER, quadrant=Quadrant.DROP
        ),
    )
    assert [(e.from_quadrant, e.to_quadrant) for e in narrowed.entries] == [
        (Quadrant.DO, Quadrant.DROP)
    ]


@contextmanager
def statements(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    caught: list[tuple[str, Any]] = []

    def remember(conn: object, cursor: object, sql: str, params: Any, *rest: object) -> None:
        if "FROM reprioritisation" in sql:
            caught.append((sql, params))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        yield caught
    finally:
        event.remove(engine, "before_cursor_execute", remember)


def plan(engine: Engine, sql: str, params: Any) -> str:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return "\n".join(str(row[-1]) for row in rows)


def test_each_query_reads_through_an_index(engine: Engine, uow: SqlUnitOfWork) -> None:
    task = tasks.capture(uow, "Indexed", quadrant=Quadrant.DO, requester_name="Anna",
                         now=SUNDAY_NIGHT)  # fmt: skip
    assert task.id is not None
    with statements(engine) as caught:
        history.history_page(uow)
        history.history_page(uow, HistoryFilter(week=IsoWeek(2026, 13)))
        history.history_page(uow, HistoryFilter(requester_id=task.requester_id))
        history.latest_entries(uow, [task.id])
    plans = [plan(engine, sql, params) for sql, params in caught]
    assert len(plans) == 4
    assert "ix_reprioritisation_at" in plans[0]
    assert "ix_reprioritisation_at" in plans[1]
    assert "ix_reprioritisation_requester_id" in plans[2] or "ix_reprioritisation_at" in plans[2]
    assert "ix_reprioritisation_task_id_at" in plans[3]
    for found in plans:
        assert "SCAN reprioritisation\n" not in found + "\n"  # never the whole log, unindexed


def test_the_setting_is_the_one_the_settings_dialog_edits(
    uow: SqlUnitOfWork, engine: Engine
) -> None:
    from quadrant.services.settings import load_preferences

    assert history.why_prompt_enabled(uow)
    history.set_why_prompt(uow, False)
    assert not load_preferences(uow).ask_why_on_move
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT key, value FROM setting")).fetchall()
    assert (history.WHY_PROMPT_KEY, "0") in [tuple(row) for row in stored]
