"""File → Export tasks…: which format, and which tasks, before the file name is asked for."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quadrant.services.transfer import ExportScope


class ExportFormat(StrEnum):
    """The task export formats, named by their file suffix."""

    ICS = "ics"
    CSV = "csv"


class ExportDialog(QDialog):
    """Choose iCalendar or CSV, and open tasks or all of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export tasks"))
        layout = QVBoxLayout(self)
        self.ics = QRadioButton(self.tr("&iCalendar (.ics): Outlook, Thunderbird, phones"))
        self.csv = QRadioButton(self.tr("&CSV (.csv): spreadsheets"))
        self.ics.setChecked(True)
        self.open_only = QRadioButton(self.tr("&Open tasks (what the matrix shows)"))
        self.all_tasks = QRadioButton(self.tr("&All tasks, also done and dropped ones"))
        self.open_only.setChecked(True)
        for title, choices in ((self.tr("Format"), (self.ics, self.csv)),
                               (self.tr("Tasks"), (self.open_only, self.all_tasks))):  # fmt: skip
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            group = QButtonGroup(box)
            for choice in choices:
                group.addButton(choice)
                inner.addWidget(choice)
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def export_format(self) -> ExportFormat:
        """The chosen format."""
        return ExportFormat.ICS if self.ics.isChecked() else ExportFormat.CSV

    @property
    def scope(self) -> ExportScope:
        """The chosen tasks."""
        return ExportScope.OPEN if self.open_only.isChecked() else ExportScope.ALL
