"""Backups nobody has to think of: one shortly after start, then every 30 minutes.

Each run asks the data folder for a backup *only if the data changed* since
the newest one (``Backups.back_up_if_changed``, a few file stats when
nothing did), so an idle afternoon adds no files, while a busy one gets a
backup every half hour. The start-up one waits until the window is filled,
so it never slows the first paint, and every backup runs in a worker thread:
a heavy user's database takes half a second to copy and verify.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from quadrant.domain.errors import QT_TRANSLATE_NOOP, QuadrantError
from quadrant.ui.backup_port import Backups
from quadrant.ui.errors import user_message

log = logging.getLogger(__name__)

START_DELAY_MS = 1000
"""After the window is filled: the start-up backup must not compete with the first paint."""

PERIOD_MS = 30 * 60 * 1000


class BackupScheduler(QObject):
    """Takes the automatic backups ("start", then "periodic").

    Signals:
        finished(object): a run ended; the new backup's Path, or None when
            nothing had changed.
        failed(str): a run failed; the text says why, for the status bar.
    """

    finished = Signal(object)
    failed = Signal(str)
    _worker_done = Signal(object, object)  # (Path | None, QuadrantError | None), from the worker

    def __init__(self, backups: Backups, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self.running = False
        self.timer = QTimer(self)
        self.timer.setObjectName("backup_timer")
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._worker_done.connect(self._on_worker_done)

    def start(self) -> None:
        """Schedule the start-up backup and start the 30-minute timer."""
        QTimer.singleShot(START_DELAY_MS, self._on_start_delay_elapsed)
        self.timer.start()

    def stop(self) -> None:
        """No more automatic backups (the app is closing, or restoring)."""
        self.timer.stop()

    def _on_start_delay_elapsed(self) -> None:
        self.run("start")

    def _on_timer_timeout(self) -> None:
        self.run("periodic")

    def run(self, reason: str) -> bool:
        """Start a backup-if-changed in a worker; False when one is still running."""
        if self.running:
            return False
        self.running = True
        QThreadPool.globalInstance().start(lambda: self._work(reason))
        return True

    def _work(self, reason: str) -> None:
        """The worker's part: the backup, or the error, sent back to the GUI thread."""
        try:
            taken = self._backups.back_up_if_changed(reason)
        except QuadrantError as e:
            self._worker_done.emit(None, e)
        except Exception as e:  # never lose a worker silently
            log.exception("automatic backup failed unexpectedly")
            error = QuadrantError(
                QT_TRANSLATE_NOOP("errors", "The automatic backup failed: {reason}"),
                params={"reason": str(e)},
            )
            self._worker_done.emit(None, error)
        else:
            self._worker_done.emit(taken, None)

    def _on_worker_done(self, taken: Path | None, error: QuadrantError | None) -> None:
        self.running = False
        if error is not None:
            log.warning("automatic backup failed")
            self.failed.emit(user_message(error))
            return
        if taken is not None:
            log.info("automatic backup written: %s", taken)
        self.finished.emit(taken)
