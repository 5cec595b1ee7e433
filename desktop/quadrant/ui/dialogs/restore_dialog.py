"""Choose a backup and bring it back: after damage at start, or from Help → Restore from backup….

Each backup is listed with when it was taken, how many tasks it holds and
why it was taken, newest first; the newest one that can be read is chosen
already, since that is almost always the one to restore. The restore itself
is the caller's (a callable, so the dialog never touches the store); a
failure is shown in the dialog and another backup can be tried.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.errors import QuadrantError
from quadrant.ui.backup_port import BackupEntry
from quadrant.ui.errors import user_message
from quadrant.ui.labels import local_datetime

Restore = Callable[[Path], None]
"""Brings a backup back; raises QuadrantError with a message for the user."""


def reason_label(reason: str) -> str:
    """Why a backup was taken, in words."""
    translate = QCoreApplication.translate
    labels = {
        "start": translate("RestoreDialog", "At start"),
        "periodic": translate("RestoreDialog", "While working"),
        "import": translate("RestoreDialog", "Before an import"),
        "migration": translate("RestoreDialog", "Before an update"),
        "before-restore": translate("RestoreDialog", "Before a restore"),
        "manual": translate("RestoreDialog", "Backed up by you"),
    }
    return labels.get(reason, reason)


class RestoreDialog(QDialog):
    """The backups, newest first; Restore brings the chosen one back.

    Signals:
        restored(Path): the chosen backup is now the database.
    """

    restored = Signal(Path)

    def __init__(
        self,
        entries: Sequence[BackupEntry],
        restore: Restore,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 360)
        self._restore = restore
        self._entries = list(entries)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro or self._default_intro())
        self.intro.setObjectName("restore_intro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.intro)
        self.list = QTreeWidget()
        self.list.setObjectName("backup_list")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Tasks"), self.tr("Why")])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.list, 1)
        self.error = QLabel()
        self.error.setObjectName("restore_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill()
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(self._on_buttons_accepted)
        self._on_list_current_item_changed()

    def _default_intro(self) -> str:
        return self.tr(
            "Choose the backup to bring back. What is in Quadrant now is backed up first, "
            "so a restore can itself be undone by restoring that backup."
        )

    def _fill(self) -> None:
        locale = QLocale()
        chosen: QTreeWidgetItem | None = None
        for entry in self._entries:
            local = local_datetime(entry.taken_at)
            day = locale.toString(local.date(), QLocale.FormatType.LongFormat)
            taken = f"{day}  {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"
            count = str(entry.task_count) if entry.readable else self.tr("unreadable")
            item = QTreeWidgetItem([taken, count, reason_label(entry.reason)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(entry.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, entry.path.name)
            if not entry.readable:
                item.setDisabled(True)
            elif chosen is None:
                chosen = item
            self.list.addTopLevelItem(item)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        if not self._entries:
            self._show_error(self.tr("There are no backups yet."))

    def chosen_backup(self) -> Path | None:
        """The selected backup, if any."""
        item = self.list.currentItem()
        if item is None or item.isDisabled():
            return None
        return Path(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def choose(self, row: int) -> None:
        """Select the backup in ``row`` (newest is 0)."""
        item = self.list.topLevelItem(row)
        if item is not None:
            self.list.setCurrentItem(item)

    def _on_list_current_item_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen_backup() is not None)

    def _on_buttons_accepted(self) -> None:
        backup = self.chosen_backup()
        if backup is None:
            return
        try:
            self._restore(backup)
        except QuadrantError as e:
            self._show_error(user_message(e))
            return
        self.restored.emit(backup)
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
