"""The main window: the matrix, the capture line, filters, menus. It wires; it does not decide."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QToolBar,
    QWidget,
)

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import TaskFilter
from quadrant.ui.actions import TaskActions, TaskFields
from quadrant.ui.bin_actions import install_bin_action
from quadrant.ui.dialogs.about import AboutDialog
from quadrant.ui.dialogs.shortcuts import ShortcutsDialog
from quadrant.ui.dialogs.task_dialog import TaskDialog
from quadrant.ui.labels import quadrant_title
from quadrant.ui.matrix.pane import QuadrantView
from quadrant.ui.matrix.widget import MatrixWidget
from quadrant.ui.pack_actions import install_pack_actions
from quadrant.ui.reflection_actions import install_reflection_actions
from quadrant.ui.reply_actions import install_reply_actions
from quadrant.ui.task_store import TaskStore, ViewMode
from quadrant.ui.undo_menu import UndoRedoActions

SAVED_MESSAGE_MS = 2500


class MainWindow(QMainWindow):
    """The home screen: four quadrants and everything to capture, find and move tasks."""

    def __init__(
        self,
        actions: TaskActions,
        settings: QSettings,
        locations: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("Quadrant")
        self.task_actions = actions
        if actions.parent() is None:
            # Deleted with the window, by Qt: a parentless TaskActions left for Python's
            # collector can lose an undo command to a cleared wrapper before its stack
            # (shiboken hands the wrapper ownership), and the stack then deletes it again.
            actions.setParent(self)
        self.store: TaskStore = actions.store
        self._settings = settings
        self._locations = locations
        self.persist_state = True  # off for --screenshot runs: a picture changes no settings
        self.task_dialog: TaskDialog | None = None  # the open task dialog, if any
        self.matrix = MatrixWidget(self.store, actions.move_many, self)
        self.setCentralWidget(self.matrix)
        self._build_toolbar()
        self._build_actions()
        self._build_menus()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self._connect()
        self._restore_geometry()
        self.replies = install_reply_actions(self)
        self.packs = install_pack_actions(self)
        self.bin = install_bin_action(self, self.task_actions, self.edit_menu, self.delete_action)
        self.reflection = install_reflection_actions(self)

    # Building --------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Capture and find"), self)
        bar.setObjectName("capture_bar")
        bar.setMovable(False)
        self.capture = QLineEdit()
        self.capture.setObjectName("quick_capture")
        self.capture.setClearButtonEnabled(True)
        self.capture.setMinimumWidth(300)  # the main input: it gets the room, the filters do not
        self.capture.setAccessibleName(self.tr("Quick capture"))
        self.capture.setPlaceholderText(
            self.tr("Capture a task: title @requester ! urgent * important friday — Enter")
        )
        self.capture.setToolTip(
            self.tr(
                "Type a title and press Enter to add it to the selected quadrant.\n"
                '@Name or @"Full Name": requester · !: urgent · *: important\n'
                "today, tomorrow, a weekday, +3, 1-12 or 2026-12-01: due date"
            )
        )
        self.requester_filter = QComboBox()
        self.requester_filter.setObjectName("requester_filter")
        self.requester_filter.setAccessibleName(self.tr("Show tasks of requester"))
        self.requester_filter.setMinimumContentsLength(12)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find tasks"))
        self.search.setMaximumWidth(200)
        self.view_mode = QComboBox()
        self.view_mode.setObjectName("view_mode")
        self.view_mode.setAccessibleName(self.tr("Show open or finished tasks"))
        self.view_mode.addItem(self.tr("Open tasks"), ViewMode.OPEN)
        self.view_mode.addItem(self.tr("Done and dropped"), ViewMode.FINISHED)
        self.capture_target = QLabel()
        self.capture_target.setObjectName("capture_target")
        self.capture_target.setTextFormat(Qt.TextFormat.PlainText)
        self.capture_target.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.capture)
        bar.addWidget(self.capture_target)
        bar.addSeparator()
        bar.addWidget(self.requester_filter)
        bar.addWidget(self.search)
        bar.addWidget(self.view_mode)
        self.addToolBar(bar)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence.StandardKey | str | list[str] | None = None,
        on_matrix: bool = False,
    ) -> QAction:
        """An action with shortcuts; ``on_matrix`` limits its keys to the matrix panes,

        so that Space and Delete keep working as usual in text fields.
        """
        action = QAction(text, self)
        action.triggered.connect(slot)
        if isinstance(keys, list):
            action.setShortcuts([QKeySequence(k) for k in keys])
        elif keys is not None:
            action.setShortcut(QKeySequence(keys))
        if on_matrix:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.matrix.addAction(action)
        else:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New task…"), self.new_task, "Ctrl+N")
        self.capture_action = self._action(
            self.tr("Quick &capture"), self.capture.setFocus, "Ctrl+L"
        )
        self.edit_action = self._action(
            self.tr("&Edit task…"), self.edit_selected, ["Return", "Enter"], on_matrix=True
        )
        self.done_action = self._action(
            self.tr("Mark d&one / reopen"), self.toggle_done_selected, "Space", on_matrix=True
        )
        self.delete_action = self._action(
            self.tr("&Delete task"), self.delete_selected, QKeySequence.StandardKey.Delete,
            on_matrix=True,
        )  # fmt: skip
        self.find_action = self._action(self.tr("&Find"), self.focus_search, "Ctrl+F")
        self.undo_redo = UndoRedoActions(self.task_actions.undo_stack, self)  # follow language
        self.undo_action = self.undo_redo.undo_action
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_redo.redo_action
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
        self.move_actions = [
            self._action(
                self.tr("Move to %1").replace("%1", quadrant_title(q)),
                partial(self.move_selected, q),
                f"Ctrl+{q.value}",
            )
            for q in Quadrant
        ]
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1"
        )
        self.about_action = self._action(self.tr("&About Quadrant"), self.show_about)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.capture_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.done_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        self.task_menu = menus.addMenu(self.tr("&Task"))
        self.task_menu.addActions(self.move_actions)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _connect(self) -> None:
        self.capture.returnPressed.connect(self._on_capture_return_pressed)
        self.search.textChanged.connect(self._apply_filter)
        self.requester_filter.currentIndexChanged.connect(self._apply_filter)
        self.view_mode.currentIndexChanged.connect(self._on_view_mode_changed)
        self.store.requesters_changed.connect(self._on_store_requesters_changed)
        self.store.saved.connect(self._on_store_saved)
        self.task_actions.failed.connect(self._on_actions_failed)
        self.task_actions.task_touched.connect(self.matrix.select_task)
        self.matrix.task_activated.connect(self.edit_task)
        self.matrix.current_quadrant_changed.connect(self._on_matrix_current_quadrant_changed)
        self._on_matrix_current_quadrant_changed(self.matrix.current_quadrant)
        self._on_store_requesters_changed()

    # User actions ----------------------------------------------------------

    def new_task(self) -> None:
        """Open an empty task dialog for the current quadrant."""
        self._open_task_dialog(None)

    def edit_selected(self) -> None:
        """Open the selected task."""
        task = self.matrix.selected_task()
        if task is not None and task.id is not None:
            self.edit_task(task.id)

    def edit_task(self, task_id: int) -> None:
        """Open a task in the dialog."""
        self._open_task_dialog(task_id)

    def move_selected(self, quadrant: Quadrant) -> None:
        """Move the selected task to another quadrant (Ctrl+1…4)."""
        task = self.matrix.selected_task()
        if task is not None and task.id is not None and self.store.mode is ViewMode.OPEN:
            self.task_actions.move(task.id, quadrant)

    def toggle_done_selected(self) -> None:
        """Complete (or reopen) the selected task, keeping the cursor in its pane."""
        task = self.matrix.selected_task()
        if task is not None and task.id is not None:
            view = self.matrix.view(self.matrix.current_quadrant)
            row = view.currentIndex().row()
            self.task_actions.toggle_done(task.id)
            self._select_row_near(view, row)

    def delete_selected(self) -> None:
        """Delete the selected task (undoable)."""
        task = self.matrix.selected_task()
        if task is not None and task.id is not None:
            view = self.matrix.view(self.matrix.current_quadrant)
            row = view.currentIndex().row()
            self.task_actions.delete(task.id)
            self._select_row_near(view, row)

    def focus_search(self) -> None:
        """Put the cursor in the search field."""
        self.search.setFocus()
        self.search.selectAll()

    def show_shortcuts(self) -> None:
        """Open the keyboard sheet."""
        dialog = ShortcutsDialog(self.findChildren(QAction), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        """Open Help → About."""
        dialog = AboutDialog(self._locations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # Internals -----------------------------------------------------------

    def _open_task_dialog(self, task_id: int | None) -> TaskDialog:
        task = self.store.fetch(task_id) if task_id is not None else None
        history = self.store.history(task_id) if task_id is not None else ()

        def submit(fields: TaskFields) -> str | None:
            saved = (
                self.task_actions.edit(task_id, fields)
                if task_id is not None
                else self.task_actions.capture(fields)
            )
            return None if saved is not None else self.task_actions.last_failure

        dialog = TaskDialog(
            submit,
            self.store.requesters(),
            task,
            self.matrix.current_quadrant,
            history,
            self,
        )
        dialog.requester_details_requested.connect(
            lambda name: self.replies.edit_requester_named(name, dialog)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.task_dialog = dialog
        return dialog

    def _select_row_near(self, view: QuadrantView, row: int) -> None:
        """Keep the cursor where it was after the task under it left the pane."""
        count = view.model().rowCount()
        if count:
            index = view.model().index(min(row, count - 1), 0)
            view.setCurrentIndex(index)

    def _on_capture_return_pressed(self) -> None:
        line = self.capture.text()
        if not line.strip():
            return
        if self.store.mode is not ViewMode.OPEN:
            self.view_mode.setCurrentIndex(0)
        if self.task_actions.capture_line(line, self.matrix.current_quadrant) is not None:
            self.capture.clear()

    def _on_matrix_current_quadrant_changed(self, quadrant: Quadrant) -> None:
        target = self.tr("→ %1").replace("%1", quadrant_title(quadrant))
        self.capture_target.setText(target)
        self.capture_target.setToolTip(self.tr("Enter adds the task to this quadrant"))

    def _apply_filter(self) -> None:
        requester = self.requester_filter.currentData()
        self.matrix.set_filter(
            TaskFilter(requester_id=requester if isinstance(requester, int) else None,
                       text=self.search.text())
        )  # fmt: skip

    def _on_view_mode_changed(self) -> None:
        mode = self.view_mode.currentData()
        if isinstance(mode, ViewMode):
            self.store.set_mode(mode)
            self.capture.setEnabled(mode is ViewMode.OPEN)

    def _on_store_requesters_changed(self) -> None:
        current = self.requester_filter.currentData()
        self.requester_filter.blockSignals(True)
        self.requester_filter.clear()
        self.requester_filter.addItem(self.tr("All requesters"), None)
        for requester in self.store.requesters():
            self.requester_filter.addItem(requester.name, requester.id)
        index = self.requester_filter.findData(current)
        self.requester_filter.setCurrentIndex(max(0, index))
        self.requester_filter.blockSignals(False)

    def _on_store_saved(self) -> None:
        self.saved_label.setText(self.tr("Saved"))
        QTimer.singleShot(SAVED_MESSAGE_MS, self.saved_label.clear)

    def _on_actions_failed(self, message: str) -> None:
        self.statusBar().showMessage(message)

    # Window state ----------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        state = self._settings.value("window/state")
        if state:
            self.restoreState(state)
        self.matrix.restore_state(
            {name: self._settings.value(f"matrix/{name}") for name in ("top", "bottom", "rows")}
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist_state:
            self._save_window_state()
        super().closeEvent(event)

    def _save_window_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        for name, state in self.matrix.save_state().items():
            self._settings.setValue(f"matrix/{name}", state)
        self._settings.sync()
