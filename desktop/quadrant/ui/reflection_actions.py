"""Looking back, in the main window: the History view, the weekly reflection, the "why?" prompt.

The main window calls :func:`install_reflection_actions` once; the Review
menu, its shortcuts and the "why?" bar are wired here. The reflection dialog
(and with it QtCharts) is imported when it is first opened, never at
start-up. The weekly reminder calls :func:`open_reflection`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from quadrant.domain.errors import QuadrantError
from quadrant.domain.history import HistoryCursor, HistoryFilter, HistoryPage
from quadrant.domain.reflection import IsoWeek
from quadrant.domain.task import TaskStatus
from quadrant.services import history as history_service
from quadrant.services.reflection import current_week
from quadrant.ui.errors import user_message
from quadrant.ui.history.dialog import HistoryDialog
from quadrant.ui.task_store import ViewMode
from quadrant.ui.week_picker import user_week_start
from quadrant.ui.why_prompt import WhyPrompt

if TYPE_CHECKING:
    from quadrant.ui.dialogs.reflection_dialog import ReflectionDialog
    from quadrant.ui.main_window import MainWindow

STATUS_MS = 4000


class ReflectionActions(QObject):
    """The Review menu and the "why?" prompt of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("reflection_actions")
        self.window = window
        self._new_uow = window.store.unit_of_work_factory
        self.history_dialog: HistoryDialog | None = None
        self.reflection_dialog: ReflectionDialog | None = None
        self.history_action = self._action(self.tr("&History…"), self.open_history, "Ctrl+H")
        self.history_action.setObjectName("history_action")
        self.history_action.setToolTip(self.tr("Every change of priority, and why (Ctrl+H)"))
        self.reflection_action = self._action(
            self.tr("Weekly &reflection…"), self.open_reflection, "Ctrl+Shift+R"
        )
        self.reflection_action.setObjectName("reflection_action")
        self.why_prompt = WhyPrompt(self._new_uow, window)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.why_prompt)
        self.why_prompt.hide()
        self.why_prompt.answered.connect(self._on_why_prompt_answered)
        self.why_prompt.failed.connect(self._show_status)
        self.why_prompt.turned_off.connect(self._on_why_prompt_turned_off)
        window.task_actions.tasks_moved.connect(self._on_task_actions_tasks_moved)
        # An open history window follows every committed change: moves, undo, replies.
        window.store.saved.connect(self._on_log_changed)
        window.store.tasks_reset.connect(self._on_log_changed)
        window.store.requesters_changed.connect(self._on_store_requesters_changed)

    def _action(self, text: str, slot: Callable[[], object], keys: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda: slot())  # not slot(checked): the week stays None
        self.window.addAction(action)
        return action

    def install(self) -> None:
        """Add the Review menu before Help (the last menu)."""
        menus = self.window.menuBar()
        menu = QMenu(self.tr("Re&view"), menus)
        menu.setObjectName("review_menu")
        menu.addActions([self.history_action, self.reflection_action])
        existing = menus.actions()
        if existing:
            menus.insertMenu(existing[-1], menu)
        else:
            menus.addMenu(menu)
        self.menu = menu

    # The reflection ------------------------------------------------------------

    def open_reflection(self, week: IsoWeek | None = None) -> ReflectionDialog:
        """Open (or bring forward) the reflection dialog, on ``week`` or the current week."""
        from quadrant.ui.dialogs.reflection_dialog import ReflectionDialog  # QtCharts: lazily

        dialog = self.reflection_dialog
        if dialog is None:
            week_start = user_week_start(self._new_uow)
            dialog = ReflectionDialog(
                self._new_uow,
                week or current_week(week_start=week_start),
                week_start,
                self.window.store.requesters(),
                self.window,
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(self._on_reflection_dialog_destroyed)
            dialog.history_requested.connect(self.open_history)
            self.reflection_dialog = dialog
        elif week is not None:
            dialog.show_week(week)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_reflection_dialog_destroyed(self) -> None:
        self.reflection_dialog = None

    # The history ---------------------------------------------------------------

    def open_history(self, week: IsoWeek | None = None) -> HistoryDialog:
        """Open (or bring forward) the history view; narrowed to ``week`` when given."""
        dialog = self.history_dialog
        if dialog is None:
            week_start = user_week_start(self._new_uow)
            dialog = HistoryDialog(
                lambda f, after: self._read_page(f, after, week_start),
                self.window.store.requesters(),
                week or current_week(week_start=week_start),
                week_start,
                self.window,
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(self._on_history_dialog_destroyed)
            dialog.task_requested.connect(self.select_task)
            self.history_dialog = dialog
        else:
            dialog.refresh()  # what changed without a signal (the bin was emptied)
        if week is not None:
            dialog.show_week(week)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _read_page(
        self, history_filter: HistoryFilter, after: HistoryCursor | None, week_start: int
    ) -> HistoryPage:
        return history_service.history_page(
            self._new_uow(), history_filter, after=after, week_start=week_start
        )

    def _on_history_dialog_destroyed(self) -> None:
        self.history_dialog = None

    def _on_log_changed(self) -> None:
        if self.history_dialog is not None:
            self.history_dialog.refresh_soon()

    def _on_store_requesters_changed(self) -> None:
        if self.history_dialog is not None:
            self.history_dialog.set_requesters(self.window.store.requesters())
            self.history_dialog.refresh_soon()  # a renamed requester shows in the rows

    def select_task(self, task_id: int) -> bool:
        """Show a task in the matrix and select it: the open or the finished view, unfiltered."""
        window = self.window
        store = window.store
        if store.task(task_id) is None:
            try:
                task = store.fetch(task_id)
            except QuadrantError as e:
                self._show_status(user_message(e))
                return False
            finished = task.status in (TaskStatus.DONE, TaskStatus.DROPPED)
            wanted = ViewMode.FINISHED if finished else ViewMode.OPEN
            window.view_mode.setCurrentIndex(window.view_mode.findData(wanted))
        window.matrix.select_task(task_id)
        if not self._selected(task_id):  # hidden by the requester filter or the search
            window.search.clear()
            window.requester_filter.setCurrentIndex(0)
            window.matrix.select_task(task_id)
        window.raise_()
        window.activateWindow()
        return self._selected(task_id)

    def _selected(self, task_id: int) -> bool:
        task = self.window.matrix.selected_task()
        return task is not None and task.id == task_id

    # The "why?" prompt ---------------------------------------------------------

    def _on_task_actions_tasks_moved(self, task_ids: list[int]) -> None:
        self.why_prompt.ask(task_ids)

    def _on_why_prompt_answered(self, count: int) -> None:
        self._on_log_changed()  # the reason is on the move's own log row
        if count:
            self._show_status(self.tr("Reason saved with the move."))

    def _on_why_prompt_turned_off(self) -> None:
        self._show_status(self.tr("Quadrant will not ask again; Settings turns it back on."))

    def _show_status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)


def install_reflection_actions(window: MainWindow) -> ReflectionActions:
    """Wire history, reflection and the "why?" prompt into ``window``; returns the actions."""
    actions = ReflectionActions(window)
    actions.install()
    return actions


def open_reflection(window: MainWindow) -> None:
    """Open the reflection dialog on the current week (the weekly reminder calls this)."""
    actions = window.findChild(ReflectionActions, "reflection_actions")
    if actions is None:
        actions = install_reflection_actions(window)
    actions.open_reflection()
