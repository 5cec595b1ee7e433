"""The matrix at start-up, read with the standard library's sqlite3.

Importing SQLAlchemy and its ORM costs more than everything else the first
populated paint needs together, and the first paint needs only the open
tasks, the requesters and one setting. So start-up reads those here, in
one read-only connection, with the same filter and order as
``SqlTaskRepository.in_matrix``; the database layer loads right after the
window shows them (see app.py). A store that needs a migration, or anything
unexpected, gives None: the app then takes its ordinary path, which
migrates and reports errors properly.

Row order and values equal the repository's: tests/integration/
test_start_snapshot.py compares them on a generated store.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quadrant.domain.task import Requester, Task, TaskStatus
from quadrant.store.migrate import HEAD_REVISION

MATRIX_SQL = """
SELECT task.id, task.title, task.notes, task.requester_id, task.urgent, task.important,
       task.position, task.due_at, task.effort_minutes, task.status, task.waiting_until,
       task.external_uid, task.created_at, task.completed_at, task.deleted_at, requester.name
FROM task LEFT OUTER JOIN requester ON task.requester_id = requester.id
WHERE task.deleted_at IS NULL AND task.status IN ('open', 'waiting')
ORDER BY task.urgent, task.important, task.position, task.id
"""
"""The query behind the matrix, as the ORM writes it (ix_task_matrix serves it)."""

REQUESTERS_SQL = """
SELECT id, name, email, role, agreements, created_at FROM requester ORDER BY lower(name)
"""

SETTING_SQL = "SELECT value FROM setting WHERE key = ?"


@dataclass(frozen=True, slots=True)
class MatrixSnapshot:
    """What the first paint shows, and what start-up needs to know about it.

    Attributes:
        tasks: the open and waiting tasks, in quadrant order (DO, PLAN, DELEGATE, DROP).
        requesters: every requester, by name.
        urgency_horizon: the stored urgency horizon setting, or None.
    """

    tasks: tuple[Task, ...]
    requesters: tuple[Requester, ...]
    urgency_horizon: str | None


def read_snapshot(path: Path, horizon_key: str) -> MatrixSnapshot | None:
    """The matrix of the database at ``path``; None when it is missing, not at head, or unreadable.

    Args:
        path: the database file.
        horizon_key: the settings key of the urgency horizon.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if _revision(connection) != HEAD_REVISION:
            return None
        rows = connection.execute(MATRIX_SQL)
        tasks = tuple(sorted(map(_task, rows), key=lambda t: (t.quadrant, t.position, t.id or 0)))
        requesters = tuple(_requester(row) for row in connection.execute(REQUESTERS_SQL))
        setting = connection.execute(SETTING_SQL, (horizon_key,)).fetchone()
    except (sqlite3.Error, ValueError):
        return None  # the ordinary path reads it again and says what is wrong
    finally:
        connection.close()
    return MatrixSnapshot(tasks, requesters, str(setting[0]) if setting else None)


def _revision(connection: sqlite3.Connection) -> str | None:
    known = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if known is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _moment(value: str | None) -> datetime | None:
    """A stored moment (naive UTC text, as SQLAlchemy writes it) as an aware UTC datetime."""
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def _task(row: Any) -> Task:
    """A row of MATRIX_SQL as a Task (sqlite3 gives int, str, None; booleans are 0/1)."""
    return Task(
        id=row[0],
        title=row[1],
        notes=row[2],
        requester_id=row[3],
        requester_name=row[15] or "",
        urgent=bool(row[4]),
        important=bool(row[5]),
        position=row[6],
        due_at=_moment(row[7]),
        effort_minutes=row[8],
        status=TaskStatus(row[9]),
        waiting_until=_moment(row[10]),
        external_uid=row[11],
        created_at=_moment(row[12]),
        completed_at=_moment(row[13]),
        deleted_at=_moment(row[14]),
    )


def _requester(row: Any) -> Requester:
    return Requester(
        id=row[0],
        name=row[1],
        email=row[2],
        role=row[3],
        agreements=row[4],
        created_at=_moment(row[5]),
    )
