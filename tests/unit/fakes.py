"""In-memory stand-ins for the ports, so use cases are tested without a database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from types import TracebackType
from typing import Self

from quadrant.domain.errors import NotFoundError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Reprioritisation, Requester, Task
from tests.unit.fake_example import FakeExampleData
from tests.unit.fake_history import FakeHistory
from tests.unit.fake_reflection import FakeReflections, FakeWeekQueries
from tests.unit.fake_replies import FakeReplies, FakeTemplates


class FakeTasks:
    def __init__(self) -> None:
        self.rows: dict[int, Task] = {}

    def get(self, task_id: int) -> Task:
        try:
            return self.rows[task_id]
        except KeyError as e:
            raise NotFoundError(f"There is no task {task_id}.") from e

    def add(self, task: Task) -> Task:
        stored = replace(task, id=len(self.rows) + 1)
        self.rows[stored.id or 0] = stored
        return stored

    def update(self, task: Task) -> None:
        assert task.id in self.rows
        self.rows[task.id] = task

    def in_matrix(self) -> Sequence[Task]:
        tasks = [t for t in self.rows.values() if t.in_matrix]
        return sorted(tasks, key=lambda t: (t.quadrant, t.position, t.id or 0))

    def in_quadrant(self, quadrant: Quadrant) -> Sequence[Task]:
        return [t for t in self.in_matrix() if t.quadrant == quadrant]

    def places_in(self, quadrant: Quadrant) -> Sequence[tuple[int, int]]:
        return [(t.id, t.position) for t in self.in_quadrant(quadrant) if t.id is not None]

    def finished(self, limit: int) -> Sequence[Task]:
        done = [t for t in self.rows.values() if t.completed_at and t.deleted_at is None]
        return sorted(done, key=lambda t: t.completed_at or datetime.min, reverse=True)[:limit]

    def due_not_urgent(self, due_before: datetime) -> Sequence[Task]:
        return [
            t
            for t in self.in_matrix()
            if t.due_at is not None and t.due_at <= due_before and not t.urgent
        ]

    def count_all(self) -> int:
        return len(self.rows)

    def by_external_uid(self, uid: str) -> Task | None:
        matches = [t for t in self.rows.values() if t.external_uid == uid]
        return min(matches, key=lambda t: t.id or 0) if matches else None

    def by_external_uids(self, uids: Sequence[str]) -> dict[str, Task]:
        found = {uid: self.by_external_uid(uid) for uid in uids}
        return {uid: task for uid, task in found.items() if task is not None}

    def add_many(self, tasks: Sequence[Task]) -> list[Task]:
        return [self.add(task) for task in tasks]

    def purge_deleted(self, deleted_before: datetime) -> int:
        doomed = [
            i for i, t in self.rows.items() if t.deleted_at and t.deleted_at <= deleted_before
        ]
        for task_id in doomed:
            del self.rows[task_id]
        return len(doomed)


class FakeRequesters:
    def __init__(self) -> None:
        self.rows: dict[int, Requester] = {}

    def get(self, requester_id: int) -> Requester:
        try:
            return self.rows[requester_id]
        except KeyError as e:
            raise NotFoundError(f"There is no requester {requester_id}.") from e

    def find_by_name(self, name: str) -> Requester | None:
        return next((r for r in self.rows.values() if r.name.lower() == name.lower()), None)

    def add(self, requester: Requester) -> Requester:
        stored = replace(requester, id=len(self.rows) + 1)
        self.rows[stored.id or 0] = stored
        return stored

    def update(self, requester: Requester) -> None:
        assert requester.id in self.rows
        self.rows[requester.id] = requester

    def all(self) -> Sequence[Requester]:
        return sorted(self.rows.values(), key=lambda r: r.name.lower())


class FakeLog:
    def __init__(self) -> None:
        self.entries: list[Reprioritisation] = []

    def append(self, entry: Reprioritisation) -> Reprioritisation:
        stored = replace(entry, id=len(self.entries) + 1)
        self.entries.append(stored)
        return stored

    def append_many(self, entries: Sequence[Reprioritisation]) -> None:
        for entry in entries:
            self.append(entry)

    def for_task(self, task_id: int) -> Sequence[Reprioritisation]:
        return [e for e in self.entries if e.task_id == task_id]


class FakeSettings:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def put(self, key: str, value: str) -> None:
        self.values[key] = value


class FakeUnitOfWork:
    """Commits by counting; the tests check that a use case commits exactly once."""

    def __init__(self) -> None:
        self.tasks = FakeTasks()
        self.requesters = FakeRequesters()
        self.log = FakeLog()
        self.settings = FakeSettings()
        self.stats = FakeWeekQueries()
        self.reflections = FakeReflections()
        self.replies = FakeReplies(self)
        self.templates = FakeTemplates()
        self.history = FakeHistory(self.log)
        self.example = FakeExampleData(self)
        self.commits = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def commit(self) -> None:
        self.commits += 1

    def rollback(self) -> None:
        return None
