"""The user's task actions, made undoable: the layer between widgets and the TaskStore.

Widgets say what the user asked for; this class performs it through the
store, pushes the undo command, and turns failures into a ``failed`` message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from quadrant.domain.capture import parse_capture
from quadrant.domain.errors import QuadrantError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Task, TaskStatus
from quadrant.services.clock import end_of_local_day, local_today
from quadrant.ui.errors import user_message
from quadrant.ui.labels import quadrant_title
from quadrant.ui.task_store import TaskStore
from quadrant.ui.undo import (
    ActionCommand,
    CaptureStep,
    DeleteStep,
    EditState,
    EditStep,
    MoveStep,
    StatusStep,
    Step,
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class TaskFields:
    """What the task dialog edits."""

    title: str
    notes: str
    requester_name: str | None
    due_at: datetime | None
    quadrant: Quadrant
    effort_minutes: int | None


class TaskActions(QObject):
    """Undoable task actions.

    Signals:
        failed(str): an action failed; nothing was changed. The text is for the user.
        task_touched(int): an action finished on this task (the window selects it).
        tasks_moved(list): the user moved these tasks (ids) to another quadrant.
    """

    failed = Signal(str)
    task_touched = Signal(int)
    tasks_moved = Signal(list)

    def __init__(self, store: TaskStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.last_failure = ""
        store.failed.connect(self.failed)

    def capture_line(self, line: str, default_quadrant: Quadrant) -> Task | None:
        """Add a task from a quick-capture line; markers override the default quadrant."""
        capture = parse_capture(line, local_today())
        if not capture.title:
            self.failed.emit(
                QCoreApplication.translate("TaskActions", "Type a title for the task.")
            )
            return None
        quadrant = default_quadrant
        if capture.urgent is not None or capture.important is not None:
            quadrant = Quadrant.of(urgent=bool(capture.urgent), important=bool(capture.important))
        due = end_of_local_day(capture.due) if capture.due else None
        fields = TaskFields(capture.title, "", capture.requester, due, quadrant, None)
        return self.capture(fields)

    def capture(self, fields: TaskFields) -> Task | None:
        """Add a task with every field given."""
        task = self._attempt(
            lambda: self.store.capture(
                fields.title,
                fields.quadrant,
                requester_name=fields.requester_name,
                due_at=fields.due_at,
                notes=fields.notes,
                effort_minutes=fields.effort_minutes,
            )
        )
        if task is not None and task.id is not None:
            text = QCoreApplication.translate("TaskActions", "Add “%1”").replace("%1", task.title)
            self._push(text, [CaptureStep(task.id)], task.id)
        return task

    def move(self, task_id: int, quadrant: Quadrant, before_id: int | None = None) -> bool:
        """Move a task to ``quadrant`` (last, or before ``before_id``)."""
        return self.move_many([task_id], quadrant, before_id)

    def move_many(self, task_ids: list[int], quadrant: Quadrant, before_id: int | None) -> bool:
        """Move tasks (a drop) as one undoable action."""
        steps: list[Step] = []
        for task_id in task_ids:
            placed = self._attempt(partial(self.store.move_placed, task_id, quadrant, before_id))
            if placed is None:
                break
            if placed.after != placed.before:
                steps.append(MoveStep(task_id, placed.before, placed.after))
        if steps:
            text = QCoreApplication.translate("TaskActions", "Move to %1").replace(
                "%1", quadrant_title(quadrant)
            )
            self._push(text, steps, task_ids[-1])
            crossed = [
                s.task_id
                for s in steps
                if isinstance(s, MoveStep) and s.before.quadrant != s.after.quadrant
            ]
            if crossed:
                self.tasks_moved.emit(crossed)
        return bool(steps)

    def edit(self, task_id: int, fields: TaskFields) -> Task | None:
        """Change a task's fields as one undoable action."""
        original = self._attempt(lambda: self.store.fetch(task_id))
        if original is None:
            return None
        before = EditState(original, self.store.place_of(task_id))
        edited = self._attempt(
            lambda: self.store.edit(
                task_id,
                title=fields.title,
                notes=fields.notes,
                requester_name=fields.requester_name,
                due_at=fields.due_at,
                quadrant=fields.quadrant,
                effort_minutes=fields.effort_minutes,
            )
        )
        if edited is None:
            return None
        after = EditState(edited, self.store.place_of(task_id))
        if after != before:
            text = QCoreApplication.translate("TaskActions", "Edit “%1”").replace(
                "%1", edited.title
            )
            self._push(text, [EditStep(before, after)], task_id)
        return edited

    def toggle_done(self, task_id: int) -> Task | None:
        """Complete an open task, or reopen a finished one."""
        original = self._attempt(lambda: self.store.fetch(task_id))
        if original is None:
            return None
        finished = original.status in (TaskStatus.DONE, TaskStatus.DROPPED)
        target = TaskStatus.OPEN if finished else TaskStatus.DONE
        changed = self._attempt(lambda: self.store.set_status(task_id, target))
        if changed is not None:
            label = (
                QCoreApplication.translate("TaskActions", "Reopen “%1”")
                if finished
                else QCoreApplication.translate("TaskActions", "Complete “%1”")
            )
            text = label.replace("%1", original.title)
            self._push(text, [StatusStep(task_id, original.status, target)], None)
        return changed

    def delete(self, task_id: int) -> Task | None:
        """Delete a task softly; undo brings it back."""
        deleted = self._attempt(lambda: self.store.delete(task_id))
        if deleted is not None:
            text = QCoreApplication.translate("TaskActions", "Delete “%1”").replace(
                "%1", deleted.title
            )
            self._push(text, [DeleteStep(task_id)], None)
        return deleted

    def _attempt(self, action: Callable[[], T]) -> T | None:
        """Run one store call; a project error becomes a ``failed`` message."""
        try:
            return action()
        except QuadrantError as e:
            self.last_failure = user_message(e)
            self.failed.emit(self.last_failure)
            return None

    def _push(self, text: str, steps: list[Step], touched: int | None) -> None:
        """Put a performed action on the undo stack."""
        self.undo_stack.push(ActionCommand(self.store, text, steps))
        if touched is not None:
            self.task_touched.emit(touched)
