"""Follow-ups: replies whose follow-up date has come, to check back on and record the answer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.replies import ReplyOutcome
from quadrant.domain.reply_record import Reply
from quadrant.ui.labels import local_datetime
from quadrant.ui.reply_labels import kind_short


class FollowUpsDialog(QDialog):
    """The replies to check back on, oldest follow-up first.

    Signals:
        outcome_chosen(int, ReplyOutcome): the user recorded an answer for a reply.
        task_opened(int): the user wants to see the reply's task.
    """

    outcome_chosen = Signal(int, object)
    task_opened = Signal(int)

    def __init__(self, load: Callable[[], Sequence[Reply]], parent: QWidget | None = None):
        super().__init__(parent)
        self._load = load
        self.setObjectName("follow_ups_dialog")
        self.setWindowTitle(self.tr("Follow-ups"))
        self.resize(760, 460)
        intro = QLabel(
            self.tr(
                "Replies whose follow-up date has come. Check back, then record how it was taken."
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Replies to follow up"))
        self.table.setHeaderLabels(
            [self.tr("Task"), self.tr("To"), self.tr("Reply"), self.tr("Sent"),
             self.tr("Follow up")]
        )  # fmt: skip
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the selected reply"))
        self.text.setMaximumHeight(140)
        self.accepted_button = QPushButton(self.tr("&Accepted"))
        self.accepted_button.setAccessibleName(self.tr("Record: accepted"))
        self.pushed_back_button = QPushButton(self.tr("&Pushed back"))
        self.pushed_back_button.setAccessibleName(self.tr("Record: pushed back"))
        self.open_button = QPushButton(self.tr("Open &task"))
        self.open_button.setAccessibleName(self.tr("Open the task"))
        self.empty = QLabel(self.tr("Nothing to follow up today."))
        buttons = QHBoxLayout()
        for button in (self.accepted_button, self.pushed_back_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.currentItemChanged.connect(self._on_table_current_item_changed)
        self.accepted_button.clicked.connect(lambda: self._record(ReplyOutcome.ACCEPTED))
        self.pushed_back_button.clicked.connect(lambda: self._record(ReplyOutcome.PUSHED_BACK))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.reload()

    def reload(self) -> None:
        """Read the due follow-ups again."""
        self.table.clear()
        locale = self.locale()
        for reply in self._load():
            sent = locale.toString(local_datetime(reply.at), locale.FormatType.ShortFormat)
            due = reply.follow_up_at
            follow = (
                locale.toString(local_datetime(due).date(), locale.FormatType.ShortFormat)
                if due is not None
                else ""
            )
            item = QTreeWidgetItem(
                [reply.task_title, reply.requester_name, kind_short(reply.kind), sent, follow]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, reply)
            self.table.addTopLevelItem(item)
        for column in range(5):
            self.table.resizeColumnToContents(column)
        count = self.table.topLevelItemCount()
        self.empty.setVisible(count == 0)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._on_table_current_item_changed()

    def selected(self) -> Reply | None:
        """The reply under the cursor."""
        item = self.table.currentItem()
        reply = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return reply if isinstance(reply, Reply) else None

    def _on_table_current_item_changed(self, *_args: object) -> None:
        reply = self.selected()
        for button in (self.accepted_button, self.pushed_back_button, self.open_button):
            button.setEnabled(reply is not None)
        self.open_button.setEnabled(reply is not None and reply.task_id is not None)
        self.text.setPlainText(f"{reply.subject}\n\n{reply.body}" if reply else "")

    def _record(self, outcome: ReplyOutcome) -> None:
        reply = self.selected()
        if reply is not None and reply.id is not None:
            self.outcome_chosen.emit(reply.id, outcome)
            self.reload()

    def _on_open_clicked(self) -> None:
        reply = self.selected()
        if reply is not None and reply.task_id is not None:
            self.task_opened.emit(reply.task_id)
