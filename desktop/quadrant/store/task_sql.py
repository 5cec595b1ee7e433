"""Prebuilt Core statements for what runs on every move: read a task, its quadrant's order,
write its changed columns, append the log row, and read the entry back for the "why?" prompt.

A move runs these dozens of times a minute while the user sorts the matrix.
Built through the ORM each time, they cost more than SQLite takes to run
them: composing the statement, computing its cache key, loading ORM objects
into the identity map, and a flush that diffs every attribute. Here each
statement is composed once, with bound parameters, on the tables
themselves, so SQLAlchemy finds it compiled in its cache and hands back
plain rows (docs/performance.md). The SQL is the same as the ORM wrote, so
the same indexes serve it (tests/integration/test_query_plans.py).

An UPDATE names only the columns that changed: SQLite rewrites the entry of
every index whose column is in the SET list, so writing all fifteen columns
of a moved task would put eight pages in the WAL instead of three, and each
must reach the disk before the move is confirmed (synchronous=FULL).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, insert, select, text, update

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, Reprioritisation, Task, TaskStatus
from quadrant.store.schema import (
    MATRIX_STATUSES,
    ReprioritisationRow,
    RequesterRow,
    SettingRow,
    TaskRow,
)

_TASK = cast(Table, TaskRow.__table__)
_REQUESTER = cast(Table, RequesterRow.__table__)
_LOG = cast(Table, ReprioritisationRow.__table__)
_SETTING = cast(Table, SettingRow.__table__)

TASK_FIELDS = (
    "title",
    "notes",
    "requester_id",
    "urgent",
    "important",
    "position",
    "due_at",
    "effort_minutes",
    "status",
    "waiting_until",
    "external_uid",
    "created_at",
    "completed_at",
    "deleted_at",
)
"""A task's stored columns besides its id; Task has a field of the same name for each."""

TASK_COLUMNS = (_TASK.c.id, *(_TASK.c[name] for name in TASK_FIELDS), _REQUESTER.c.name)
"""A task as a row: its columns, then its requester's name (see task_from_columns)."""

IN_MATRIX = text(f"task.deleted_at IS NULL AND task.{MATRIX_STATUSES}")
"""The filter of the partial index ix_task_matrix, as the queries must say it."""

_WITH_REQUESTER = _TASK.outerjoin(_REQUESTER, _TASK.c.requester_id == _REQUESTER.c.id)
_QUADRANT_ORDER = (_TASK.c.urgent, _TASK.c.important, _TASK.c.position, _TASK.c.id)
_IN_QUADRANT = (
    _TASK.c.urgent == bindparam("urgent"),
    _TASK.c.important == bindparam("important"),
)

TASK_BY_ID = (
    select(*TASK_COLUMNS).select_from(_WITH_REQUESTER).where(_TASK.c.id == bindparam("task_id"))
)
TASKS_IN_QUADRANT = (
    select(*TASK_COLUMNS)
    .select_from(_WITH_REQUESTER)
    .where(IN_MATRIX, *_IN_QUADRANT)
    .order_by(*_QUADRANT_ORDER)
)
PLACES_IN_QUADRANT = (
    # Only columns of ix_task_matrix: read from the index alone.
    select(_TASK.c.id, _TASK.c.position).where(IN_MATRIX, *_IN_QUADRANT).order_by(*_QUADRANT_ORDER)
)
UPDATE_TASK = update(_TASK).where(_TASK.c.id == bindparam("task_id"))
"""Executed with the changed columns as parameters: SET names only those."""

INSERT_LOG = insert(_LOG)
_LOG_FIELDS = (
    "id",
    "task_id",
    "at",
    "from_quadrant",
    "to_quadrant",
    "from_due",
    "to_due",
    "cause",
    "requester_id",
    "reason_category",
    "note",
)
_LOG_COLUMNS = (*(_LOG.c[name] for name in _LOG_FIELDS), _TASK.c.title, _REQUESTER.c.name)
LATEST_LOG_ENTRY = (
    select(*_LOG_COLUMNS)
    .select_from(
        _LOG.join(_TASK, _TASK.c.id == _LOG.c.task_id).outerjoin(
            _REQUESTER, _REQUESTER.c.id == _LOG.c.requester_id
        )
    )
    .where(_TASK.c.deleted_at.is_(None), _LOG.c.task_id == bindparam("task_id"))
    # task_id first, as the ORM query said it: ix_reprioritisation_task_id_at orders it.
    .order_by(_LOG.c.task_id.desc(), _LOG.c.at.desc(), _LOG.c.id.desc())
    .limit(1)
)
SETTING_VALUE = select(_SETTING.c.value).where(_SETTING.c.key == bindparam("key"))


