"""Widgets the reply dialog and the template editor share: highlighting and the task picker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.placeholders import PLACEHOLDER_NAMES
from quadrant.domain.task import Task
from quadrant.services.replies import DisplacedAction, DisplacedChoice
from quadrant.ui.labels import quadrant_title, short_due
from quadrant.ui.plain_text import plain_tooltip
from quadrant.ui.reply_labels import displaced_label, quadrant_short

_NAMES = "|".join(PLACEHOLDER_NAMES)
GAP_PATTERN = re.compile(rf"\[(?:{_NAMES})\?\]")
"""A gap marker left by the renderer: a value still to fill in."""
PLACEHOLDER_PATTERN = re.compile(r"\{[a-z_]+\}")
"""A placeholder in template source."""
GAP_COLOUR = "#ffe08a"


class PatternHighlighter(QSyntaxHighlighter):
    """Marks every match of a pattern, so gaps and placeholders stand out while typing.

    Colour alone is not enough for everyone: matches are also bold.
    """

    def __init__(self, document: QTextDocument, pattern: re.Pattern[str], colour: str) -> None:
        super().__init__(document)
        self._pattern = pattern
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(colour))
        self._format.setForeground(QColor("#1a1a1a"))
        self._format.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        for match in self._pattern.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._format)


def gaps_in(text: str) -> list[str]:
    """The gap markers still in ``text``, each once, in order."""
    return list(dict.fromkeys(match.group(0) for match in GAP_PATTERN.finditer(text)))


def date_edit() -> QDateEdit:
    """A date field with a calendar, in the locale's short date format."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    return edit


def to_qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


class DisplacedPicker(QWidget):
    """Tick the tasks a reply names as displaced, and say what happens to them.

    Signals:
        changed(): the ticked tasks or their fate changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Task"), self.tr("Now in"), self.tr("Due")])
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setAccessibleName(self.tr("Tasks that give way"))
        self.list.setAccessibleDescription(
            self.tr("Tick the tasks the reply offers to move or drop; Space ticks.")
        )
        self.list.setMinimumHeight(120)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("What happens to the ticked tasks"))
        for choice in DisplacedAction:
            self.action.addItem(displaced_label(choice), choice)
        self.later = date_edit()
        self.later.setAccessibleName(self.tr("Later date for the ticked tasks"))
        self.action_label = QLabel(self.tr("T&hen:"))
        self.action_label.setBuddy(self.action)
        row = QHBoxLayout()
        row.addWidget(self.action_label)
        row.addWidget(self.action, 1)
        row.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        # A later date by default: moving to Plan alone would let the deadline escalate it back.
        self.action.setCurrentIndex(self.action.findData(DisplacedAction.RESCHEDULE))
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.action.currentIndexChanged.connect(self._on_action_changed)
        self.later.dateChanged.connect(self._on_action_changed)
        self._on_action_changed()

    def set_tasks(self, candidates: Sequence[Task], ticked: Sequence[Task]) -> None:
        """Offer ``candidates``; tick ``ticked`` (the suggestions) and list them first."""
        ticked_ids = [t.id for t in ticked]
        ordered = [*ticked, *[t for t in candidates if t.id not in ticked_ids]]
        self.list.blockSignals(True)
        self.list.clear()
        for task in ordered:
            due = short_due(task.due_at) if task.due_at is not None else ""
            item = QTreeWidgetItem([task.title, quadrant_short(task.quadrant), due])
            item.setToolTip(0, plain_tooltip(task.title))
            item.setToolTip(1, quadrant_title(task.quadrant))
            item.setData(0, Qt.ItemDataRole.UserRole, task)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if task.id in ticked_ids else Qt.CheckState.Unchecked
            )
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.changed.emit()

    def set_later_date(self, day: date, earliest: date) -> None:
        """The date a rescheduled task moves to, not before ``earliest``."""
        self.later.setMinimumDate(to_qdate(earliest))
        self.later.setDate(to_qdate(day))

    def set_actions_visible(self, visible: bool) -> None:
        """Ask-to-choose only lists tasks; yes-if also says what happens to them."""
        for widget in (self.action_label, self.action):
            widget.setVisible(visible)
        self.later.setVisible(visible and self.chosen_action() is DisplacedAction.RESCHEDULE)

    def ticked(self) -> list[Task]:
        """The ticked tasks, top to bottom."""
        found = []
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.checkState(0) is Qt.CheckState.Checked:
                task = item.data(0, Qt.ItemDataRole.UserRole)
                assert isinstance(task, Task)
                found.append(task)
        return found

    def chosen_action(self) -> DisplacedAction:
        """What happens to the ticked tasks."""
        # Qt hands a str enum back as plain text, so convert it again.
        return DisplacedAction(self.action.currentData())

    def choices(self) -> tuple[DisplacedChoice, ...]:
        """The ticked tasks with their fate, for the reply service."""
        action = self.chosen_action()
        later = from_qdate(self.later.date()) if action is DisplacedAction.RESCHEDULE else None
        return tuple(
            DisplacedChoice(task.id, action, due_date=later)
            for task in self.ticked()
            if task.id is not None
        )

    def _on_list_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.changed.emit()

    def _on_action_changed(self) -> None:
        self.later.setVisible(
            not self.action.isHidden() and self.chosen_action() is DisplacedAction.RESCHEDULE
        )
        self.later.setEnabled(self.chosen_action() is DisplacedAction.RESCHEDULE)
        self.changed.emit()


class DraftPanel(QGroupBox):
    """The reply as it will be sent: recipient, subject and text, gaps highlighted."""

    def __init__(self, recipient: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Draft"))
        self.to = QLabel(recipient or self.tr("(no requester)"))
        self.to.setTextFormat(Qt.TextFormat.PlainText)
        self.to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.to.setAccessibleName(self.tr("Recipient"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Reply text"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(240)
        self._highlighter = PatternHighlighter(self.body.document(), GAP_PATTERN, GAP_COLOUR)
        self.gaps = QLabel()
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps.setWordWrap(True)
        self.gaps.setAccessibleName(self.tr("Gaps to fill in"))
        self.redraft = QPushButton(self.tr("Re&draft from template"))
        self.redraft.setAccessibleName(self.tr("Redraft the text from the template"))
        gap_row = QHBoxLayout()
        gap_row.addWidget(self.gaps, 1)
        gap_row.addWidget(self.redraft)
        form = QFormLayout(self)
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("Te&xt:"), self.body)
        form.addRow(gap_row)

    def show_gaps(self, *, edited: bool) -> None:
        """Say what is left to fill in, or that the text is the user's own now."""
        gaps = gaps_in(self.subject.text() + "\n" + self.body.toPlainText())
        if gaps:
            text = self.tr("Fill in before sending: %1").replace("%1", "  ".join(gaps))
        elif edited:
            text = self.tr("Edited by you: changing the choices no longer redrafts the text.")
        else:
            text = ""
        self.gaps.setText(text)
        self.redraft.setEnabled(edited)
