"""Tasks in and out, and the backups, in the menus: File → Import/Export…, Help → Back up now.

app.py calls :func:`install_transfer_actions` with the data folder's
:class:`~quadrant.ui.backup_port.Backups` and ``Snapshots``; everything here
hangs off the window's File and Help menus, the window itself knows nothing
of it. File choosers are attributes (``choose_open_file``,
``choose_save_file``) so tests can answer them without a native dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from quadrant.domain.errors import QuadrantError
from quadrant.ui.backup_port import Backups, Snapshots
from quadrant.ui.errors import user_message
from quadrant.ui.main_window import MainWindow

if TYPE_CHECKING:  # loaded on first use: the menus are built before the first paint
    from quadrant.services.transfer import ExportScope
    from quadrant.ui.backup_timer import BackupScheduler
    from quadrant.ui.dialogs.export_dialog import ExportDialog, ExportFormat
    from quadrant.ui.dialogs.restore_dialog import RestoreDialog
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
    """The import, export, snapshot and backup actions of one main window."""

    def __init__(self, window: MainWindow, backups: Backups, snapshots: Snapshots) -> None:
        super().__init__(window)
        self.window = window
        self.backups = backups
        self.snapshots = snapshots
        self.choose_open_file: ChooseOpen = ask_open_file
        self.choose_save_file: ChooseSave = ask_save_file
        self._imports: ImportFlow | None = None
        self._scheduler: BackupScheduler | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.export_dialog: ExportDialog | None = None
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
            "restore_snapshot_action", self.tr("Restore from s&napshot…"), self.restore_snapshot
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

    def export_tasks(self) -> ExportDialog:
        """Ask for the format and the tasks, then for the file."""
        from quadrant.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._export_chosen(dialog.export_format, dialog.scope))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _export_chosen(self, export_format: ExportFormat, scope: ExportScope) -> None:
        from quadrant.ui.dialogs.export_dialog import ExportFormat

        filters = {
            ExportFormat.ICS: self.tr("iCalendar (*.ics)"),
            ExportFormat.CSV: self.tr("CSV (*.csv)"),
        }
        target = self.choose_save_file(
            self.window, self.tr("Export tasks"), f"quadrant-tasks.{export_format.value}",
            filters[export_format],
        )  # fmt: skip
        if target is not None:
            self.export_to(target.with_suffix(f".{export_format.value}"), export_format, scope)

    def export_to(self, target: Path, export_format: ExportFormat, scope: ExportScope) -> int:
        """Write the tasks to ``target`` (whole or not at all); returns how many, -1 on failure."""
        from quadrant.interop.atomic import write_atomically  # the formats load when used
        from quadrant.interop.csv_tasks import export_csv
        from quadrant.interop.ical_export import export_ics
        from quadrant.services.transfer import tasks_to_export
        from quadrant.ui.dialogs.export_dialog import ExportFormat

        try:
            tasks = tasks_to_export(self.window.store.unit_of_work_factory(), scope)
            data = export_ics(tasks) if export_format is ExportFormat.ICS else export_csv(tasks)
            write_atomically(target, data)
        except QuadrantError as e:
            self._tell(self.tr("Export tasks"), user_message(e))
            return -1
        self._status(self.tr("%n task(s) written to %1", "", len(tasks)).replace("%1", str(target)))
        return len(tasks)

    def export_everything(self) -> None:
        """Ask for a file and write the full snapshot to it."""
        target = self.choose_save_file(
            self.window, self.tr("Export everything"),
            f"quadrant-snapshot-{date.today().isoformat()}.json", self.tr("Snapshot (*.json)"),
        )  # fmt: skip
        if target is None:
            return
        try:
            rows = self.snapshots.export_everything(target)
        except QuadrantError as e:
            self._tell(self.tr("Export everything"), user_message(e))
            return
        self._status(self.tr("Snapshot written: %1 (%2 rows)").replace("%1", str(target))
                     .replace("%2", str(rows)))  # fmt: skip

    # Snapshot and backups ------------------------------------------------------

    def restore_snapshot(self) -> None:
        """Rebuild an empty store from a snapshot; a store with data is refused, saying why."""
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
        try:
            rows = self.snapshots.restore_snapshot(read_import_file(chosen))
            self._after_data_replaced()
        except QuadrantError as e:
            self._tell(title, user_message(e))
            return
        self._status(self.tr("Snapshot restored: %1 rows from %2").replace("%1", str(rows))
                     .replace("%2", chosen.name))  # fmt: skip

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
