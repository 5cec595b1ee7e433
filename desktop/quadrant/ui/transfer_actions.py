"""Tasks in and out, and the backups, in the menus: File → Import/Export…, Help → Back up now.

app.py calls :func:`install_transfer_actions` with the data folder's
:class:`~quadrant.ui.backup_port.Backups` and ``Snapshots``; everything here
hangs off the window's File and Help menus, the window itself knows nothing
of it. File choosers are attributes (``choose_open_file``,
``choose_save_file``) so tests can answer them without a native dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from quadrant.domain.errors import QuadrantError
from quadrant.ui.backup_port import Backups, Snapshots
from quadrant.ui.errors import user_message
from quadrant.ui.main_window import MainWindow

if TYPE_CHECKING:  # loaded on first use: the menus are built before the first paint
    from quadrant.ui.backup_timer import BackupScheduler
    from quadrant.ui.dialogs.export_dialog import ExportDialog
    from quadrant.ui.dialogs.restore_dialog import RestoreDialog
    from quadrant.ui.export_flow import ExportFlow
    from quadrant.ui.import_flow import ImportFlow

ChooseOpen = Callable[[QWidget, str, str], Path | None]
"""(parent, title, name filter) → the chosen file, or None when cancelled."""
ChooseSave = Callable[[QWidget, str, str, str], Path | None]
"""(parent, title, suggested name, name filter) → the chosen file, or None."""

STATUS_MS = 10_000


def ask_open_file(parent: QWidget, title: str, name_filter: str) -> Path | None:
    """The platform's open dialog."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return Path(chosen) if chosen else None


