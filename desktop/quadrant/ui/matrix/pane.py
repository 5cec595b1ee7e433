"""One quadrant on screen: a header with title, count and hint, above its task list."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Task
from quadrant.ui.labels import quadrant_hint, quadrant_title, task_count
from quadrant.ui.matrix.delegate import TaskDelegate
from quadrant.ui.matrix.model import QuadrantModel, TaskRole

LAYOUT_BATCH = 100
"""Rows laid out per event-loop turn: more than a pane shows, few enough to stay within a frame."""


class QuadrantView(QListView):
    """A task list that takes drags from the other quadrants and reorders by drag.

    Signals:
        focused(QuadrantView): the view received keyboard focus.
    """

    focused = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(TaskDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Laying out a row calls the Python model twice; with thousands of rows
        # (a filter cleared) that takes tens of ms. In batches the first rows
        # paint at once and the rest follow (docs/performance.md).
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Scroll to a row, laying out the rest first if its batch has not been reached."""
        if index.isValid() and not self.visualRect(index).isValid():
            self.setLayoutMode(QListView.LayoutMode.SinglePass)
            self.doItemsLayout()
            self.setLayoutMode(QListView.LayoutMode.Batched)
        super().scrollTo(index, hint)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)
        if not self.currentIndex().isValid() and self.model() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))

    def selected_task(self) -> Task | None:
        """The task under the cursor, if it is selected."""
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        task = index.data(TaskRole.TASK)
        return task if isinstance(task, Task) else None

    def select_task(self, task_id: int) -> bool:
        """Select and show a task of this view; False when it is not here."""
        model = self.model()
        if not isinstance(model, QuadrantModel):
            return False
        row = model.row_of(task_id)
        if row < 0:
            return False
        index = model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
        return True


class QuadrantPane(QFrame):
    """Title, count and hint over one quadrant's list."""

    def __init__(self, model: QuadrantModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quadrant: Quadrant = model.quadrant
        self.model = model
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"pane_{model.quadrant.key}")

        self.title = QLabel(quadrant_title(self.quadrant))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hint = QLabel(quadrant_hint(self.quadrant))
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.view = QuadrantView(self)
        self.view.setModel(model)
        self.view.setAccessibleName(quadrant_title(self.quadrant))
        self.view.setAccessibleDescription(quadrant_hint(self.quadrant))
        self.title.setBuddy(self.view)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)

        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._on_model_rows_changed)
        self._on_model_rows_changed()

    def retranslate(self) -> None:
        """Set every text again, after a language change."""
        self.title.setText(quadrant_title(self.quadrant))
        self.hint.setText(quadrant_hint(self.quadrant))
        self.view.setAccessibleName(quadrant_title(self.quadrant))
        self.view.setAccessibleDescription(quadrant_hint(self.quadrant))
        self._on_model_rows_changed()

    def _on_model_rows_changed(self) -> None:
        count = self.model.rowCount()
        self.count.setText(task_count(count))
        self.count.setAccessibleName(
            QCoreApplication.translate("QuadrantPane", "%1: %2")
            .replace("%1", quadrant_title(self.quadrant))
            .replace("%2", task_count(count))
        )
