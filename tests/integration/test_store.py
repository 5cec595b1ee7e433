"""The SQLite store: safe pragmas, private files, one transaction per action."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from quadrant.domain.errors import NotFoundError, ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause
from quadrant.services import tasks
from quadrant.store.database import integrity_check
from quadrant.store.unit_of_work import SqlUnitOfWork


def test_every_connection_is_wal_full_sync_with_foreign_keys_and_a_busy_timeout(
    engine: Engine,
) -> None:
    with engine.connect() as connection:
        pragmas = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["synchronous"] == 2  # FULL
    assert pragmas["foreign_keys"] == 1
    assert int(pragmas["busy_timeout"] or 0) >= 5000


def test_the_data_folder_and_database_files_are_private(data_dir: Path, uow: SqlUnitOfWork) -> None:
    tasks.capture(uow, "Private", quadrant=Quadrant.DO)
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    for name in ("quadrant.sqlite3", "quadrant.sqlite3-wal"):
        assert stat.S_IMODE(os.stat(data_dir / name).st_mode) == 0o600


def test_tasks_round_trip_with_aware_utc_times(uow: SqlUnitOfWork) -> None:
    due = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
    task = tasks.capture(uow, "Board pack", quadrant=Quadrant.DO, requester_name="Marieke",
                         due_at=due, notes="two reports", effort_minutes=90)  # fmt: skip
    stored = tasks.get_task(uow, task.id or 0)
    assert stored == task
    assert stored.due_at == due
    assert stored.due_at is not None and stored.due_at.tzinfo is not None


def test_the_matrix_reads_in_quadrant_then_position_order(uow: SqlUnitOfWork) -> None:
    for title, quadrant in [("d1", Quadrant.DROP), ("p1", Quadrant.PLAN), ("x1", Quadrant.DO),
                            ("g1", Quadrant.DELEGATE), ("x2", Quadrant.DO)]:  # fmt: skip
        tasks.capture(uow, title, quadrant=quadrant)
    assert [t.title for t in tasks.matrix_tasks(uow)] == ["x1", "x2", "p1", "g1", "d1"]


def test_a_failed_action_leaves_nothing_half_written(uow: SqlUnitOfWork, engine: Engine) -> None:
    task = tasks.capture(uow, "Stays", quadrant=Quadrant.PLAN)
    with pytest.raises(ValidationError):
        tasks.edit(uow, task.id or 0, title="", notes="", requester_name="Someone new",
                   due_at=None, quadrant=Quadrant.DO, effort_minutes=None)  # fmt: skip
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM requester")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM reprioritisation")).scalar() == 1
    assert tasks.get_task(uow, task.id or 0).quadrant is Quadrant.PLAN


def test_move_and_its_log_row_commit_together(uow: SqlUnitOfWork, engine: Engine) -> None:
    task = tasks.capture(uow, "Report", quadrant=Quadrant.PLAN)
    tasks.move(uow, task.id or 0, Quadrant.DO, cause=Cause.REQUESTER, note="urgent now")
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT from_quadrant, to_quadrant, cause, note FROM reprioritisation "
                 "ORDER BY id DESC LIMIT 1")
        ).one()  # fmt: skip
    assert tuple(row) == ("plan", "do", "requester", "urgent now")


def test_requester_names_are_unique_without_regard_to_case(uow: SqlUnitOfWork) -> None:
    tasks.capture(uow, "A", quadrant=Quadrant.DO, requester_name="Sanne Visser")
    tasks.capture(uow, "B", quadrant=Quadrant.DO, requester_name="sanne visser")
    assert [r.name for r in tasks.requesters(uow)] == ["Sanne Visser"]


def test_an_unknown_task_is_a_clear_error(uow: SqlUnitOfWork) -> None:
    with pytest.raises(NotFoundError):
        tasks.move(uow, 999, Quadrant.DO)


def test_escalation_against_sqlite_uses_local_days(uow: SqlUnitOfWork) -> None:
    now = datetime.now(UTC)
    soon = tasks.capture(uow, "Soon", quadrant=Quadrant.PLAN, due_at=now + timedelta(hours=1),
                         now=now)  # fmt: skip
    tasks.capture(uow, "Far", quadrant=Quadrant.PLAN, due_at=now + timedelta(days=30), now=now)
    moved = tasks.escalate_deadlines(uow, now=now + timedelta(minutes=1))
    assert [m.task.id for m in moved] == [soon.id]
    assert tasks.history(uow, soon.id or 0)[-1].cause is Cause.DEADLINE


def test_the_database_passes_integrity_check_after_work(data_dir: Path, uow: SqlUnitOfWork) -> None:
    for number in range(20):
        task = tasks.capture(uow, f"Task {number}", quadrant=Quadrant(number % 4 + 1))
        tasks.move(uow, task.id or 0, Quadrant((number + 1) % 4 + 1))
    assert integrity_check(data_dir / "quadrant.sqlite3") == "ok"


def test_a_nul_in_a_name_never_matches_another_requester(uow: SqlUnitOfWork) -> None:
    tasks.capture(uow, "A", quadrant=Quadrant.DO, requester_name="Anne")
    other = tasks.capture(uow, "B", quadrant=Quadrant.DO, requester_name="Anne\x00x")
    assert other.requester_name == "Annex"
    assert sorted(r.name for r in tasks.requesters(uow)) == ["Anne", "Annex"]
