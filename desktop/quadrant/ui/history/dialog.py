"""The history window: every reprioritisation, narrowed by week, requester, cause and quadrant.

Non-modal: the user keeps it beside the matrix, and opening an entry selects
its task there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.history import HistoryFilter, Reason
from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import IsoWeek
from quadrant.domain.task import Cause, Requester
from quadrant.ui.history.labels import due_change, moment, reason_label
from quadrant.ui.history.model import Column, HistoryModel, HistoryRole, PageReader
from quadrant.ui.labels import cause_label, quadrant_title
from quadrant.ui.week_picker import WeekPicker

MAX_COLUMN_WIDTH = 200
"""A long reason ("Leidinggevende veranderde de prioriteit") is cut; its tooltip is whole."""
REFRESH_DELAY_MS = 60
"""Changes closer together than this are read once: an escalation or a reply moving
several tasks, a held-down move key. Short enough to feel immediate."""


class _Table(QTableView):
    """The entries; Enter opens the current one, as a double-click does."""

    opened = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class HistoryDialog(QDialog):
    """The reprioritisation log, newest first.

    Signals:
        task_requested(int): the user opened an entry; select its task.
    """

    task_requested = Signal(int)

    def __init__(
        self,
        read_page: PageReader,
        requesters: Sequence[Requester],
        week: IsoWeek,
        week_start: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History of reprioritisations"))
        self.model = HistoryModel(read_page, self)
        self._build_filters(requesters, week, week_start)
        self._build_table()
        self.status = QLabel()
        self.status.setObjectName("history_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("&Show in matrix"))
        self.open_button.setObjectName("show_in_matrix")
        self.open_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._connect()
        self.resize(1280, 600)
        self.apply_filter()

    # Building ----------------------------------------------------------------

    def _build_filters(self, requesters: Sequence[Requester], week: IsoWeek, start: int) -> None:
        self.week_only = QCheckBox(self.tr("Only &week:"))
        self.week_only.setObjectName("week_only")
        self.week_picker = WeekPicker(week, start, self)
        self.week_picker.setEnabled(False)
        self.requester = QComboBox()
        self.requester.setObjectName("history_requester")
        self.requester.setAccessibleName(self.tr("Requester"))
        self.requester.addItem(self.tr("All requesters"), None)
        for person in requesters:
            self.requester.addItem(person.name, person.id)
        self.cause = QComboBox()
        self.cause.setObjectName("history_cause")
        self.cause.setAccessibleName(self.tr("Cause"))
        self.cause.addItem(self.tr("All causes"), None)
        for cause in Cause:
            self.cause.addItem(cause_label(cause), cause)
        self.quadrant = QComboBox()
        self.quadrant.setObjectName("history_quadrant")
        self.quadrant.setAccessibleName(self.tr("Quadrant"))
        self.quadrant.addItem(self.tr("All quadrants"), None)
        for quadrant in Quadrant:
            self.quadrant.addItem(quadrant_title(quadrant), quadrant)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.week_only)
        self.filters.addWidget(self.week_picker)
        self.filters.addStretch(1)
        for combo in (self.requester, self.cause, self.quadrant):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.filters.addWidget(combo)

    def _build_table(self) -> None:
        self.table = _Table()
        self.table.setObjectName("history_table")
        self.table.setAccessibleName(self.tr("Reprioritisations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        sample = moment(datetime(2026, 9, 30, 23, 59, tzinfo=UTC))
        due = due_change(None, datetime(2026, 9, 30, 12, tzinfo=UTC))
        samples = {
            Column.WHEN: [sample],
            Column.TASK: ["Prepare the onboarding of"],
            Column.MOVE: [f"{quadrant_title(Quadrant.DELEGATE)} → {quadrant_title(Quadrant.DO)}"],
            Column.DUE: [due],
            Column.CAUSE: [cause_label(c) for c in Cause],
            Column.REQUESTER: ["Ahmed El Amrani"],
            Column.REASON: [reason_label(r) for r in Reason],
        }
        metrics = self.table.fontMetrics()
        for column, texts in samples.items():
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            self.table.setColumnWidth(column, min(widest + 18, MAX_COLUMN_WIDTH))
        # The note takes what is left, so the table fits the window without scrolling sideways.
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        self.week_only.toggled.connect(self.week_picker.setEnabled)
        self.week_only.toggled.connect(self.apply_filter)
        self.week_picker.week_changed.connect(self.apply_filter)
        for combo in (self.requester, self.cause, self.quadrant):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.doubleClicked.connect(self._on_table_opened)
        self.table.opened.connect(self._on_table_opened)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.model.reset_done.connect(self._on_model_changed)
        self.model.rowsInserted.connect(self._on_model_changed)
        self.model.failed.connect(self.status.setText)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_selection_current_row_changed)

    # Filtering ---------------------------------------------------------------

    def current_filter(self) -> HistoryFilter:
        """The filter the widgets describe."""
        # A combo box hands enum data back as plain str / int: turn it into the enum again.
        cause, quadrant = self.cause.currentData(), self.quadrant.currentData()
        return HistoryFilter(
            week=self.week_picker.week if self.week_only.isChecked() else None,
            requester_id=self.requester.currentData(),
            cause=None if cause is None else Cause(cause),
            quadrant=None if quadrant is None else Quadrant(quadrant),
        )

    def apply_filter(self) -> None:
        """Read the log again through the filter the widgets describe."""
        self.model.set_filter(self.current_filter())

    def refresh_soon(self) -> None:
        """The log changed (a move, an undo, a reply): read it again once things settle."""
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Read the log again, keeping the selected entry and the rows in view where they were.

        At the top of the list the newest entries come into view; scrolled
        down, the row at the top of the view stays at the top.
        """
        self._refresh_timer.stop()
        bar = self.table.verticalScrollBar()
        at_top = bar.value() == bar.minimum()
        top = self._entry_id_at(self.table.rowAt(0))
        current = self.table.currentIndex()
        selected = self._entry_id_at(current.row()) if current.isValid() else None
        if not self.model.refresh(keep_id=None if at_top else top):
            return
        self.table.doItemsLayout()  # the scroll range must know the new rows before scrolling
        row = self.model.row_of(selected)
        if row is not None:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, max(current.column(), 0)), flags
            )
        top_row = None if at_top else self.model.row_of(top)
        if top_row is None:
            bar.setValue(bar.minimum())
        else:
            self.table.scrollTo(
                self.model.index(top_row, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def set_requesters(self, requesters: Sequence[Requester]) -> None:
        """Offer the requesters as they are now (one was added or renamed), keeping the choice."""
        chosen = self.requester.currentData()
        self.requester.blockSignals(True)  # the filter stays the same: no reload for this
        while self.requester.count() > 1:
            self.requester.removeItem(1)
        for person in requesters:
            self.requester.addItem(person.name, person.id)
        found = self.requester.findData(chosen) if chosen is not None else 0
        self.requester.setCurrentIndex(max(found, 0))
        self.requester.blockSignals(False)
        if chosen is not None and found < 0:
            self.apply_filter()  # the chosen requester is gone: show everyone

    def _entry_id_at(self, row: int) -> int | None:
        entry = self.model.entry(row)
        return entry.id if entry is not None else None

    def show_week(self, week: IsoWeek) -> None:
        """Narrow to one week (the reflection dialog links here)."""
        self.week_only.setChecked(True)
        self.week_picker.set_week(week)

    # Slots -------------------------------------------------------------------

    def _on_model_changed(self) -> None:
        count = self.model.rowCount()
        more = self.model.canFetchMore(QModelIndex())
        if count == 0:
            text = (
                self.tr("No reprioritisations match these filters.")
                if self.model.history_filter.active
                else self.tr("No reprioritisations yet: move a task and it shows up here.")
            )
        elif more:
            text = self.tr("%n entries shown; scroll down for older ones.", "", count)
        else:
            text = self.tr("%n entries.", "", count)
        self.status.setText(text)
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def _on_selection_current_row_changed(self, current: QModelIndex) -> None:
        self.open_button.setEnabled(current.isValid())

    def _on_table_opened(self, index: QModelIndex) -> None:
        task_id = index.siblingAtColumn(0).data(HistoryRole.TASK_ID)
        if isinstance(task_id, int):
            self.task_requested.emit(task_id)

    def _on_open_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_table_opened(index)
