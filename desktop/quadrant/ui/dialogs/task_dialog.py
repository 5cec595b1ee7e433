"""The task dialog: every field of a task, and its history of reprioritisations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import MAX_TITLE_CHARS, Reprioritisation, Requester, Task
from quadrant.ui.actions import TaskFields
from quadrant.ui.labels import cause_label, local_datetime, quadrant_title

DEFAULT_DUE_TIME = QTime(17, 0)


Submit = Callable[[TaskFields], str | None]
"""Saves the fields; returns None on success or a message saying why it failed."""


class TaskDialog(QDialog):
    """Edits a new or existing task.

    OK hands the fields to ``submit``; when saving fails the dialog stays open
    with the message, so nothing the user typed is lost.

    Signals:
        requester_details_requested(str): the user asked for the requester's
            details (e-mail, role, agreements); the text is the name as typed.
    """

    requester_details_requested = Signal(str)

    def __init__(
        self,
        submit: Submit,
        requesters: Sequence[Requester],
        task: Task | None = None,
        quadrant: Quadrant = Quadrant.DO,
        history: Sequence[Reprioritisation] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("New task"))
        self.setMinimumWidth(460)
        tabs = QTabWidget(self)
        tabs.addTab(self._build_fields(requesters), self.tr("&Task"))
        tabs.addTab(self._build_history(history), self.tr("&History"))
        tabs.setTabEnabled(1, task is not None)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load(task, quadrant)
        self.title.textChanged.connect(self._on_title_text_changed)
        self._on_title_text_changed()
        self.title.setFocus()  # typing starts with the title, not on the tab bar
        self._on_requester_text_changed()

    def _build_fields(self, requesters: Sequence[Requester]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.title.setAccessibleName(self.tr("Title"))
        self.requester = QLineEdit()
        self.requester.setAccessibleName(self.tr("Requester"))
        self.requester.setPlaceholderText(self.tr("Who is it for? A new name is added."))
        completer = QCompleter([r.name for r in requesters], self.requester)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.requester.setCompleter(completer)

        self.has_due = QCheckBox(self.tr("Due"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.due = QDateTimeEdit()
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setDisplayFormat(
            self.locale().dateTimeFormat(self.locale().FormatType.ShortFormat)
        )
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)

        self.urgent = QCheckBox(self.tr("&Urgent"))
        self.important = QCheckBox(self.tr("I&mportant"))
        flags = QHBoxLayout()
        flags.addWidget(self.urgent)
        flags.addWidget(self.important)
        flags.addStretch(1)
        self.quadrant_label = QLabel()
        self.quadrant_label.setTextFormat(Qt.TextFormat.PlainText)
        self.urgent.toggled.connect(self._on_flags_toggled)
        self.important.toggled.connect(self._on_flags_toggled)

        self.effort = QSpinBox()
        self.effort.setRange(0, 60 * 8 * 22)
        self.effort.setSingleStep(15)
        self.effort.setSuffix(self.tr(" min"))
        self.effort.setSpecialValueText(self.tr("not estimated"))
        self.effort.setAccessibleName(self.tr("Effort in minutes"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)

        form.addRow(self.tr("T&itle:"), self.title)
        self.requester_details = QPushButton(self.tr("Detai&ls…"))
        self.requester_details.setAccessibleName(self.tr("Requester details and agreements"))
        self.requester_details.setAutoDefault(False)
        self.requester_details.clicked.connect(self._on_requester_details_clicked)
        self.requester.textChanged.connect(self._on_requester_text_changed)
        requester_row = QHBoxLayout()
        requester_row.addWidget(self.requester, 1)
        requester_row.addWidget(self.requester_details)
        # The rows hold a layout, so the labels need their buddy named: without one the
        # "&" would show as is and Alt+R / Alt+D would reach nothing.
        requester_label = QLabel(self.tr("&Requester:"))
        requester_label.setBuddy(self.requester)
        form.addRow(requester_label, requester_row)
        due_label = QLabel(self.tr("Due &date:"))
        due_label.setBuddy(self.has_due)  # the date itself is off until "Due" is ticked
        form.addRow(due_label, due_row)
        form.addRow(self.tr("Priority:"), flags)
        form.addRow("", self.quadrant_label)
        form.addRow(self.tr("&Effort:"), self.effort)
        form.addRow(self.tr("&Notes:"), self.notes)
        return page

    def _build_history(self, history: Sequence[Reprioritisation]) -> QWidget:
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setAccessibleName(self.tr("History of this task"))
        self.history.setHeaderLabels(
            [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Due"), self.tr("Cause"),
             self.tr("Note")]
        )  # fmt: skip
        locale = self.locale()
        for entry in history:
            item = QTreeWidgetItem(
                [
                    locale.toString(local_datetime(entry.at), locale.FormatType.ShortFormat),
                    quadrant_title(entry.from_quadrant) if entry.from_quadrant else self.tr("new"),
                    quadrant_title(entry.to_quadrant),
                    self._due_change(entry),
                    cause_label(entry.cause),
                    entry.note,
                ]
            )
            self.history.addTopLevelItem(item)
        for column in range(5):
            self.history.resizeColumnToContents(column)
        return self.history

    def _due_change(self, entry: Reprioritisation) -> str:
        if entry.from_due == entry.to_due:
            return ""
        locale = self.locale()

        def show(moment: datetime | None) -> str:
            if moment is None:
                return "—"
            return locale.toString(local_datetime(moment).date(), locale.FormatType.ShortFormat)

        return f"{show(entry.from_due)} → {show(entry.to_due)}"

    def _load(self, task: Task | None, quadrant: Quadrant) -> None:
        if task is not None:
            self.title.setText(task.title)
            self.requester.setText(task.requester_name)
            self.notes.setPlainText(task.notes)
            self.effort.setValue(task.effort_minutes or 0)
            quadrant = task.quadrant
        due = task.due_at if task else None
        self.has_due.setChecked(due is not None)
        self.due.setEnabled(due is not None)
        if due is not None:
            self.due.setDateTime(local_datetime(due))
        else:
            tomorrow = QDateTime.currentDateTime().addDays(1)
            tomorrow.setTime(DEFAULT_DUE_TIME)
            self.due.setDateTime(tomorrow)
        self.urgent.setChecked(quadrant.urgent)
        self.important.setChecked(quadrant.important)
        self._on_flags_toggled()

    def fields(self) -> TaskFields:
        """What the user entered."""
        due: datetime | None = None
        if self.has_due.isChecked():
            due = datetime.fromtimestamp(self.due.dateTime().toSecsSinceEpoch(), UTC)
        return TaskFields(
            title=self.title.text(),
            notes=self.notes.toPlainText(),
            requester_name=self.requester.text().strip() or None,
            due_at=due,
            quadrant=self.chosen_quadrant(),
            effort_minutes=self.effort.value() or None,
        )

    def chosen_quadrant(self) -> Quadrant:
        """The quadrant the two check boxes say."""
        return Quadrant.of(urgent=self.urgent.isChecked(), important=self.important.isChecked())

    def _on_flags_toggled(self) -> None:
        self.quadrant_label.setText(
            self.tr("Goes to: %1").replace("%1", quadrant_title(self.chosen_quadrant()))
        )

    def _on_requester_text_changed(self) -> None:
        self.requester_details.setEnabled(bool(self.requester.text().strip()))

    def _on_requester_details_clicked(self) -> None:
        name = self.requester.text().strip()
        if name:
            self.requester_details_requested.emit(name)

    def _on_title_text_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def accept(self) -> None:
        """Save through ``submit``; close only when it worked."""
        problem = self._submit(self.fields())
        if problem is None:
            super().accept()
            return
        self.error.setText(problem)
        self.error.show()
