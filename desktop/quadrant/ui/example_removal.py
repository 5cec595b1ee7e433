"""File → Remove example data: asks, then takes the whole example week out for good.

The example's tasks leave with their history and replies, and its
requesters and reflection answers with them (services/demo_removal.py says
exactly what stays). That is a hard removal, so it asks first and clears the
undo history, whose steps could refer to the removed tasks — as emptying the
bin does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from quadrant.domain.errors import QuadrantError
from quadrant.services.ports import UnitOfWorkFactory
from quadrant.ui.errors import user_message
from quadrant.ui.i18n import Plurals
from quadrant.ui.main_window import MainWindow


class ExampleRemovalFlow(QObject):
    """The confirmation and the removal behind "Remove example data".

    Signals:
        removed: the example week was removed (the number of its tasks removed).
    """

    removed = Signal(int)

    def __init__(self, window: MainWindow, new_uow: UnitOfWorkFactory) -> None:
        super().__init__(window)
        self._window = window
        self._new_uow = new_uow
        self.question: QMessageBox | None = None

    def ask(self) -> QMessageBox:
        """Ask for confirmation without blocking the window; Yes removes."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove example data"),
            self.tr(
                "Remove the example week for good? Its tasks go with their history and "
                "replies, and its requesters and reflection answers with them. Your own "
                "tasks stay, and so do answers you rewrote. This cannot be undone, and "
                "the undo history is cleared."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # a removal for good
        box.finished.connect(self._on_question_finished)
        self.question = box
        box.open()
        return box

    def remove(self) -> int:
        """Remove the example week now; returns how many of its tasks went."""
        from quadrant.services import demo_removal  # loaded on first use, after the first paint

        try:
            result = demo_removal.remove_example(self._new_uow())
            self._window.store.load()
        except QuadrantError as e:
            self._window.statusBar().showMessage(user_message(e))
            return 0
        self._window.task_actions.undo_stack.clear()
        message = Plurals.tr("Example week removed: %n task(s).", "", len(result.task_ids))
        if result.kept_answers:
            kept = Plurals.tr("Kept %n reflection answer(s) you rewrote.", "", result.kept_answers)
            message = f"{message} {kept}"
        self._window.statusBar().showMessage(message)
        self.removed.emit(len(result.task_ids))
        return len(result.task_ids)

    def _on_question_finished(self, result: int) -> None:
        self.question = None
        if result == QMessageBox.StandardButton.Yes.value:
            self.remove()
