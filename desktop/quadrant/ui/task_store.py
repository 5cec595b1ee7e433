"""The QObject facade over the task use cases: the one place the UI changes tasks.

Widgets and models never call services directly; they call this facade,
which runs the use case, keeps an in-memory copy of what the matrix shows,
and announces each change once through its signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QObject, Signal

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, Reprioritisation, Requester, Task, TaskStatus
from quadrant.services import tasks as task_service
from quadrant.services.ports import UnitOfWork
from quadrant.services.tasks import UNCHANGED, Moved, Place, PlacedMove, Unchanged


class ViewMode(Enum):
    """What the matrix shows: the work to do, or what was finished."""

    OPEN = "open"
    FINISHED = "finished"


class TaskStore(QObject):
    """Tasks as the UI sees them, kept in step with the database.

    Signals:
        task_changed(Task): a task was added, changed, or left the view; models
            decide from the task itself whether they show it.
        tasks_reset(): the whole collection was reloaded (view mode switched).
        requesters_changed(): a requester was added or changed.
        saved(): a change was committed (for the "saved" indicator).
        failed(str): an action could not be carried out; the text says why.
    """

    task_changed = Signal(object)
    tasks_reset = Signal()
    requesters_changed = Signal()
    saved = Signal()
    failed = Signal(str)

    def __init__(self, uow_factory: Callable[[], UnitOfWork], parent: QObject | None = None):
        super().__init__(parent)
        self._new_uow = uow_factory
        self._tasks: dict[int, Task] = {}
        self._requesters: list[Requester] = []
        self.mode = ViewMode.OPEN

    # Reading -------------------------------------------------------------

    def load(self) -> None:
        """Read what the current view mode shows, and the requesters."""
        if self.mode is ViewMode.OPEN:
            loaded = task_service.matrix_tasks(self._new_uow())
        else:
            loaded = task_service.finished_tasks(self._new_uow())
        self._show(loaded, task_service.requesters(self._new_uow()))

    def show_open(self, tasks: Sequence[Task], requesters: Sequence[Requester]) -> None:
        """Show open tasks read before the database layer loaded (start-up), as load() would."""
        self.mode = ViewMode.OPEN
        self._show(tasks, requesters)

    def _show(self, tasks: Sequence[Task], requesters: Sequence[Requester]) -> None:
        self._tasks = {task.id: task for task in tasks if task.id is not None}
        self._requesters = list(requesters)
        self.tasks_reset.emit()
        self.requesters_changed.emit()

    def set_mode(self, mode: ViewMode) -> None:
        """Switch between open and finished tasks."""
        if mode is not self.mode:
            self.mode = mode
            self.load()

    def tasks(self) -> list[Task]:
        """The tasks of the current view, in no particular order."""
        return list(self._tasks.values())

    def task(self, task_id: int) -> Task | None:
        """A task of the current view, or None."""
        return self._tasks.get(task_id)

    def fetch(self, task_id: int) -> Task:
        """A task as stored now, whether or not the view shows it."""
        return task_service.get_task(self._new_uow(), task_id)

    def requesters(self) -> list[Requester]:
        """Every requester, by name."""
        return list(self._requesters)

    def history(self, task_id: int) -> Sequence[Reprioritisation]:
        """A task's log entries, oldest first."""
        return task_service.history(self._new_uow(), task_id)

    def place_of(self, task_id: int) -> Place:
        """Where a task stands now (for undo)."""
        return task_service.place_of(self._new_uow(), task_id)

    def shows(self, task: Task) -> bool:
        """Whether the current view mode shows this task."""
        if self.mode is ViewMode.OPEN:
            return task.in_matrix
        return task.deleted_at is None and task.status in (TaskStatus.DONE, TaskStatus.DROPPED)

    # Changing ------------------------------------------------------------

    def capture(
        self,
        title: str,
        quadrant: Quadrant,
        requester_name: str | None = None,
        due_at: datetime | None = None,
        notes: str = "",
        effort_minutes: int | None = None,
    ) -> Task:
        """Add a task (see services.tasks.capture)."""
        task = task_service.capture(
            self._new_uow(),
            title,
            quadrant=quadrant,
            requester_name=requester_name,
            due_at=due_at,
            notes=notes,
            effort_minutes=effort_minutes,
        )
        self._refresh_requesters_for(task)
        self._publish(task)
        return task

    def move(
        self,
        task_id: int,
        quadrant: Quadrant | None,
        before_id: int | Unchanged | None = UNCHANGED,
        cause: Cause = Cause.SELF,
        due_at: datetime | Unchanged | None = UNCHANGED,
    ) -> Task:
        """Move a task; the service logs it (see services.tasks.move)."""
        moved = task_service.move(
            self._new_uow(),
            task_id,
            quadrant,
            before_id=before_id,
            due_at=due_at,
            cause=cause,
        )
        self._publish_moved(moved)
        return moved.task

    def move_placed(
        self, task_id: int, quadrant: Quadrant, before_id: int | None = None
    ) -> PlacedMove:
        """Move a task and tell its place before and after (see services.tasks.move_placed)."""
        placed = task_service.move_placed(self._new_uow(), task_id, quadrant, before_id=before_id)
        self._publish_moved(placed.moved)
        return placed

    def edit(
        self,
        task_id: int,
        *,
        title: str,
        notes: str,
        requester_name: str | None,
        due_at: datetime | None,
        quadrant: Quadrant,
        effort_minutes: int | None,
        before_id: int | Unchanged | None = UNCHANGED,
        cause: Cause = Cause.SELF,
    ) -> Task:
        """Change a task's fields (see services.tasks.edit)."""
        moved = task_service.edit(
            self._new_uow(),
            task_id,
            title=title,
            notes=notes,
            requester_name=requester_name,
            due_at=due_at,
            quadrant=quadrant,
            effort_minutes=effort_minutes,
            before_id=before_id,
            cause=cause,
        )
        self._refresh_requesters_for(moved.task)
        self._publish_moved(moved)
        return moved.task

    def set_status(self, task_id: int, status: TaskStatus) -> Task:
        """Complete, reopen or park a task."""
        task = task_service.set_status(self._new_uow(), task_id, status)
        self._publish(task)
        return task

    def delete(self, task_id: int) -> Task:
        """Delete a task softly."""
        task = task_service.delete(self._new_uow(), task_id)
        self._publish(task)
        return task

    def purge_deleted(self) -> int:
        """Remove every deleted task for good; returns how many went.

        Deleted tasks are not in the view, so no model changes.
        """
        return task_service.purge_deleted(self._new_uow())

    def restore(self, task_id: int) -> Task:
        """Bring back a deleted task."""
        task = task_service.restore(self._new_uow(), task_id)
        self._publish(task)
        return task

    def publish_tasks(self, tasks: Sequence[Task]) -> None:
        """Announce tasks changed by another use case (a reply moves several at once)."""
        for task in tasks:
            self._publish(task, announce_save=False)
        if tasks:
            self.saved.emit()

    def reload_requesters(self) -> None:
        """Read the requesters again after one was added or renamed elsewhere."""
        self._requesters = list(task_service.requesters(self._new_uow()))
        self.requesters_changed.emit()

    @property
    def unit_of_work_factory(self) -> Callable[[], UnitOfWork]:
        """Makes a unit of work: for facades of other features that share this database."""
        return self._new_uow

    def escalate_deadlines(self) -> int:
        """Make tasks that entered the urgency horizon urgent; returns how many moved."""
        moves = task_service.escalate_deadlines(self._new_uow())
        for moved in moves:
            self._publish_moved(moved)
        return len(moves)

    # Internals -----------------------------------------------------------

    def _publish_moved(self, moved: Moved) -> None:
        for shifted in moved.shifted:
            self._publish(shifted, announce_save=False)
        self._publish(moved.task)

    def _publish(self, task: Task, announce_save: bool = True) -> None:
        """Update the cache and tell the models; they place or drop the task themselves."""
        assert task.id is not None
        if self.shows(task):
            self._tasks[task.id] = task
        else:
            self._tasks.pop(task.id, None)
        self.task_changed.emit(task)
        if announce_save:
            self.saved.emit()

    def _refresh_requesters_for(self, task: Task) -> None:
        known = {r.id for r in self._requesters}
        if task.requester_id is not None and task.requester_id not in known:
            self._requesters = list(task_service.requesters(self._new_uow()))
            self.requesters_changed.emit()
