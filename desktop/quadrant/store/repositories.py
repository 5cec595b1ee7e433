"""Repositories: SQL in, domain objects out. They never commit.

Each satisfies a Protocol in services.ports structurally; the store does not
import the services.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Select, Table, func, insert, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from quadrant.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, Reprioritisation, Requester, Task, TaskStatus
from quadrant.store.schema import (
    MATRIX_STATUSES,
    ReprioritisationRow,
    RequesterRow,
    SettingRow,
    TaskRow,
)
from quadrant.store.task_sql import (
    changed_columns,
    insert_log_row,
    read_places,
    read_quadrant,
    read_setting,
    read_task,
    task_from_columns,
    write_columns,
)

_IN_MATRIX = text(f"task.deleted_at IS NULL AND task.{MATRIX_STATUSES}")
_IN_CHUNK = 500
"""Values per IN (...) list: well under SQLite's limit on bound parameters."""
_TASK_TABLE = cast(Table, TaskRow.__table__)
_LOG_TABLE = cast(Table, ReprioritisationRow.__table__)
"""The tables themselves, for bulk inserts in Core (see add_many)."""


# Long lists (the matrix, the done view) are read as plain columns: ORM objects for
# 10,000 open tasks cost twice the time and memory (docs/performance.md).
_LISTED = (
    TaskRow.id,
    TaskRow.title,
    TaskRow.notes,
    TaskRow.requester_id,
    TaskRow.urgent,
    TaskRow.important,
    TaskRow.position,
    TaskRow.due_at,
    TaskRow.effort_minutes,
    TaskRow.status,
    TaskRow.waiting_until,
    TaskRow.external_uid,
    TaskRow.created_at,
    TaskRow.completed_at,
    TaskRow.deleted_at,
    RequesterRow.name,
)


_listed_task = task_from_columns
"""A row of ``_LISTED`` as a Task."""


def _copy_task_fields(task: Task, row: TaskRow) -> None:
    row.title = task.title
    row.notes = task.notes
    row.requester_id = task.requester_id
    row.urgent = task.urgent
    row.important = task.important
    row.position = task.position
    row.due_at = task.due_at
    row.effort_minutes = task.effort_minutes
    row.status = task.status.value
    row.waiting_until = task.waiting_until
    row.external_uid = task.external_uid
    if task.created_at is not None:
        row.created_at = task.created_at
    row.completed_at = task.completed_at
    row.deleted_at = task.deleted_at


def _task_values(task: Task) -> dict[str, Any]:
    """A new task's columns, for a bulk insert (the same fields as _copy_task_fields)."""
    return {
        "title": task.title,
        "notes": task.notes,
        "requester_id": task.requester_id,
        "urgent": task.urgent,
        "important": task.important,
        "position": task.position,
        "due_at": task.due_at,
        "effort_minutes": task.effort_minutes,
        "status": task.status.value,
        "waiting_until": task.waiting_until,
        "external_uid": task.external_uid,
        "created_at": task.created_at,
        "completed_at": task.completed_at,
        "deleted_at": task.deleted_at,
    }


