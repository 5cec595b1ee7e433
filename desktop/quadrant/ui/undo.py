"""One QUndoCommand per user action; redo() and undo() each call the TaskStore once.

An action is performed before its command is pushed (so a failure never
leaves a command on the stack), and the command's first redo() does nothing.
Undo goes through the same use cases as the action, so the log records it
with cause "undo".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from quadrant.domain.errors import QuadrantError
from quadrant.domain.task import Cause, Task, TaskStatus
from quadrant.services.tasks import Place
from quadrant.ui.task_store import TaskStore


class _StoreCommand(QUndoCommand):
    """A command whose action has already been performed when it is pushed."""

    def __init__(self, store: TaskStore, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self._store = store
        self._performed = True

    def redo(self) -> None:
        if self._performed:
            self._performed = False
            return
        self._guarded(self._apply)

    def undo(self) -> None:
        self._guarded(self._revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        """Run a step; on failure tell the user and retire the command.

        Qt calls undo() and redo() from C++, where a Python exception would
        only be printed: the store's ``failed`` signal carries it to the user.
        """
        try:
            step()
        except QuadrantError as e:
            self.setObsolete(True)
            self._store.failed.emit(str(e))

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError


class CaptureCommand(_StoreCommand):
    """Undo of a capture deletes the task softly; redo brings it back unchanged."""

    def __init__(self, store: TaskStore, task_id: int, text: str) -> None:
        super().__init__(store, text)
        self._task_id = task_id

    def _apply(self) -> None:
        self._store.restore(self._task_id)

    def _revert(self) -> None:
        self._store.delete(self._task_id)


class MoveCommand(_StoreCommand):
    """A move between places; undo puts the task back exactly where it stood."""

    def __init__(
        self,
        store: TaskStore,
        task_id: int,
        before: Place,
        after: Place,
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(store, text, parent)
        self._task_id = task_id
        self._before = before
        self._after = after

    def _apply(self) -> None:
        self._go(self._after)

    def _revert(self) -> None:
        self._go(self._before)

    def _go(self, place: Place) -> None:
        self._store.move(self._task_id, place.quadrant, before_id=place.before_id, cause=Cause.UNDO)


@dataclass(frozen=True, slots=True)
class EditState:
    """Everything an edit can change, to restore it exactly."""

    task: Task
    place: Place


class EditCommand(_StoreCommand):
    """An edit of a task's fields; undo restores every field and the place."""

    def __init__(self, store: TaskStore, before: EditState, after: EditState, text: str) -> None:
        super().__init__(store, text)
        self._before = before
        self._after = after

    def _apply(self) -> None:
        self._restore(self._after)

    def _revert(self) -> None:
        self._restore(self._before)

    def _restore(self, state: EditState) -> None:
        task = state.task
        assert task.id is not None
        self._store.edit(
            task.id,
            title=task.title,
            notes=task.notes,
            requester_name=task.requester_name or None,
            due_at=task.due_at,
            quadrant=state.place.quadrant,
            effort_minutes=task.effort_minutes,
            before_id=state.place.before_id,
            cause=Cause.UNDO,
        )


class StatusCommand(_StoreCommand):
    """Done, reopened or waiting; undo restores the exact earlier status."""

    def __init__(
        self, store: TaskStore, task_id: int, before: TaskStatus, after: TaskStatus, text: str
    ) -> None:
        super().__init__(store, text)
        self._task_id = task_id
        self._before = before
        self._after = after

    def _apply(self) -> None:
        self._store.set_status(self._task_id, self._after)

    def _revert(self) -> None:
        self._store.set_status(self._task_id, self._before)


class DeleteCommand(_StoreCommand):
    """A soft delete; undo restores the task with its place and history."""

    def __init__(self, store: TaskStore, task_id: int, text: str) -> None:
        super().__init__(store, text)
        self._task_id = task_id

    def _apply(self) -> None:
        self._store.delete(self._task_id)

    def _revert(self) -> None:
        self._store.restore(self._task_id)
