"""Undo: one QUndoCommand per user action, made of steps that each call the TaskStore once.

An action is performed before its command is pushed (so a failure never
leaves a command on the stack); the command's first redo() does nothing.
Undo goes through the same use cases as the action, so the log records it
with cause "undo".

A multi-step action (a drop of several tasks, a reply that moves three)
is one command holding plain-Python steps rather than child QUndoCommands:
PySide does not keep a child created with ``parent=`` alive, and keeping it
alive from Python makes Qt and Python both delete it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from quadrant.domain.errors import QuadrantError
from quadrant.domain.task import Cause, Task, TaskStatus
from quadrant.services.tasks import Place
from quadrant.ui.errors import user_message
from quadrant.ui.task_store import TaskStore


class Step(Protocol):
    """One reversible part of an action."""

    def apply(self, store: TaskStore) -> None:
        """Do the step again (redo)."""
        ...

    def revert(self, store: TaskStore) -> None:
        """Undo the step."""
        ...


class ActionCommand(QUndoCommand):
    """A user action that has already been performed when it is pushed."""

    def __init__(self, store: TaskStore, text: str, steps: Sequence[Step]) -> None:
        super().__init__(text)
        self._store = store
        self._steps = list(steps)
        self._performed = True

    def redo(self) -> None:
        if self._performed:
            self._performed = False
            return
        self._guarded([step.apply for step in self._steps])

    def undo(self) -> None:
        self._guarded([step.revert for step in reversed(self._steps)])

    def _guarded(self, calls: list[Callable[[TaskStore], None]]) -> None:
        """Run the steps; on failure tell the user and retire the command.

        Qt calls undo() and redo() from C++, where a Python exception would
        only be printed: the store's ``failed`` signal carries it to the user.
        """
        try:
            for call in calls:
                call(self._store)
        except QuadrantError as e:
            self.setObsolete(True)
            self._store.failed.emit(user_message(e))


@dataclass(frozen=True, slots=True)
class CaptureStep:
    """Undo of a capture deletes the task softly; redo brings it back unchanged."""

    task_id: int

    def apply(self, store: TaskStore) -> None:
        store.restore(self.task_id)

    def revert(self, store: TaskStore) -> None:
        store.delete(self.task_id)


@dataclass(frozen=True, slots=True)
class MoveStep:
    """A move between places; undo puts the task back exactly where it stood."""

    task_id: int
    before: Place
    after: Place

    def apply(self, store: TaskStore) -> None:
        store.move(self.task_id, self.after.quadrant, self.after.before_id, cause=Cause.UNDO)

    def revert(self, store: TaskStore) -> None:
        store.move(self.task_id, self.before.quadrant, self.before.before_id, cause=Cause.UNDO)


@dataclass(frozen=True, slots=True)
class EditState:
    """Everything an edit can change, to restore it exactly."""

    task: Task
    place: Place


@dataclass(frozen=True, slots=True)
class EditStep:
    """An edit of a task's fields; undo restores every field and the place."""

    before: EditState
    after: EditState

    def apply(self, store: TaskStore) -> None:
        _restore(store, self.after)

    def revert(self, store: TaskStore) -> None:
        _restore(store, self.before)


def _restore(store: TaskStore, state: EditState) -> None:
    task = state.task
    assert task.id is not None
    store.edit(
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


@dataclass(frozen=True, slots=True)
class StatusStep:
    """Done, reopened or waiting; undo restores the exact earlier status."""

    task_id: int
    before: TaskStatus
    after: TaskStatus

    def apply(self, store: TaskStore) -> None:
        store.set_status(self.task_id, self.after)

    def revert(self, store: TaskStore) -> None:
        store.set_status(self.task_id, self.before)


@dataclass(frozen=True, slots=True)
class DeleteStep:
    """A soft delete; undo restores the task with its place and history."""

    task_id: int

    def apply(self, store: TaskStore) -> None:
        store.delete(self.task_id)

    def revert(self, store: TaskStore) -> None:
        store.restore(self.task_id)
