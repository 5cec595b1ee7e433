"""Edit → Empty deleted tasks: the one way a task leaves the database for good.

Deleting is soft so that undo can bring a task back; emptying the bin is
what makes a deleted note really gone from the file (docs/reliability.md).
It asks first, and clears the undo history, whose steps could otherwise
refer to tasks that no longer exist.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from quadrant.domain.errors import QuadrantError
from quadrant.ui.actions import TaskActions
from quadrant.ui.errors import user_message
from quadrant.ui.i18n import Plurals


class BinActions(QObject):
    """The "Empty deleted tasks…" action and its confirmation."""

    def __init__(self, window: QMainWindow, task_actions: TaskActions) -> None:
        super().__init__(window)
        self._window = window
        self._task_actions = task_actions
        self.action = QAction(self.tr("Empty deleted &tasks…"), window)
        self.action.setObjectName("empty_bin_action")
        self.action.triggered.connect(self.ask)
        self.question: QMessageBox | None = None

    def ask(self) -> None:
        """Ask for confirmation without blocking the window."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Empty deleted tasks"),
            self.tr(
                "Remove every deleted task for good, with its history and replies? "
                "This cannot be undone, and the undo history is cleared."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._on_question_finished)
        self.question = box
        box.open()

    def _on_question_finished(self, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes.value:
            return
        try:
            removed = self._task_actions.store.purge_deleted()
        except QuadrantError as e:
            self._window.statusBar().showMessage(user_message(e))
            return
        self._task_actions.undo_stack.clear()
        self._window.statusBar().showMessage(
            Plurals.tr("%n deleted task(s) removed for good.", "", removed)
        )


def install_bin_action(
    window: QMainWindow, task_actions: TaskActions, menu: QMenu, after: QAction
) -> BinActions:
    """Add the action to ``menu``, right after ``after`` (the Delete action)."""
    bin_actions = BinActions(window, task_actions)
    entries = menu.actions()
    position = entries.index(after) + 1 if after in entries else len(entries)
    following = entries[position] if position < len(entries) else None
    menu.insertAction(following, bin_actions.action)  # type: ignore[arg-type]
    return bin_actions
