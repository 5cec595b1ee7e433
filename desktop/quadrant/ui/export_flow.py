"""File → Export tasks… and Export everything: choose, then write beside the window.

Both end in one file written atomically (complete or not there). The work
runs in the background (:mod:`quadrant.ui.background`): a heavy user's
47,000 tasks take half a minute as iCalendar. Cancel writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from quadrant.domain.errors import QuadrantError
from quadrant.services.transfer import ExportScope
from quadrant.ui.background import Abandoned, BackgroundTask
from quadrant.ui.backup_port import Snapshots
from quadrant.ui.dialogs.export_dialog import ExportDialog, ExportFormat
from quadrant.ui.errors import user_message
from quadrant.ui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ChooseSave = Callable[["QWidget", str, str, str], Path | None]
"""(parent, title, suggested name, name filter) → the chosen file, or None."""


def with_suffix(target: Path, export_format: ExportFormat) -> Path:
    """``target`` ending in the format's suffix: added when missing, never replacing a name part."""
    suffix = f".{export_format.value}"
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)


class ExportFlow(QObject):
    """The two exports of one window.

    Signals:
        finished(object): an export ended: how many tasks or rows were written,
            or None when it failed or was cancelled.
        message(str, str): a problem to show (title, text).
        status(str): a result for the status bar.
    """

    finished = Signal(object)
    message = Signal(str, str)
    status = Signal(str)

    def __init__(
        self, window: MainWindow, snapshots: Snapshots, choose_save: ChooseSave, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._snapshots = snapshots
        self._choose_save = choose_save
        self.dialog: ExportDialog | None = None
        self.task: BackgroundTask | None = None

    def export_tasks(self) -> ExportDialog:
        """Ask for the format and the tasks, then for the file."""
        dialog = ExportDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._on_dialog_accepted(dialog.export_format, dialog.scope)
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_accepted(self, export_format: ExportFormat, scope: ExportScope) -> None:
        filters = {
            ExportFormat.ICS: self.tr("iCalendar (*.ics)"),
            ExportFormat.CSV: self.tr("CSV (*.csv)"),
        }
        target = self._choose_save(
            self._window, self.tr("Export tasks"), f"quadrant-tasks.{export_format.value}",
            filters[export_format],
        )  # fmt: skip
        if target is not None:
            self.export_to(with_suffix(target, export_format), export_format, scope)

    def export_to(self, target: Path, export_format: ExportFormat, scope: ExportScope) -> None:
        """Write the tasks to ``target`` in the background; ``finished`` tells how many."""
        from quadrant.interop.atomic import check_target, write_atomically  # formats load when used
        from quadrant.interop.csv_tasks import export_csv
        from quadrant.interop.ical_export import export_ics
        from quadrant.services.transfer import tasks_to_export

        new_uow = self._window.store.unit_of_work_factory

        def work(cancelled: Callable[[], bool]) -> int:
            check_target(target)
            tasks = tasks_to_export(new_uow(), scope)
            data = export_ics(tasks) if export_format is ExportFormat.ICS else export_csv(tasks)
            if cancelled():
                raise Abandoned
            write_atomically(target, data)
            return len(tasks)

        def done(count: object) -> None:
            text = self.tr("%n task(s) written to %1", "", int(str(count)))
            self.status.emit(text.replace("%1", str(target)))

        label = self.tr("Writing the tasks to %1…").replace("%1", target.name)
        self._run(self.tr("Export tasks"), label, work, done)

    def export_everything(self) -> None:
        """Ask for a file and write the full snapshot to it in the background."""
        target = self._choose_save(
            self._window, self.tr("Export everything"),
            f"quadrant-snapshot-{date.today().isoformat()}.json", self.tr("Snapshot (*.json)"),
        )  # fmt: skip
        if target is None:
            return
        snapshots = self._snapshots

        def work(cancelled: Callable[[], bool]) -> int:
            if cancelled():
                raise Abandoned
            return snapshots.export_everything(target)

        def done(rows: object) -> None:
            text = self.tr("Snapshot written: %1 (%2 rows)").replace("%1", str(target))
            self.status.emit(text.replace("%2", str(rows)))

        label = self.tr("Writing everything to %1…").replace("%1", target.name)
        self._run(self.tr("Export everything"), label, work, done)

    def _run(
        self,
        title: str,
        label: str,
        work: Callable[[Callable[[], bool]], int],
        done: Callable[[object], None],
    ) -> None:
        task = BackgroundTask(self._window, title, label, work)
        task.finished.connect(done)
        task.finished.connect(self.finished.emit)
        task.failed.connect(lambda error: self._on_task_failed(title, error))
        task.cancelled.connect(self._on_task_cancelled)
        self.task = task
        task.start()

    def _on_task_failed(self, title: str, error: QuadrantError) -> None:
        self.message.emit(title, user_message(error))
        self.finished.emit(None)

    def _on_task_cancelled(self) -> None:
        self.status.emit(self.tr("Export cancelled; nothing was written."))
        self.finished.emit(None)