def ask_save_file(parent: QWidget, title: str, suggested: str, name_filter: str) -> Path | None:
    """The platform's save dialog (it asks before replacing a file)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(chosen) if chosen else None


class TransferActions(QObject):
    """The import, export, snapshot and backup actions of one main window.

    Signals:
        snapshot_restored(object): a snapshot restore ended: rows restored, or None.
    """

    snapshot_restored = Signal(object)

    def __init__(self, window: MainWindow, backups: Backups, snapshots: Snapshots) -> None:
        super().__init__(window)
        self.window = window
        self.backups = backups
        self.snapshots = snapshots
        self.choose_open_file: ChooseOpen = ask_open_file
        self.choose_save_file: ChooseSave = ask_save_file
        self._imports: ImportFlow | None = None
        self._scheduler: BackupScheduler | None = None
        self._exports: ExportFlow | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.message: QMessageBox | None = None
        self._build_actions()
        self._install_menus()

    @property
    def imports(self) -> ImportFlow:
        """The import flow, made on first use."""
        if self._imports is None:
            from quadrant.ui.import_flow import ImportFlow

            self._imports = ImportFlow(self.window, self.window.store, self.backups, self)
        return self._imports

    @property
    def scheduler(self) -> BackupScheduler:
        """The automatic backups, made on first use."""
        if self._scheduler is None:
            from quadrant.ui.backup_timer import BackupScheduler

            self._scheduler = BackupScheduler(self.backups, self)
            self._scheduler.failed.connect(self._status)
        return self._scheduler

    def start(self) -> None:
        """Once the window is filled: a backup after a second, then every 30 minutes."""
        self.scheduler.start()

    # Building ----------------------------------------------------------------

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(
            "import_tasks_action", self.tr("&Import tasks…"), self.import_tasks
        )
        self.export_action = self._action(
            "export_tasks_action", self.tr("E&xport tasks…"), self.export_tasks
        )
        self.export_all_action = self._action(
            "export_everything_action", self.tr("Export &everything (snapshot)…"),
            self.export_everything,
        )  # fmt: skip
        self.restore_snapshot_action = self._action(
            "restore_snapshot_action", self.tr("&Restore from snapshot…"), self.restore_snapshot
        )
        self.back_up_action = self._action(
            "back_up_now_action", self.tr("&Back up now"), self.back_up_now
        )
        self.restore_backup_action = self._action(
            "restore_backup_action", self.tr("&Restore from backup…"), self.restore_from_backup
        )

    def _install_menus(self) -> None:
        file_menu = _menu_holding(self.window, self.window.quit_action)
        if file_menu is not None:
            before = _first_separator(file_menu) or self.window.quit_action
            file_menu.insertSeparator(before)
            file_menu.insertActions(
                before,
                [self.import_action, self.export_action, self.export_all_action,
                 self.restore_snapshot_action],
            )  # fmt: skip
        help_menu = _menu_holding(self.window, self.window.about_action)
        if help_menu is not None:
            about = self.window.about_action
            help_menu.insertSeparator(about)
            help_menu.insertActions(about, [self.back_up_action, self.restore_backup_action])
            help_menu.insertSeparator(about)

    # Import ------------------------------------------------------------------

    def import_tasks(self) -> None:
        """Ask for a file and import it."""
        chosen = self.choose_open_file(
            self.window,
            self.tr("Import tasks"),
            self.tr("Task files (*.ics *.csv *.tsv *.txt);;iCalendar (*.ics);;CSV (*.csv)"),
        )
        if chosen is not None:
            self.imports.start(chosen)

    # Export ------------------------------------------------------------------

    @property
    def exports(self) -> ExportFlow:
        """The export flow, made on first use."""
        if self._exports is None:
            from quadrant.ui.export_flow import ExportFlow

            exports = ExportFlow(
                self.window, self.snapshots, lambda *ask: self.choose_save_file(*ask), self
            )
            exports.message.connect(self._tell)
            exports.status.connect(self._status)
            self._exports = exports
        return self._exports

    def export_tasks(self) -> ExportDialog:
        """Ask for the format and the tasks, then for the file."""
        return self.exports.export_tasks()

    def export_everything(self) -> None:
        """Ask for a file and write the full snapshot to it."""
        self.exports.export_everything()

    # Snapshot and backups ------------------------------------------------------

    def restore_snapshot(self) -> None:
        """Rebuild an empty store from a snapshot; a store with data is refused, saying why.

        ``snapshot_restored`` tells how it ended (rows restored, or None).
        """
        from quadrant.ui.background import BackgroundTask
        from quadrant.ui.import_flow import read_import_file

        title = self.tr("Restore from snapshot")
        try:
            occupied = self.snapshots.holds_data()
        except QuadrantError as e:
            self._tell(title, user_message(e))
            return
        if occupied:
            self._tell(title, self.tr(
                "Quadrant already holds tasks or other data, and a snapshot replaces everything, "
                "so it is only restored into an empty Quadrant. To restore it, start Quadrant "
                "with an empty data folder (quadrant --data-dir NEW_FOLDER) and choose "
                "File → Restore from snapshot… there, or use 'quadrant restore-snapshot'."
            ))  # fmt: skip
            return
        chosen = self.choose_open_file(self.window, title, self.tr("Snapshot (*.json)"))
        if chosen is None:
            return
        snapshots = self.snapshots
        label = self.tr("Restoring %1…").replace("%1", chosen.name)
        task = BackgroundTask(
            self.window, title, label,
            lambda _cancelled: snapshots.restore_snapshot(read_import_file(chosen)),
            cancellable=False,
        )  # fmt: skip
        task.finished.connect(lambda rows: self._on_snapshot_restored(chosen, rows))
        task.failed.connect(lambda error: self._on_snapshot_failed(title, error))
        task.start()

    def _on_snapshot_restored(self, source: Path, rows: object) -> None:
        try:
            self._after_data_replaced()
        except QuadrantError as e:
            self._status(user_message(e))
        self._status(self.tr("Snapshot restored: %1 rows from %2").replace("%1", str(rows))
                     .replace("%2", source.name))  # fmt: skip
        self.snapshot_restored.emit(rows)

    def _on_snapshot_failed(self, title: str, error: QuadrantError) -> None:
        self._tell(title, user_message(error))
        self.snapshot_restored.emit(None)

    def back_up_now(self) -> Path | None:
        """Take a verified backup now and say where it went."""
        try:
            backup = self.backups.back_up_now()
        except QuadrantError as e:
            self._tell(self.tr("Back up now"), user_message(e))
            return None
        self._status(self.tr("Backup written and verified: %1").replace("%1", str(backup)))
        return backup

    def restore_from_backup(self) -> RestoreDialog:
        """Open the restore dialog on the backups there are."""
        from quadrant.ui.dialogs.restore_dialog import RestoreDialog

        try:
            entries = self.backups.entries()
        except QuadrantError as e:
            self._status(user_message(e))
            entries = []
        dialog = RestoreDialog(entries, self._restore, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._on_restore_dialog_restored)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restore(self, backup: Path) -> None:
        """The dialog's restore: the backup in, then the window reads it."""
        self.backups.restore(backup)
        self._after_data_replaced()

    def _on_restore_dialog_restored(self, backup: Path) -> None:
        self._status(self.tr("Backup restored: %1").replace("%1", backup.name))

    def _after_data_replaced(self) -> None:
        """Everything on screen and on the undo stack is about data that is gone."""
        self.window.task_actions.undo_stack.clear()
        self.window.store.load()

    # Helpers -------------------------------------------------------------------

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("transfer_message")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)


def install_transfer_actions(
    window: MainWindow, backups: Backups, snapshots: Snapshots
) -> TransferActions:
    """Add import, export, snapshot and backup actions to ``window``'s menus."""
    return TransferActions(window, backups, snapshots)


def _menu_holding(window: MainWindow, action: QAction) -> QMenu | None:
    """The menu bar menu that holds ``action``."""
    for item in window.menuBar().actions():
        menu = item.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


def _first_separator(menu: QMenu) -> QAction | None:
    return next((action for action in menu.actions() if action.isSeparator()), None)