class SqlTaskRepository:
    """Tasks in SQLite."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._known: dict[int, Task] = {}
        """Each task as this unit of work last read or wrote it: an update writes what changed."""

    # A move runs get, places_in and update with prebuilt Core statements (store/task_sql.py):
    # through the ORM they cost more CPU than the whole of SQLite's work (docs/performance.md).

    def get(self, task_id: int) -> Task:
        task = read_task(self._session.connection(), task_id)
        if task is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no task {id}."),
                params={"id": task_id},
            )
        self._known[task_id] = task
        return task

    def add(self, task: Task) -> Task:
        row = TaskRow()
        _copy_task_fields(task, row)
        self._session.add(row)
        self._session.flush()
        return self.get(row.id)

    def update(self, task: Task) -> None:
        assert task.id is not None
        if identity_key(TaskRow, task.id) in self._session.identity_map:
            self._update_loaded(task)  # added in this unit of work: keep its ORM row in step
            return
        columns = changed_columns(self._known.get(task.id), task)
        if columns and not write_columns(self._session.connection(), task.id, columns):
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no task {id}."),
                params={"id": task.id},
            )
        self._known[task.id] = task

    def _update_loaded(self, task: Task) -> None:
        assert task.id is not None
        row = self._session.get(TaskRow, task.id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no task {id}."),
                params={"id": task.id},
            )
        _copy_task_fields(task, row)
        self._session.flush()
        self._known[task.id] = task

    def _listed(self) -> Select[*tuple[Any, ...]]:
        return select(*_LISTED).outerjoin(RequesterRow, TaskRow.requester_id == RequesterRow.id)

    def in_matrix(self) -> Sequence[Task]:
        query = (
            self._listed()
            .where(_IN_MATRIX)
            .order_by(TaskRow.urgent, TaskRow.important, TaskRow.position, TaskRow.id)
        )
        tasks = [_listed_task(row) for row in self._session.execute(query)]
        return sorted(tasks, key=lambda t: (t.quadrant, t.position, t.id or 0))

    def in_quadrant(self, quadrant: Quadrant) -> Sequence[Task]:
        tasks = read_quadrant(self._session.connection(), quadrant)
        self._remember(tasks)
        return tasks

    def places_in(self, quadrant: Quadrant) -> Sequence[tuple[int, int]]:
        return read_places(self._session.connection(), quadrant)

    def _remember(self, tasks: Sequence[Task]) -> None:
        self._known.update((task.id, task) for task in tasks if task.id is not None)

    def finished(self, limit: int) -> Sequence[Task]:
        query = (
            self._listed()
            .where(TaskRow.completed_at.is_not(None), TaskRow.deleted_at.is_(None))
            .where(TaskRow.status.in_((TaskStatus.DONE.value, TaskStatus.DROPPED.value)))
            .order_by(TaskRow.completed_at.desc())
            .limit(limit)
        )
        return [_listed_task(row) for row in self._session.execute(query)]

    def due_not_urgent(self, due_before: datetime) -> Sequence[Task]:
        query = (
            self._listed()
            .where(_IN_MATRIX)
            .where(TaskRow.due_at.is_not(None), TaskRow.due_at <= due_before)
            .where(TaskRow.urgent.is_(False))
        )
        # Sorted here, not by SQL: ix_task_matrix finds them, and a handful of rows is no
        # reason for a temporary B-tree (tests/integration/test_query_plans.py).
        due = [_listed_task(row) for row in self._session.execute(query)]
        self._remember(due)
        return sorted(due, key=lambda task: (task.due_at or due_before, task.id or 0))

    def count_all(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(TaskRow)) or 0)

    def by_external_uid(self, uid: str) -> Task | None:
        # ix_task_external_uid makes this one index probe; the lowest id wins on duplicates.
        query = self._listed().where(TaskRow.external_uid == uid).order_by(TaskRow.id).limit(1)
        row = self._session.execute(query).first()
        return _listed_task(row) if row is not None else None

    def by_external_uids(self, uids: Sequence[str]) -> dict[str, Task]:
        found: dict[str, Task] = {}
        wanted = list(dict.fromkeys(uids))
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            query = self._listed().where(TaskRow.external_uid.in_(chunk)).order_by(TaskRow.id)
            for row in self._session.execute(query):
                task = _listed_task(row)
                found.setdefault(task.external_uid or "", task)
        return found

    def add_many(self, tasks: Sequence[Task]) -> list[Task]:
        if not tasks:
            return []
        # One executemany with the ids given: the unit of work began IMMEDIATE, so no
        # one else inserts before it commits, and max(id) + 1… are the ids SQLite would
        # pick. (INSERT … RETURNING with sort_by_parameter_order went row by row and
        # joined the results quadratically: a minute for 10,000 tasks; docs/performance.md.)
        first = (self._session.scalar(select(func.max(TaskRow.id))) or 0) + 1
        ids = range(first, first + len(tasks))
        values = [{**_task_values(task), "id": first + n} for n, task in enumerate(tasks)]
        # A Core insert on the table: every row has the same keys, so SQLite gets one
        # executemany. The ORM's bulk insert leaves out None values, groups the rows by
        # the keys that remain, and ran 10,000 imported to-dos as 5,700 statements and
        # their log rows as 3,700 (the import's store part: 0.9 → 0.55 s CPU).
        self._session.execute(insert(_TASK_TABLE), values)
        return [replace(task, id=new_id) for task, new_id in zip(tasks, ids, strict=True)]

    def purge_deleted(self, deleted_before: datetime) -> int:
        from quadrant.store.purge import purge_deleted_tasks

        return purge_deleted_tasks(self._session, deleted_before)


def _requester_from(row: RequesterRow) -> Requester:
    return Requester(
        id=row.id,
        name=row.name,
        email=row.email,
        role=row.role,
        agreements=row.agreements,
        created_at=row.created_at,
    )


class SqlRequesterRepository:
    """Requesters in SQLite."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, requester_id: int) -> Requester:
        row = self._session.get(RequesterRow, requester_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no requester {id}."),
                params={"id": requester_id},
            )
        return _requester_from(row)

    def find_by_name(self, name: str) -> Requester | None:
        query = select(RequesterRow).where(text("name = :name COLLATE NOCASE")).params(name=name)
        row = self._session.scalars(query).first()
        return _requester_from(row) if row is not None else None

    def add(self, requester: Requester) -> Requester:
        assert requester.created_at is not None
        row = RequesterRow(
            name=requester.name,
            email=requester.email,
            role=requester.role,
            agreements=requester.agreements,
            created_at=requester.created_at,
        )
        self._session.add(row)
        self._session.flush()
        return _requester_from(row)

    def update(self, requester: Requester) -> None:
        assert requester.id is not None
        row = self._session.get(RequesterRow, requester.id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no requester {id}."),
                params={"id": requester.id},
            )
        row.name = requester.name
        row.email = requester.email
        row.role = requester.role
        row.agreements = requester.agreements
        self._session.flush()

    def all(self) -> Sequence[Requester]:
        rows = self._session.scalars(select(RequesterRow).order_by(func.lower(RequesterRow.name)))
        return [_requester_from(row) for row in rows]


