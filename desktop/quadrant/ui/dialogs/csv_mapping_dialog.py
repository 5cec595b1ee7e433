"""The CSV import's column mapping: what each column holds, with a preview of the result.

Every program names its CSV columns differently. ``guess_mapping`` recognises
Outlook, Todoist and TickTick headers, so the dialog usually opens right; the
user corrects what it got wrong and sees the first rows exactly as they will
be imported (the preview runs the real reader on them), before anything is
written. Everything from the file is shown as plain text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.errors import QuadrantError
from quadrant.domain.transfer import ImportBatch, TaskRecord
from quadrant.interop.csv_fields import CsvField, CsvMapping, PriorityScale, guess_day_first
from quadrant.interop.csv_tasks import CsvTable, guess_mapping, read_rows
from quadrant.ui.dialogs.import_summary import problem_text
from quadrant.ui.errors import user_message, wording_text
from quadrant.ui.labels import local_datetime, status_label

PREVIEW_ROWS = 20
_NOT_IN_FILE = -1
_NOTES_PREVIEW_CHARS = 60

FIELD_ORDER = (
    CsvField.TITLE, CsvField.DUE, CsvField.PRIORITY, CsvField.NOTES, CsvField.REQUESTER,
    CsvField.CATEGORIES, CsvField.STATUS, CsvField.COMPLETED, CsvField.URGENT,
    CsvField.IMPORTANT, CsvField.QUADRANT, CsvField.EFFORT, CsvField.WAITING_UNTIL,
    CsvField.CREATED, CsvField.UID,
)  # fmt: skip
"""The fields the dialog offers, most used first. KIND (Todoist's TYPE) stays as guessed."""


def field_label(csv_field: CsvField) -> str:
    """What a field is called in the dialog."""
    translate = QCoreApplication.translate
    labels = {
        CsvField.TITLE: translate("CsvMappingDialog", "Title"),
        CsvField.DUE: translate("CsvMappingDialog", "Due date"),
        CsvField.PRIORITY: translate("CsvMappingDialog", "Priority"),
        CsvField.NOTES: translate("CsvMappingDialog", "Notes"),
        CsvField.REQUESTER: translate("CsvMappingDialog", "Requester"),
        CsvField.CATEGORIES: translate("CsvMappingDialog", "List or categories"),
        CsvField.STATUS: translate("CsvMappingDialog", "Status"),
        CsvField.COMPLETED: translate("CsvMappingDialog", "Completed on"),
        CsvField.URGENT: translate("CsvMappingDialog", "Urgent"),
        CsvField.IMPORTANT: translate("CsvMappingDialog", "Important"),
        CsvField.QUADRANT: translate("CsvMappingDialog", "Quadrant"),
        CsvField.EFFORT: translate("CsvMappingDialog", "Effort (minutes)"),
        CsvField.WAITING_UNTIL: translate("CsvMappingDialog", "Waiting until"),
        CsvField.CREATED: translate("CsvMappingDialog", "Created on"),
        CsvField.UID: translate("CsvMappingDialog", "Unique ID"),
        CsvField.KIND: translate("CsvMappingDialog", "Kind of row"),
    }
    return labels[csv_field]


class CsvMappingDialog(QDialog):
    """Choose what each CSV column means; accept to import with :meth:`mapping`."""

    def __init__(self, table: CsvTable, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csv_mapping_dialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", file_name))
        self.resize(900, 640)
        self._table = table
        guessed = guess_mapping(table.headers)
        self._kind_column = guessed.columns.get(CsvField.KIND)
        self.combos: dict[CsvField, QComboBox] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose what each column of the file holds. The preview shows the first rows "
                "as they will be imported; nothing is saved until you press Import."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_columns(guessed))
        layout.addWidget(self._build_reading(guessed))
        layout.addWidget(self._build_preview(), 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for combo in (*self.combos.values(), self.scale, self.date_order):
            combo.currentIndexChanged.connect(self._refresh)
        self._refresh()

    # Building ----------------------------------------------------------------

    def _build_columns(self, guessed: CsvMapping) -> QGroupBox:
        box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        rows = (len(FIELD_ORDER) + 1) // 2
        for number, csv_field in enumerate(FIELD_ORDER):
            combo = QComboBox()
            combo.setObjectName(f"column_{csv_field.value}")
            combo.addItem(self.tr("(not in the file)"), _NOT_IN_FILE)
            for index, header in enumerate(self._table.headers):
                shown = header or self.tr("Column %1").replace("%1", str(index + 1))
                combo.addItem(shown, index)
            combo.setCurrentIndex(max(0, combo.findData(guessed.columns.get(csv_field, -1))))
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            label = QLabel(field_label(csv_field) + ":")
            label.setBuddy(combo)
            combo.setAccessibleName(field_label(csv_field))
            row, pair = number % rows, number // rows
            grid.addWidget(label, row, pair * 2)
            grid.addWidget(combo, row, pair * 2 + 1)
            self.combos[csv_field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _build_reading(self, guessed: CsvMapping) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.scale = QComboBox()
        self.scale.setObjectName("priority_scale")
        self.scale.addItem(self.tr("1 highest … 9 lowest (Outlook, iCalendar)"), PriorityScale.ICAL)
        self.scale.addItem(self.tr("1 highest … 4 lowest (Todoist)"), PriorityScale.TODOIST)
        self.scale.addItem(self.tr("5 high, 3 medium, 1 low (TickTick)"), PriorityScale.TICKTICK)
        self.scale.setCurrentIndex(max(0, self.scale.findData(guessed.priority_scale)))
        self.date_order = QComboBox()
        self.date_order.setObjectName("date_order")
        self.date_order.addItem(self.tr("Day first (31-12-2026)"), True)
        self.date_order.addItem(self.tr("Month first (12/31/2026)"), False)
        for text, combo in ((self.tr("Priority numbers:"), self.scale),
                            (self.tr("Dates:"), self.date_order)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setAccessibleName(text.rstrip(":"))
            line.addWidget(label)
            line.addWidget(combo)
        self.date_note = QLabel(self.tr("as the file's own dates show"))
        self.date_note.setObjectName("date_order_note")
        line.addWidget(self.date_note)
        line.addStretch(1)
        return row

    def _build_preview(self) -> QGroupBox:
        box = QGroupBox(self.tr("Preview"))
        layout = QVBoxLayout(box)
        self.preview = QTableWidget(0, 7)
        self.preview.setObjectName("csv_preview")
        self.preview.setAccessibleName(self.tr("The first rows as they will be imported"))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Title"), self.tr("Important"), self.tr("Due"),
             self.tr("Requester or list"), self.tr("Status"), self.tr("Notes")]
        )  # fmt: skip
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("csv_problems")
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Rows that need attention"))
        self.problems.setMaximumHeight(90)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.count)
        return box

    # Reading -----------------------------------------------------------------

    def mapping(self) -> CsvMapping:
        """The mapping as chosen now."""
        columns = {
            csv_field: int(combo.currentData())
            for csv_field, combo in self.combos.items()
            if combo.currentData() != _NOT_IN_FILE
        }
        if self._kind_column is not None and self._kind_column not in columns.values():
            columns[CsvField.KIND] = self._kind_column
        scale = self.scale.currentData()
        return CsvMapping(
            columns,
            scale if isinstance(scale, PriorityScale) else PriorityScale.ICAL,
            bool(self.date_order.currentData()),
        )

    def _refresh(self) -> None:
        """Follow a changed choice: the date order the file reveals, then the preview."""
        self._follow_file_date_order()
        mapping = self.mapping()
        has_title = CsvField.TITLE in mapping.columns
        self.import_button.setEnabled(has_title)
        if not has_title:
            self._show_preview(ImportBatch(), self.tr("Choose the column that holds the titles."))
            return
        sample = replace(self._table, rows=self._table.rows[:PREVIEW_ROWS])
        try:
            batch = read_rows(sample, mapping)
        except QuadrantError as e:
            self._show_preview(ImportBatch(), user_message(e))
            return
        self._show_preview(batch, "")

    def _follow_file_date_order(self) -> None:
        """When the file's own dates show the order (a 31 or a 13), it is not the user's choice."""
        columns = [
            int(self.combos[f].currentData())
            for f in (CsvField.DUE, CsvField.COMPLETED)
            if self.combos[f].currentData() != _NOT_IN_FILE
        ]
        cells = [row[c] for row in self._table.rows for c in columns if c < len(row)]
        revealed = guess_day_first(cells)
        self.date_order.blockSignals(True)
        if revealed is not None:
            self.date_order.setCurrentIndex(self.date_order.findData(revealed))
        self.date_order.blockSignals(False)
        self.date_order.setEnabled(revealed is None)
        self.date_note.setVisible(revealed is not None)

    def _show_preview(self, batch: ImportBatch, message: str) -> None:
        self.preview.setRowCount(len(batch.records))
        for row, record in enumerate(batch.records):
            for column, text in enumerate(_preview_cells(record)):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        lines = [message] if message else []
        lines += [
            self.tr("%1 will be skipped: %2")
            .replace("%1", wording_text(p.where))
            .replace("%2", wording_text(p.reason))
            for p in batch.skipped
        ]
        lines += [problem_text(p) for p in batch.adjusted]
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        total = len(self._table.rows)
        self.count.setText(
            self.tr("%n row(s) in the file; the preview shows the first %1.", "", total).replace(
                "%1", str(min(total, PREVIEW_ROWS))
            )
        )


def _preview_cells(record: TaskRecord) -> list[str]:
    """One preview row: what the task will look like, in words."""
    translate = QCoreApplication.translate
    important = {
        True: translate("CsvMappingDialog", "Yes"),
        False: translate("CsvMappingDialog", "No"),
        None: "",
    }[record.important]
    requester = record.requester_name or ", ".join(record.categories)
    status = status_label(record.status) if record.status is not None else ""
    notes = " ".join((record.notes or "").split())
    if len(notes) > _NOTES_PREVIEW_CHARS:
        notes = notes[: _NOTES_PREVIEW_CHARS - 1] + "…"
    row = str(record.where.params.get("row", "")) if record.where is not None else ""
    return [row, record.title, important, _moment_text(record.due_at), requester, status, notes]


def _moment_text(moment: datetime | None) -> str:
    """A due moment in the locale's short form; an all-day due shows as a date only."""
    if moment is None:
        return ""
    local = local_datetime(moment)
    if local.time().hour() == 23 and local.time().minute() == 59:
        return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
