"""Slow file work beside the window: exports and snapshots, with a busy dialog.

Writing all of a heavy user's 47,000 tasks as iCalendar takes half a minute,
a full snapshot seconds; the window must stay alive meanwhile. The work runs
in Qt's thread pool; the GUI thread only shows a busy dialog (after a short
delay, so quick work shows none) and hears the result through signals.
Cancel asks the work, through ``cancelled()``, to stop before it writes
anything; the dialog goes at once, and the work reports how it ended when it
ends: ``cancelled`` if it stopped in time, ``finished`` if it had already
written (so no message ever claims a file was not written when it was).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from quadrant.domain.errors import QT_TRANSLATE_NOOP, QuadrantError, StorageError

log = logging.getLogger(__name__)

BUSY_DELAY_MS = 400
"""The busy dialog appears only for work that takes longer than this."""

Work = Callable[[Callable[[], bool]], object]
"""The work: called with ``cancelled()`` (check it before writing); returns the result."""


_ABANDONED = object()


class Abandoned(Exception):
    """Raised by work that saw ``cancelled()``: nothing was written."""


class BackgroundTask(QObject):
    """Runs one :data:`Work` in a worker thread; exactly one signal reports its end.

    Signals:
        finished(object): the work's result.
        failed(QuadrantError): the work failed; the error says why.
        cancelled(): the user cancelled; nothing was written.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    _ended = Signal(object, object)  # (result, error), from the worker

    def __init__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        work: Work,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setObjectName("background_progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(BUSY_DELAY_MS)
        self.dialog.setMinimumWidth(420)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._on_dialog_canceled)
        self._ended.connect(self._on_ended)
        self._dialog_open = True

    def start(self) -> None:
        """Begin the work; returns at once."""
        self.dialog.setValue(0)
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        try:
            result = self._work(self._stop.is_set)
        except Abandoned:
            self._ended.emit(_ABANDONED, None)
        except QuadrantError as e:
            self._ended.emit(None, e)
        except Exception as e:  # a bug must not end the worker silently
            log.exception("background work failed unexpectedly")
            error = StorageError(
                QT_TRANSLATE_NOOP(
                    "errors", "The work failed; nothing was written. The log has the details."
                )
            )
            error.__cause__ = e
            self._ended.emit(None, error)
        else:
            self._ended.emit(result, None)

    def _on_dialog_canceled(self) -> None:
        self._stop.set()
        self._close_dialog()

    def _on_ended(self, result: object, error: QuadrantError | None) -> None:
        self._close_dialog()
        if error is not None:
            self.failed.emit(error)
        elif result is _ABANDONED:
            self.cancelled.emit()
        else:
            self.finished.emit(result)

    def _close_dialog(self) -> None:
        if self._dialog_open:
            self._dialog_open = False
            self.dialog.canceled.disconnect(self._on_dialog_canceled)  # closing emits canceled
            self.dialog.close()
            self.dialog.deleteLater()
