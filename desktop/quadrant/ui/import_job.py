"""One import running beside the window: read the file, back up, write — or cancel.

A 10,000-task .ics file takes seconds to parse and seconds to write, too long
to freeze the window. The whole job runs in one worker thread with its own
unit of work, so the import is still one transaction; the window only
receives signals. Cancelling raises inside the import's progress report, so
the unit of work rolls back and nothing is changed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from quadrant.domain.errors import QT_TRANSLATE_NOOP, QuadrantError, StorageError
from quadrant.domain.transfer import ImportBatch
from quadrant.services.transfer import ImportSummary, Progress

log = logging.getLogger(__name__)


class Stage(Enum):
    """What the job is doing, for the progress dialog's label."""

    READING = "reading"
    BACKING_UP = "backing-up"
    IMPORTING = "importing"


@dataclass(frozen=True, slots=True)
class ImportSteps:
    """The three steps of an import, as plain callables (the flow builds them).

    Attributes:
        parse: reads the file into records (runs in the worker).
        back_up: takes the backup before the import; returns it, or None.
        write: imports the records in one unit of work, reporting progress.
    """

    parse: Callable[[], ImportBatch]
    back_up: Callable[[], Path | None]
    write: Callable[[ImportBatch, Progress], ImportSummary]


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """A finished import: what it did, and the backup taken before it."""

    summary: ImportSummary
    backup: Path | None


class Cancelled(Exception):
    """Raised inside the worker when the user cancelled; the unit of work rolls back."""


class ImportJob(QObject):
    """Runs :class:`ImportSteps` in a worker thread.

    Exactly one of ``finished``, ``failed`` and ``cancelled`` is emitted, once.

    Signals:
        stage_changed(Stage): the job moved on to reading, backing up or importing.
        progressed(int, int): records done and total, while importing.
        finished(ImportOutcome): the import was committed.
        failed(QuadrantError): nothing was imported; the error says why.
        cancelled(): the user cancelled; nothing was imported.
    """

    stage_changed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, steps: ImportSteps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self._cancel = threading.Event()
        self._done = threading.Event()

    def start(self) -> None:
        """Run the steps in Qt's thread pool; returns at once."""
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        """Ask the job to stop; a job that already committed is not undone."""
        self._cancel.set()

    @property
    def done(self) -> bool:
        """Whether the job has ended (in any of its three ways)."""
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has ended (for shutdown); returns whether it did."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        """The worker thread's body: every outcome becomes one signal."""
        try:
            outcome = self._steps_in_order()
        except Cancelled:
            log.info("import cancelled; nothing was changed")
            self._done.set()
            self.cancelled.emit()
        except QuadrantError as e:
            self._done.set()
            self.failed.emit(e)
        except Exception as e:  # a bug must not end the worker silently
            log.exception("import failed unexpectedly")
            error = StorageError(
                QT_TRANSLATE_NOOP(
                    "errors", "The import failed; nothing was changed. The log has the details."
                )
            )
            error.__cause__ = e
            self._done.set()
            self.failed.emit(error)
        else:
            self._done.set()
            self.finished.emit(outcome)

    def _steps_in_order(self) -> ImportOutcome:
        """Parse while the backup is taken, then import.

        The backup is SQLite's C code and lets go of the GIL; the parser is
        Python. Side by side, a heavy user's 0.7 s backup hides behind the
        parse. Nothing writes until both are done.
        """
        self.stage_changed.emit(Stage.READING)
        backing_up = _Background(self._steps.back_up)
        try:
            batch = self._steps.parse()
            self._check()
        finally:
            backing_up.join()  # a failed or cancelled import leaves no backup half-written
        self.stage_changed.emit(Stage.BACKING_UP)
        backup = backing_up.result()
        self._check()
        self.stage_changed.emit(Stage.IMPORTING)
        return ImportOutcome(self._steps.write(batch, self._report), backup)

    def _check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def _report(self, done: int, total: int) -> None:
        """The import's progress callback: stops the import when cancelled."""
        self._check()
        self.progressed.emit(done, total)


class _Background:
    """A call running in its own thread; ``result()`` waits and returns or re-raises."""

    def __init__(self, call: Callable[[], Path | None]) -> None:
        self._call = call
        self._value: Path | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="import-backup", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._call()
        except BaseException as e:  # handed to the job's thread, which reports it
            self._error = e

    def join(self) -> None:
        self._thread.join()

    def result(self) -> Path | None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value