def _log_values(entry: Reprioritisation) -> dict[str, Any]:
    return {
        "task_id": entry.task_id,
        "at": entry.at,
        "from_quadrant": entry.from_quadrant.key if entry.from_quadrant else None,
        "to_quadrant": entry.to_quadrant.key,
        "from_due": entry.from_due,
        "to_due": entry.to_due,
        "cause": entry.cause.value,
        "requester_id": entry.requester_id,
        "reason_category": entry.reason_category,
        "note": entry.note,
    }


class SqlReprioritisationLog:
    """The append-only reprioritisation log in SQLite."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def append(self, entry: Reprioritisation) -> Reprioritisation:
        # Core, prebuilt: every move appends one (store/task_sql.py).
        return replace(entry, id=insert_log_row(self._session.connection(), _log_values(entry)))

    def append_many(self, entries: Sequence[Reprioritisation]) -> None:
        if entries:
            values = [_log_values(entry) for entry in entries]
            # Core, not the ORM's bulk insert: one executemany (see add_many).
            self._session.execute(insert(_LOG_TABLE), values)

    def for_task(self, task_id: int) -> Sequence[Reprioritisation]:
        query = (
            select(ReprioritisationRow, TaskRow.title, RequesterRow.name)
            .join(TaskRow, TaskRow.id == ReprioritisationRow.task_id)
            .outerjoin(RequesterRow, RequesterRow.id == ReprioritisationRow.requester_id)
            .where(ReprioritisationRow.task_id == task_id)
            .order_by(ReprioritisationRow.task_id, ReprioritisationRow.at, ReprioritisationRow.id)
        )
        return [
            reprioritisation_from(row, title, name)
            for row, title, name in self._session.execute(query)
        ]


def reprioritisation_from(
    row: ReprioritisationRow, task_title: str, requester_name: str | None
) -> Reprioritisation:
    """A log entry as a domain object."""
    return Reprioritisation(
        id=row.id,
        task_id=row.task_id,
        at=row.at,
        from_quadrant=Quadrant.from_key(row.from_quadrant) if row.from_quadrant else None,
        to_quadrant=Quadrant.from_key(row.to_quadrant),
        from_due=row.from_due,
        to_due=row.to_due,
        cause=Cause(row.cause),
        requester_id=row.requester_id,
        reason_category=row.reason_category,
        note=row.note,
        task_title=task_title,
        requester_name=requester_name or "",
    )


class SqlSettingRepository:
    """Settings that travel with the data."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str) -> str | None:
        return read_setting(self._session.connection(), key)

    def put(self, key: str, value: str) -> None:
        row = self._session.get(SettingRow, key)
        if row is None:
            self._session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        self._session.flush()
