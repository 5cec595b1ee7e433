"""One quadrant's tasks as a Qt list model: a thin adapter over the TaskStore.

The model holds only the ordered ids of the tasks it shows; the TaskStore
holds the tasks. Changes arrive one task at a time and become precise
insert/remove/dataChanged notifications, so selection and scroll survive.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Task, TaskFilter
from quadrant.ui.plain_text import plain_tooltip
from quadrant.ui.task_store import TaskStore, ViewMode

TASK_MIME_TYPE = "application/x-quadrant-task-ids"

DropHandler = Callable[[list[int], Quadrant, int | None], bool]
"""Called with (task ids, target quadrant, id of the task to drop before or None)."""

AnyIndex = QModelIndex | QPersistentModelIndex


class TaskRole(IntEnum):
    """Custom data roles."""

    TASK = Qt.ItemDataRole.UserRole + 1
    TASK_ID = Qt.ItemDataRole.UserRole + 2


def _sort_key(task: Task) -> tuple[int, int]:
    return (task.position, task.id or 0)


def _finished_key(task: Task) -> tuple[float, int]:
    finished = task.completed_at.timestamp() if task.completed_at else 0.0
    return (-finished, -(task.id or 0))


class QuadrantModel(QAbstractListModel):
    """The tasks of one quadrant that pass the current filter, in order."""

    def __init__(
        self,
        store: TaskStore,
        quadrant: Quadrant,
        describe: Callable[[Task], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self._store = store
        self._describe = describe
        self._filter = TaskFilter()
        self._rows: list[Task] = []
        self._all: list[Task] = []  # every task of this quadrant the view mode shows, in order
        self._drop_handler: DropHandler | None = None
        store.task_changed.connect(self._on_store_task_changed)
        store.tasks_reset.connect(self._on_store_tasks_reset)
        self._on_store_tasks_reset()

    # Qt overrides --------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        task = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return task.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._describe(task))  # a title may look like HTML
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(task)
        if role == TaskRole.TASK:
            return task
        if role == TaskRole.TASK_ID:
            return task.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        draggable = self._store.mode is ViewMode.OPEN
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if draggable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if draggable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [TASK_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = [self._rows[i.row()].id for i in indexes if i.isValid()]
        mime = QMimeData()
        mime.setData(TASK_MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return (
            self._store.mode is ViewMode.OPEN
            and data.hasFormat(TASK_MIME_TYPE)
            and action in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction)
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = _decode_ids(bytes(data.data(TASK_MIME_TYPE).data()))
        if not ids or self._drop_handler is None:
            return False
        if row < 0 and parent.isValid():
            row = parent.row()  # dropped onto an item: place before it
        before = self._rows[row].id if 0 <= row < len(self._rows) else None
        if before in ids:
            return False  # dropped onto itself: nothing to do
        # The store updates the models through its signals; returning False
        # keeps Qt from removing the source rows a second time.
        self._drop_handler(ids, self.quadrant, before)
        return False

    # Public --------------------------------------------------------------

    def set_drop_handler(self, handler: DropHandler) -> None:
        """Who performs a drop (the undoable actions); the model does not move tasks."""
        self._drop_handler = handler

    def set_filter(self, task_filter: TaskFilter) -> None:
        """Show only the tasks that pass ``task_filter``.

        Runs at every keystroke in the search field, so it looks only at this
        quadrant's tasks, and only at the shown ones when the text narrows.
        """
        if task_filter == self._filter:
            return
        source = self._rows if _narrows(self._filter, task_filter) else self._all
        self._filter = task_filter
        self.beginResetModel()
        self._rows = self._filtered(source)
        self.endResetModel()

    def task_at(self, row: int) -> Task | None:
        """The task shown at ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, task_id: int) -> int:
        """The row showing ``task_id``, or -1."""
        return next((i for i, t in enumerate(self._rows) if t.id == task_id), -1)

    # Slots ---------------------------------------------------------------

    def _belongs(self, task: Task) -> bool:
        return (
            task.quadrant == self.quadrant
            and self._store.shows(task)
            and self._filter.matches(task)
        )

    def _key(self) -> Callable[[Task], Any]:
        return _sort_key if self._store.mode is ViewMode.OPEN else _finished_key

    def _in_quadrant(self, task: Task) -> bool:
        """The quadrant test of ``_belongs`` without building a Quadrant per task."""
        return (
            task.urgent == self.quadrant.urgent
            and task.important == self.quadrant.important
            and self._store.shows(task)
        )

    def _filtered(self, tasks: list[Task]) -> list[Task]:
        if not self._filter.active:
            return list(tasks)
        return self._filter.passing(tasks)

    def _on_store_tasks_reset(self) -> None:
        self._all = sorted(filter(self._in_quadrant, self._store.tasks()), key=self._key())
        self.beginResetModel()
        self._rows = self._filtered(self._all)
        self.endResetModel()

    def _on_store_task_changed(self, task: Task) -> None:
        self._all = [t for t in self._all if t.id != task.id]
        if self._in_quadrant(task):
            key = self._key()
            self._all.insert(bisect.bisect_left([key(t) for t in self._all], key(task)), task)
        old_row = self.row_of(task.id) if task.id is not None else -1
        keep = self._belongs(task)
        key = self._key()
        if old_row >= 0:
            others = self._rows[:old_row] + self._rows[old_row + 1 :]
            new_row = bisect.bisect_left([key(t) for t in others], key(task)) if keep else -1
            if new_row == old_row:
                self._rows[old_row] = task
                index = self.index(old_row)
                self.dataChanged.emit(index, index)
                return
            self.beginRemoveRows(QModelIndex(), old_row, old_row)
            del self._rows[old_row]
            self.endRemoveRows()
        if keep:
            new_row = bisect.bisect_left([key(t) for t in self._rows], key(task))
            self.beginInsertRows(QModelIndex(), new_row, new_row)
            self._rows.insert(new_row, task)
            self.endInsertRows()


def _narrows(old: TaskFilter, new: TaskFilter) -> bool:
    """Whether every task that passes ``new`` also passes ``old`` (typing on).

    The same requester, and text that continues the old text: each old word
    is then part of a new word, so a task holding the new words holds the old.
    """
    return old.requester_id == new.requester_id and new.text.casefold().startswith(
        old.text.casefold()
    )


def _decode_ids(raw: bytes) -> list[int]:
    """Task ids from drag data; anything malformed counts as no ids."""
    try:
        decoded = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(decoded, list):
        return []
    return [value for value in decoded if isinstance(value, int) and not isinstance(value, bool)]
