"""The start-up snapshot (plain sqlite3) shows exactly what the ORM path would show.

Start-up paints the matrix from ``store.snapshot`` before SQLAlchemy loads;
if the two ever disagreed, the first screen would show tasks in the wrong
place until the next reload. These tests hold them to the same rows, order
and values, and check that anything unusual sends start-up down the full path.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import TaskStatus
from quadrant.services import tasks
from quadrant.store.snapshot import read_snapshot

KEY = tasks.URGENCY_HORIZON_KEY
NOW = datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=UTC)


def _database(engine: Any) -> Path:
    return Path(str(engine.url.database))


def _same_as_orm(engine: Any, uow: Any) -> None:
    snapshot = read_snapshot(_database(engine), KEY)
    assert snapshot is not None
    assert snapshot.tasks == tuple(tasks.matrix_tasks(uow))
    assert snapshot.requesters == tuple(tasks.requesters(uow))


def test_the_snapshot_equals_the_matrix_the_orm_reads(engine: Any, uow: Any) -> None:
    plan = tasks.capture(uow, "Plan the offsite 🏝", quadrant=Quadrant.PLAN, requester_name="Anna")
    assert plan.id is not None
    due = datetime(2027, 1, 8, 16, 0, tzinfo=UTC)  # whole seconds: stored without a fraction
    tasks.capture(uow, "Book the room", quadrant=Quadrant.DO, due_at=due, notes="line\nnext",
                  effort_minutes=45, requester_name="Bram de Vries", now=NOW)  # fmt: skip
    waiting = tasks.capture(uow, "Wait for the quote", quadrant=Quadrant.DELEGATE)
    assert waiting.id is not None
    tasks.set_status(uow, waiting.id, TaskStatus.WAITING)
    done = tasks.capture(uow, "Done already", quadrant=Quadrant.DO)
    gone = tasks.capture(uow, "Deleted", quadrant=Quadrant.DROP)
    assert done.id is not None and gone.id is not None
    tasks.complete(uow, done.id)
    tasks.delete(uow, gone.id)
    tasks.move(uow, plan.id, Quadrant.DO, before_id=None)
    _same_as_orm(engine, uow)
    snapshot = read_snapshot(_database(engine), KEY)
    assert snapshot is not None
    assert [t.title for t in snapshot.tasks] == [
        "Book the room", "Plan the offsite 🏝", "Wait for the quote"
    ]  # fmt: skip
    assert snapshot.urgency_horizon is None


def test_the_snapshot_carries_the_urgency_horizon_setting(engine: Any, uow: Any) -> None:
    with uow:
        uow.settings.put(KEY, "5")
        uow.commit()
    snapshot = read_snapshot(_database(engine), KEY)
    assert snapshot is not None and snapshot.urgency_horizon == "5"


moments = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(min_size=1, max_size=60).filter(str.strip),
    notes=st.text(max_size=80),
    quadrant=st.sampled_from(list(Quadrant)),
    due=st.none() | moments,
    effort=st.none() | st.integers(min_value=1, max_value=600),
    requester=st.none() | st.sampled_from(["Anna", "anna b", "Émile", "Zoë Ω"]),
)
def test_any_task_reads_back_alike_either_way(
    engine: Any,
    uow: Any,
    title: str,
    notes: str,
    quadrant: Quadrant,
    due: datetime | None,
    effort: int | None,
    requester: str | None,
) -> None:
    tasks.capture(uow, title, quadrant=quadrant, due_at=due, notes=notes,
                  effort_minutes=effort, requester_name=requester)  # fmt: skip
    _same_as_orm(engine, uow)


def test_a_missing_or_empty_database_gives_no_snapshot(tmp_path: Path) -> None:
    assert read_snapshot(tmp_path / "none.sqlite3", KEY) is None
    (tmp_path / "empty.sqlite3").touch()
    assert read_snapshot(tmp_path / "empty.sqlite3", KEY) is None


def test_a_file_that_is_not_a_database_gives_no_snapshot(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not SQLite" * 100)
    assert read_snapshot(junk, KEY) is None


def test_a_database_needing_a_migration_gives_no_snapshot(engine: Any, uow: Any) -> None:
    tasks.capture(uow, "Something", quadrant=Quadrant.DO)
    engine.dispose()
    connection = sqlite3.connect(_database(engine))
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'older'")
    connection.close()
    assert read_snapshot(_database(engine), KEY) is None


def test_escalation_pending_agrees_with_escalate_deadlines(engine: Any, uow: Any) -> None:
    soon = datetime.now(UTC) + timedelta(hours=1)
    tasks.capture(uow, "Later", quadrant=Quadrant.PLAN, due_at=soon + timedelta(days=60))
    snapshot = read_snapshot(_database(engine), KEY)
    assert snapshot is not None
    assert not tasks.escalation_pending(snapshot.tasks, snapshot.urgency_horizon)
    tasks.capture(uow, "Due within the hour", quadrant=Quadrant.PLAN, due_at=soon)
    snapshot = read_snapshot(_database(engine), KEY)
    assert snapshot is not None
    assert tasks.escalation_pending(snapshot.tasks, snapshot.urgency_horizon)
    assert len(tasks.escalate_deadlines(uow)) == 1
    snapshot = read_snapshot(_database(engine), KEY)
    assert snapshot is not None
    assert not tasks.escalation_pending(snapshot.tasks, snapshot.urgency_horizon)
