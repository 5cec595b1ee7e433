"""File → Import tasks…: read the file, map its columns (CSV), back up, import, summarise.

The steps the user sees: a CSV file first gets the column-mapping dialog; then
a progress dialog (only when the import takes a moment) while a worker reads
the file, backs up the store and imports in one transaction; then the summary.
Cancel at any point changes nothing. An import is not on the undo stack —
ten thousand tasks are not one click to take back — so the summary names the
backup taken just before it instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ImportRejected, QuadrantError
from quadrant.domain.transfer import ImportBatch
from quadrant.services.transfer import ImportSummary, Progress, import_batch
from quadrant.ui.backup_port import Backups
from quadrant.ui.dialogs.import_summary import ImportSummaryDialog, headline
from quadrant.ui.errors import user_message
from quadrant.ui.import_job import ImportJob, ImportOutcome, ImportSteps, Stage
from quadrant.ui.task_store import TaskStore

if TYPE_CHECKING:  # the file formats load on the first import, not at start-up (icalendar: 250 ms)
    from quadrant.interop.csv_tasks import CsvTable
    from quadrant.ui.dialogs.csv_mapping_dialog import CsvMappingDialog

MAX_IMPORT_BYTES = 256 * 1024 * 1024
"""Read guard; each format's own limit is lower and says so."""

PROGRESS_DELAY_MS = 400
"""The progress dialog appears only for imports that take longer than this."""

CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})


def read_import_file(path: Path) -> bytes:
    """The file's bytes, refusing what is too large to be a task list.

    Raises:
        ImportRejected: the file cannot be read or is too large.
    """
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportRejected(
                QT_TRANSLATE_NOOP("errors", "{name} is too large to import."),
                params={"name": path.name},
            )
        return path.read_bytes()
    except OSError as e:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
            params={"path": path.name, "reason": e.strerror or str(e)},
        ) from e


class ImportFlow(QObject):
    """One import at a time, from file to summary.

    Signals:
        job_started(ImportJob): a job is about to run (tests and the app may watch it).
        finished(object): the ImportOutcome once committed; None when cancelled or failed.
    """

    job_started = Signal(object)
    finished = Signal(object)

    def __init__(
        self, parent: QWidget, store: TaskStore, backups: Backups, owner: QObject | None = None
    ) -> None:
        super().__init__(owner or parent)
        self._parent = parent
        self._store = store
        self._backups = backups
        self.job: ImportJob | None = None
        self.progress: QProgressDialog | None = None
        self.mapping_dialog: CsvMappingDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self.message: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        """Whether an import is under way."""
        return self.job is not None and not self.job.done

    def start(self, path: Path) -> None:
        """Import ``path``: iCalendar directly, CSV after the mapping dialog."""
        from quadrant.interop.csv_tasks import read_table
        from quadrant.interop.ical import parse_ics
        from quadrant.interop.ical_lines import looks_like_ics
        from quadrant.interop.snapshot import looks_like_snapshot

        if self.busy:
            self._tell(self.tr("An import is still running. Wait for it to finish first."))
            return
        try:
            data = read_import_file(path)
            if looks_like_snapshot(data):
                self._tell(
                    self.tr(
                        "%1 is a full Quadrant snapshot, not a task list. Use File → Restore "
                        "from snapshot… to bring it back (only into an empty Quadrant)."
                    ).replace("%1", path.name)
                )
            elif looks_like_ics(data):
                self._run(path.name, lambda: parse_ics(data))
                return
            elif path.suffix.lower() in CSV_SUFFIXES:
                self._ask_mapping(path.name, read_table(data))
                return
            else:
                self._tell(
                    self.tr(
                        "%1 is not a file Quadrant can import. Choose an iCalendar (.ics) "
                        "or CSV (.csv) file."
                    ).replace("%1", path.name)
                )
        except QuadrantError as e:
            self._tell(self._nothing_imported(user_message(e)))
        self.finished.emit(None)

    # Steps ---------------------------------------------------------------------

    def _ask_mapping(self, name: str, table: CsvTable) -> None:
        from quadrant.interop.csv_tasks import read_rows
        from quadrant.ui.dialogs.csv_mapping_dialog import CsvMappingDialog

        dialog = CsvMappingDialog(table, name, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            mapping = (
                dialog.mapping()
            )  # now, in this thread: the dialog is gone when the worker runs
            self._run(name, lambda: read_rows(table, mapping))

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(lambda: self.finished.emit(None))
        self.mapping_dialog = dialog
        dialog.open()

    def _run(self, name: str, parse: Callable[[], ImportBatch]) -> None:
        """Start the worker and the progress dialog that follows it."""
        steps = ImportSteps(parse, lambda: self._backups.back_up_before("import"), self._write)
        job = ImportJob(steps, self)
        progress = self._progress_dialog(name)
        progress.canceled.connect(job.cancel)
        job.stage_changed.connect(lambda stage: self._on_job_stage_changed(name, stage))
        job.progressed.connect(self._on_job_progressed)
        job.finished.connect(lambda outcome: self._on_job_finished(name, outcome))
        job.failed.connect(self._on_job_failed)
        job.cancelled.connect(self._on_job_cancelled)
        self.job = job
        self.job_started.emit(job)
        job.start()

    def _write(self, batch: ImportBatch, progress: Progress) -> ImportSummary:
        """The import itself, in the worker, with a unit of work of its own."""
        return import_batch(self._store.unit_of_work_factory(), batch, progress=progress)

    def _progress_dialog(self, name: str) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("Reading %1…").replace("%1", name), self.tr("Cancel"), 0, 0, self._parent
        )
        dialog.setObjectName("import_progress")
        dialog.setWindowTitle(self.tr("Importing tasks"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.setValue(0)
        self.progress = dialog
        return dialog

    # Job signals -----------------------------------------------------------------

    def _on_job_stage_changed(self, name: str, stage: Stage) -> None:
        if self.progress is None:
            return
        labels = {
            Stage.READING: self.tr("Reading %1…"),
            Stage.BACKING_UP: self.tr("Backing up before importing %1…"),
            Stage.IMPORTING: self.tr("Importing the tasks of %1…"),
        }
        self.progress.setLabelText(labels[stage].replace("%1", name))

    def _on_job_progressed(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _on_job_finished(self, name: str, outcome: ImportOutcome) -> None:
        self._close_progress()
        try:
            self._store.load()
        except QuadrantError as e:
            self._status(user_message(e))
        dialog = ImportSummaryDialog(outcome.summary, name, outcome.backup, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_dialog = dialog
        dialog.open()
        self._status(headline(outcome.summary, name))
        self.finished.emit(outcome)

    def _on_job_failed(self, error: QuadrantError) -> None:
        self._close_progress()
        self._tell(self._nothing_imported(user_message(error)))
        self.finished.emit(None)

    def _on_job_cancelled(self) -> None:
        self._close_progress()
        self._status(self.tr("Import cancelled; nothing was changed."))
        self.finished.emit(None)

    # Helpers ---------------------------------------------------------------------

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()  # closing a QProgressDialog emits canceled
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _nothing_imported(self, reason: str) -> str:
        return self.tr("Nothing was imported. %1").replace("%1", reason)

    def _tell(self, text: str) -> None:
        """A message the user must see, opened without blocking."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Import tasks"), text,
            QMessageBox.StandardButton.Ok, self._parent,
        )  # fmt: skip
        box.setObjectName("import_message")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def _status(self, text: str) -> None:
        window = self._parent.window()
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 10_000)
