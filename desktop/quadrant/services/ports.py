"""The ports the use cases need: repositories and the unit of work, as Protocols.

The store satisfies them structurally against SQLite; the unit tests satisfy
them with plain dictionaries (tests/unit/fakes.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from types import TracebackType
from typing import Protocol, Self

from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import DoneTask, IsoWeek, WeekCounts, WeekEvent
from quadrant.domain.task import Reprioritisation, Requester, Task
from quadrant.services.demo_ports import ExampleDataRepository
from quadrant.services.history_ports import HistoryRepository
from quadrant.services.reply_ports import ReplyRepository, TemplateRepository


class TaskRepository(Protocol):
    """Tasks, returned as domain objects. Never commits."""

    def get(self, task_id: int) -> Task:
        """The task with this id, deleted or not; NotFoundError when there is none."""
        ...

    def add(self, task: Task) -> Task:
        """Store a new task; returns it with its id."""
        ...

    def update(self, task: Task) -> None:
        """Write every field of an existing task."""
        ...

    def in_matrix(self) -> Sequence[Task]:
        """Open and waiting tasks, by quadrant, then position, then id."""
        ...

    def in_quadrant(self, quadrant: Quadrant) -> Sequence[Task]:
        """Open and waiting tasks of one quadrant, by position, then id."""
        ...

    def places_in(self, quadrant: Quadrant) -> Sequence[tuple[int, int]]:
        """(id, position) of each task ``in_quadrant`` returns, in its order: all placing needs."""
        ...

    def finished(self, limit: int) -> Sequence[Task]:
        """Done and dropped tasks, most recently finished first."""
        ...

    def due_not_urgent(self, due_before: datetime) -> Sequence[Task]:
        """Tasks in the matrix, not urgent, due before the given moment."""
        ...

    def count_all(self) -> int:
        """How many tasks exist, deleted ones included."""
        ...

    def by_external_uid(self, uid: str) -> Task | None:
        """The task imported with this external UID (deleted or not), or None."""
        ...

    def by_external_uids(self, uids: Sequence[str]) -> dict[str, Task]:
        """The tasks with these external UIDs, by UID: one round trip for a whole import."""
        ...

    def add_many(self, tasks: Sequence[Task]) -> list[Task]:
        """Store new tasks in one go (an import); returns them with their ids, in order."""
        ...

    def purge_deleted(self, deleted_before: datetime) -> int:
        """Remove for good the tasks deleted before this moment, their log rows and replies.

        Their text must be gone from the files on disk once the unit of work
        commits. Returns how many tasks were removed.
        """
        ...


class RequesterRepository(Protocol):
    """The internal clients. Never commits."""

    def get(self, requester_id: int) -> Requester:
        """The requester with this id; NotFoundError when there is none."""
        ...

    def find_by_name(self, name: str) -> Requester | None:
        """The requester with this name, compared without regard to case."""
        ...

    def add(self, requester: Requester) -> Requester:
        """Store a new requester; returns it with its id."""
        ...

    def update(self, requester: Requester) -> None:
        """Write every field of an existing requester."""
        ...

    def all(self) -> Sequence[Requester]:
        """Every requester, by name."""
        ...


class ReprioritisationLog(Protocol):
    """The append-only log of reprioritisations. Never commits, never rewrites."""

    def append(self, entry: Reprioritisation) -> Reprioritisation:
        """Add an entry; returns it with its id."""
        ...

    def append_many(self, entries: Sequence[Reprioritisation]) -> None:
        """Add many entries in one go (an import)."""
        ...

    def for_task(self, task_id: int) -> Sequence[Reprioritisation]:
        """One task's entries, oldest first."""
        ...


class SettingRepository(Protocol):
    """Preferences that travel with the data, as text values."""

    def get(self, key: str) -> str | None:
        """The stored value, or None."""
        ...

    def put(self, key: str, value: str) -> None:
        """Store a value, replacing any earlier one."""
        ...


class WeekQueries(Protocol):
    """Figures and raw events of a span of time, read through indexes on the moments.

    The cost follows the rows inside the span, not the whole history. Deleted
    tasks are left out everywhere. Never writes.
    """

    def counts(self, start: datetime, end: datetime) -> WeekCounts:
        """The span's counts, all but ``overdue`` (see ``overdue_at``)."""
        ...

    def overdue_at(self, moments: Sequence[datetime]) -> list[int]:
        """For each moment: tasks that existed, were due before it, and were still to do."""
        ...

    def done(self, start: datetime, end: datetime) -> Sequence[DoneTask]:
        """Tasks done in the span, by requester name, then completion moment."""
        ...

    def events(
        self, start: datetime, end: datetime, *, noted_moves_only: bool = False
    ) -> Sequence[WeekEvent]:
        """Captures, moves, completions and replies in the span, oldest first.

        With ``noted_moves_only``, just the moves that carry a reason or a note.
        """
        ...


class ReflectionRepository(Protocol):
    """The answers to the reflection prompts, one set per ISO week. Never commits."""

    def answers(self, week: IsoWeek) -> dict[str, str] | None:
        """The week's stored answers, or None when the week was never reflected on."""
        ...

    def save(self, week: IsoWeek, answers: dict[str, str], now: datetime) -> None:
        """Store the week's answers, replacing the earlier ones."""
        ...

    def weeks(self) -> Sequence[IsoWeek]:
        """Every week with a saved reflection, newest first."""
        ...


class UnitOfWork(Protocol):
    """One user action: everything it changes commits together or not at all.

    Leaving the ``with`` block without ``commit()`` rolls back. The
    repositories are read-only properties so that any implementation's own
    repository classes satisfy them.
    """

    @property
    def tasks(self) -> TaskRepository: ...
    @property
    def requesters(self) -> RequesterRepository: ...
    @property
    def log(self) -> ReprioritisationLog: ...
    @property
    def settings(self) -> SettingRepository: ...
    @property
    def stats(self) -> WeekQueries: ...
    @property
    def reflections(self) -> ReflectionRepository: ...
    @property
    def replies(self) -> ReplyRepository: ...
    @property
    def templates(self) -> TemplateRepository: ...
    @property
    def history(self) -> HistoryRepository: ...
    @property
    def example(self) -> ExampleDataRepository: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None:
        """Make the action's changes durable."""
        ...

    def rollback(self) -> None:
        """Forget the action's changes."""
        ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
"""Makes a fresh unit of work: one per user action."""