def task_from_columns(row: Any) -> Task:
    """A row of ``TASK_COLUMNS`` (or the same columns through the ORM) as a Task."""
    (task_id, title, notes, requester_id, urgent, important, position, due_at, effort, status,
     waiting_until, external_uid, created_at, completed_at, deleted_at, name) = row  # fmt: skip
    return Task(
        id=task_id,
        title=title,
        notes=notes,
        requester_id=requester_id,
        requester_name=name or "",
        urgent=urgent,
        important=important,
        position=position,
        due_at=due_at,
        effort_minutes=effort,
        status=TaskStatus(status),
        waiting_until=waiting_until,
        external_uid=external_uid,
        created_at=created_at,
        completed_at=completed_at,
        deleted_at=deleted_at,
    )


def column_value(task: Task, field: str) -> Any:
    """The stored value of one of ``TASK_FIELDS`` (the status as its text)."""
    value = getattr(task, field)
    return value.value if isinstance(value, TaskStatus) else value


def changed_columns(before: Task | None, after: Task) -> dict[str, Any]:
    """The columns to write to turn ``before`` into ``after``; every column without a before.

    A task without a creation moment keeps the stored one, as the ORM path did.
    """
    changed = {
        field: column_value(after, field)
        for field in TASK_FIELDS
        if before is None or getattr(before, field) != getattr(after, field)
    }
    if after.created_at is None:
        changed.pop("created_at", None)
    return changed


def read_task(connection: Connection, task_id: int) -> Task | None:
    """The task with this id, or None."""
    row = connection.execute(TASK_BY_ID, {"task_id": task_id}).first()
    return task_from_columns(row) if row is not None else None


def read_quadrant(connection: Connection, quadrant: Quadrant) -> list[Task]:
    """The open and waiting tasks of one quadrant, in order."""
    rows = connection.execute(TASKS_IN_QUADRANT, _quadrant_params(quadrant))
    return [task_from_columns(row) for row in rows]


def read_places(connection: Connection, quadrant: Quadrant) -> list[tuple[int, int]]:
    """(id, position) of the open and waiting tasks of one quadrant, in order."""
    rows = connection.execute(PLACES_IN_QUADRANT, _quadrant_params(quadrant))
    return [(task_id, position) for task_id, position in rows]


def write_columns(connection: Connection, task_id: int, columns: Mapping[str, Any]) -> bool:
    """Write these columns of one task; False when there is no such task."""
    result = connection.execute(UPDATE_TASK, {"task_id": task_id, **columns})
    return bool(result.rowcount)


def insert_log_row(connection: Connection, values: Mapping[str, Any]) -> int:
    """Append one log row; returns its id."""
    result = connection.execute(INSERT_LOG, dict(values))
    primary_key = result.inserted_primary_key
    assert primary_key is not None
    return int(primary_key[0])


def latest_log_entry(connection: Connection, task_id: int) -> Reprioritisation | None:
    """The newest log entry of a task that is not deleted, or None."""
    row = connection.execute(LATEST_LOG_ENTRY, {"task_id": task_id}).first()
    return log_entry_from_columns(row) if row is not None else None


def log_entry_from_columns(row: Any) -> Reprioritisation:
    """A row of ``_LOG_FIELDS``, then the task's title and the requester's name."""
    (entry_id, task_id, at, from_quadrant, to_quadrant, from_due, to_due, cause, requester_id,
     reason_category, note, title, name) = row  # fmt: skip
    return Reprioritisation(
        id=entry_id,
        task_id=task_id,
        at=at,
        from_quadrant=Quadrant.from_key(from_quadrant) if from_quadrant else None,
        to_quadrant=Quadrant.from_key(to_quadrant),
        from_due=from_due,
        to_due=to_due,
        cause=Cause(cause),
        requester_id=requester_id,
        reason_category=reason_category,
        note=note,
        task_title=title,
        requester_name=name or "",
    )


def read_setting(connection: Connection, key: str) -> str | None:
    """One stored setting, or None."""
    value = connection.execute(SETTING_VALUE, {"key": key}).scalar()
    return str(value) if value is not None else None


def _quadrant_params(quadrant: Quadrant) -> dict[str, bool]:
    return {"urgent": quadrant.urgent, "important": quadrant.important}
