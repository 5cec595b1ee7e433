"""Widgets the reply dialog and the template editor share: highlighting and the task picker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.placeholders import PLACEHOLDER_NAMES
from quadrant.domain.task import Task
from quadrant.services.replies import DisplacedAction, DisplacedChoice
from quadrant.ui.labels import quadrant_title, short_due
from quadrant.ui.reply_labels import displaced_label

_NAMES = "|".join(PLACEHOLDER_NAMES)
GAP_PATTERN = re.compile(rf"\[(?:{_NAMES})\?\]")
"""A gap marker left by the renderer: a value still to fill in."""
PLACEHOLDER_PATTERN = re.compile(r"\{[a-z_]+\}")
"""A placeholder in template source."""


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
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Tasks to displace"))
        self.list.setAccessibleDescription(
            self.tr("Tick the tasks the reply offers to move or drop; Space ticks.")
        )
        self.list.setMinimumHeight(110)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("What happens to the ticked tasks"))
        for choice in DisplacedAction:
            self.action.addItem(displaced_label(choice), choice)
        self.later = QDateEdit()
        self.later.setCalendarPopup(True)
        self.later.setAccessibleName(self.tr("Later date for the ticked tasks"))
        self.action_label = QLabel(self.tr("&Then:"))
        self.action_label.setBuddy(self.action)
        row = QHBoxLayout()
        row.addWidget(self.action_label)
        row.addWidget(self.action, 1)
        row.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
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
            text = f"{task.title}  ·  {quadrant_title(task.quadrant)}"
            if task.due_at is not None:
                text += f"  ·  {short_due(task.due_at)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, task)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if task.id in ticked_ids else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)
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
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                task = item.data(Qt.ItemDataRole.UserRole)
                assert isinstance(task, Task)
                found.append(task)
        return found

    def chosen_action(self) -> DisplacedAction:
        """What happens to the ticked tasks."""
        action = self.action.currentData()
        return action if isinstance(action, DisplacedAction) else DisplacedAction.MOVE

    def choices(self) -> tuple[DisplacedChoice, ...]:
        """The ticked tasks with their fate, for the reply service."""
        action = self.chosen_action()
        later = from_qdate(self.later.date()) if action is DisplacedAction.RESCHEDULE else None
        return tuple(
            DisplacedChoice(task.id, action, due_date=later)
            for task in self.ticked()
            if task.id is not None
        )

    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    def _on_action_changed(self) -> None:
        self.later.setVisible(
            not self.action.isHidden() and self.chosen_action() is DisplacedAction.RESCHEDULE
        )
        self.later.setEnabled(self.chosen_action() is DisplacedAction.RESCHEDULE)
        self.changed.emit()
