"""The 2×2 matrix: four panes in splitters, one selection across them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Task, TaskFilter
from quadrant.services.clock import utc_now
from quadrant.ui.labels import describe_task
from quadrant.ui.matrix.model import DropHandler, QuadrantModel
from quadrant.ui.matrix.pane import QuadrantPane, QuadrantView
from quadrant.ui.task_store import TaskStore


class MatrixWidget(QWidget):
    """Four quadrant panes; knows which one the user works in.

    Signals:
        task_activated(int): a task was double-clicked (the window opens it).
        current_quadrant_changed(Quadrant): the user now works in another pane.
    """

    task_activated = Signal(int)
    current_quadrant_changed = Signal(object)

    def __init__(self, store: TaskStore, drop_handler: DropHandler, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("matrix")
        self.panes: dict[Quadrant, QuadrantPane] = {}
        describe: Callable[[Task], str] = lambda task: describe_task(task, utc_now())  # noqa: E731
        for quadrant in Quadrant:
            model = QuadrantModel(store, quadrant, describe, self)
            model.set_drop_handler(drop_handler)
            pane = QuadrantPane(model, self)
            pane.view.focused.connect(self._on_view_focused)
            pane.view.doubleClicked.connect(self._on_view_double_clicked)
            self.panes[quadrant] = pane
        self.top = QSplitter(Qt.Orientation.Horizontal)
        self.top.setObjectName("matrix_top")
        self.top.addWidget(self.panes[Quadrant.DO])
        self.top.addWidget(self.panes[Quadrant.PLAN])
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.setObjectName("matrix_bottom")
        self.bottom.addWidget(self.panes[Quadrant.DELEGATE])
        self.bottom.addWidget(self.panes[Quadrant.DROP])
        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.setObjectName("matrix_rows")
        self.rows.addWidget(self.top)
        self.rows.addWidget(self.bottom)
        for splitter in (self.top, self.bottom, self.rows):
            splitter.setChildrenCollapsible(False)
        self._even_at_first_show = True  # until restore_state brings the user's own layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows)
        self._current = Quadrant.DO
        # Reordering one pane must not move the other's divider: keep the bottom in step.
        self.top.splitterMoved.connect(lambda *_: self.bottom.setSizes(self.top.sizes()))

    @property
    def current_quadrant(self) -> Quadrant:
        """The pane the user works in: where quick capture and Ctrl+N add tasks."""
        return self._current

    @current_quadrant.setter
    def current_quadrant(self, quadrant: Quadrant) -> None:
        if quadrant is not self._current:
            self._current = quadrant
            self.current_quadrant_changed.emit(quadrant)

    def view(self, quadrant: Quadrant) -> QuadrantView:
        """The list view of one quadrant."""
        return self.panes[quadrant].view

    def selected_task(self) -> Task | None:
        """The selected task of the pane the user works in."""
        return self.view(self.current_quadrant).selected_task()

    def select_task(self, task_id: int) -> None:
        """Select a task wherever it stands, and make its pane current."""
        for quadrant, pane in self.panes.items():
            if pane.view.select_task(task_id):
                self.current_quadrant = quadrant
                self._clear_others(pane.view)
                if self.focusWidget() in [p.view for p in self.panes.values()]:
                    pane.view.setFocus()
                return

    def set_filter(self, task_filter: TaskFilter) -> None:
        """Narrow all four panes."""
        for pane in self.panes.values():
            pane.model.set_filter(task_filter)

    def save_state(self) -> dict[str, QByteArray]:
        """Splitter positions, for QSettings."""
        return {"top": self.top.saveState(), "bottom": self.bottom.saveState(),
                "rows": self.rows.saveState()}  # fmt: skip

    def restore_state(self, states: dict[str, QByteArray]) -> None:
        """Put the splitters back where the user left them."""
        for name, splitter in (("top", self.top), ("bottom", self.bottom), ("rows", self.rows)):
            state = states.get(name)
            if state:
                splitter.restoreState(state)
                self._even_at_first_show = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._even_at_first_show:
            # Halves, however long a (translated) hint is: the columns line up.
            self._even_at_first_show = False
            for splitter, length in ((self.top, self.width()), (self.bottom, self.width()),
                                     (self.rows, self.height())):  # fmt: skip
                splitter.setSizes([length // 2, length - length // 2])

    def retranslate(self) -> None:
        """Set every text again after a language change."""
        for pane in self.panes.values():
            pane.retranslate()

    def _on_view_focused(self, view: QuadrantView) -> None:
        for quadrant, pane in self.panes.items():
            if pane.view is view:
                self.current_quadrant = quadrant
        self._clear_others(view)

    def _clear_others(self, keep: QuadrantView) -> None:
        for pane in self.panes.values():
            if pane.view is not keep:
                pane.view.clearSelection()

    def _on_view_double_clicked(self, index: object) -> None:
        task = self.selected_task()
        if task is not None and task.id is not None:
            self.task_activated.emit(task.id)
