"""The start-up damage check, and the way back when it fails.

``PRAGMA quick_check`` reads every page: about 80 ms on a heavy user's
48 MB database, more than start-up can spend before the first paint. So it
runs in a thread *beside* the first paint (SQLite releases the GIL while it
reads), and its verdict is awaited only before the database is opened for
writing. A damaged database is never opened: it is set aside as
``*.corrupt-<stamp>`` (kept, never deleted), the matrix is emptied, and the
restore dialog offers the backups. Restoring one resumes the start-up as if
nothing had happened; cancelling ends it, saying where the damaged file is.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from quadrant.domain.errors import QT_TRANSLATE_NOOP, QuadrantError, StorageError
from quadrant.ui.backup_port import Backups
from quadrant.ui.main_window import MainWindow

if TYPE_CHECKING:  # only a damaged database needs it
    from quadrant.ui.dialogs.restore_dialog import RestoreDialog

log = logging.getLogger(__name__)

OK = "ok"


class StartupGuard(QObject):
    """Checks the database once at start; on damage, hands over to the restore dialog.

    Signals:
        damaged(Path): the database was damaged and set aside there.
        restored(Path): a backup was restored after damage; start-up resumes.
    """

    damaged = Signal(Path)
    restored = Signal(Path)

    def __init__(
        self,
        window: MainWindow,
        backups: Backups,
        resume: Callable[[], None],
        give_up: Callable[[Exception], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._backups = backups
        self._resume = resume
        self._give_up = give_up
        self._verdict: str | None = None
        self._thread: threading.Thread | None = None
        self.dialog: RestoreDialog | None = None

    def begin(self) -> None:
        """Start the check in a thread; returns at once. Once is enough per start."""
        if self._thread is not None or self._verdict is not None:
            return
        self._thread = threading.Thread(target=self._check, name="quick-check", daemon=True)
        self._thread.start()

    def passed(self) -> bool:
        """Wait for the verdict: True when the database may be opened for writing.

        False when it is damaged: the restore dialog is open by then, and
        start-up continues only through ``resume`` after a restore.
        """
        if self._verdict is None:
            self.begin()
            assert self._thread is not None
            self._thread.join()
        if self._verdict == OK:
            return True
        if self.dialog is None:
            self._handle_damage()
        return False

    def _check(self) -> None:
        try:
            verdict = self._backups.check()
        except QuadrantError:
            log.exception("the start-up check could not run; opening normally")
            verdict = OK  # opening reports a real problem itself, in words
        self._verdict = verdict

    def _handle_damage(self) -> None:
        from quadrant.ui.dialogs.restore_dialog import RestoreDialog

        log.error("the database is damaged; setting it aside")
        try:
            kept = self._backups.set_aside_damaged()
        except QuadrantError as e:
            self._give_up(e)
            return
        self.damaged.emit(kept)
        self._window.store.show_open((), ())  # nothing read from the damaged file stays shown
        intro = self.tr(
            "Quadrant's database is damaged, so it was not opened. It has been kept, "
            "unchanged, as:\n%1\n\nChoose a backup to restore; Quadrant then opens it."
        ).replace("%1", str(kept))
        try:
            entries = self._backups.entries()
        except QuadrantError:
            entries = []
        dialog = RestoreDialog(entries, self._backups.restore, intro, self._window)
        dialog.restored.connect(self._on_dialog_restored)
        dialog.rejected.connect(lambda: self._on_dialog_rejected(kept))
        self.dialog = dialog
        dialog.open()

    def _on_dialog_restored(self, backup: Path) -> None:
        log.info("restored a backup after damage: %s", backup)
        self._verdict = OK  # restore_backup verified the restored database
        self.restored.emit(backup)
        self._resume()

    def _on_dialog_rejected(self, kept: Path) -> None:
        self._give_up(
            StorageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Nothing was opened: the database is damaged. It was kept as {path}. "
                    "The next start begins with an empty database; a backup can still be "
                    "brought back with Help → Restore from backup… or 'quadrant restore newest'.",
                ),
                params={"path": str(kept)},
            )
        )
