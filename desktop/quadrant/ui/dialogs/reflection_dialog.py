"""The weekly reflection: the week in numbers and charts, five questions, and the exports.

Typing is never lost. Answers are saved a moment after the typing stops,
before another week is shown, and when the dialog closes; a failed save
keeps the text on screen and says why. Past weeks are a click away and stay
editable.

This module imports QtCharts (through ui.charts): open it only when the user
asks for the dialog, never at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.errors import QuadrantError
from quadrant.domain.reflection import PROMPTS, IsoWeek
from quadrant.domain.task import Requester
from quadrant.services import reflection as reflection_service
from quadrant.services.ports import UnitOfWorkFactory
from quadrant.ui.charts import ChartPanel
from quadrant.ui.dialogs.reflection_export import ExportPanel
from quadrant.ui.dialogs.reflection_parts import (
    NumbersTable,
    disruption_bars,
    prompt_text,
    quadrant_bars,
    reply_bars,
)
from quadrant.ui.errors import user_message
from quadrant.ui.week_picker import WeekPicker

AUTOSAVE_MS = 800
"""Quiet time after the last keystroke before the answers are saved."""


class ReflectionDialog(QDialog):
    """Look back on one week; step to other weeks.

    Signals:
        saved(IsoWeek): the answers of a week were stored.
        history_requested(IsoWeek): the user wants the week's moves in the history view.
    """

    saved = Signal(object)
    history_requested = Signal(object)

    def __init__(
        self,
        new_uow: UnitOfWorkFactory,
        week: IsoWeek,
        week_start: int,
        requesters: Sequence[Requester],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reflection_dialog")
        self.setWindowTitle(self.tr("Weekly reflection"))
        self._new_uow = new_uow
        self._shown_week = week  # the week whose answers are on screen
        self._dirty = False
        self._close_refused = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self.week_picker = WeekPicker(week, week_start, self)
        self.numbers = NumbersTable(self)
        self.charts = {
            "quadrant_share": ChartPanel(
                self.tr("Completed work per quadrant"), self.tr("Nothing was completed.")
            ),
            "disruptions": ChartPanel(
                self.tr("Urgent requests per requester"), self.tr("No urgent requests.")
            ),
            "replies": ChartPanel(self.tr("Replies sent per kind"), self.tr("No replies sent.")),
        }
        self.answers: dict[str, QPlainTextEdit] = {}
        self.export = ExportPanel(new_uow, lambda: self._shown_week, week_start, requesters, self)
        self.export.before_export = self.save  # the file has what is on screen
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_body(), 1)
        layout.addWidget(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export.button_row.addWidget(buttons)
        self.week_picker.week_changed.connect(self._on_week_picker_week_changed)
        self.past.activated.connect(self._on_past_activated)
        self.resize(1120, 820)
        self._load(week)

    # Building ----------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        self.past = QComboBox()
        self.past.setObjectName("past_reflections")
        self.past.setAccessibleName(self.tr("Past reflections"))
        self.past.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.history_button = QPushButton(self.tr("This &week's moves…"))
        self.history_button.setObjectName("week_history")
        self.history_button.setAutoDefault(False)
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self._shown_week))
        self.save_state = QLabel()
        self.save_state.setObjectName("reflection_save_state")
        self.save_state.setTextFormat(Qt.TextFormat.PlainText)
        self.save_state.setMinimumWidth(120)
        header = QHBoxLayout()
        header.addWidget(self.week_picker)
        header.addWidget(self.past)
        header.addStretch(1)
        header.addWidget(self.save_state)
        header.addWidget(self.history_button)
        return header

    def _build_body(self) -> QSplitter:
        """Numbers and charts on the left, the five questions on the right."""
        figures = QWidget()
        column = QVBoxLayout(figures)
        column.setContentsMargins(0, 0, 8, 0)
        heading = QLabel(self.tr("The week in numbers"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        column.addWidget(self.numbers)
        column.addSpacing(8)
        for panel in self.charts.values():
            column.addWidget(panel, 1)
        prompts = QWidget()
        grid = QVBoxLayout(prompts)
        grid.setContentsMargins(8, 0, 4, 0)
        for prompt in PROMPTS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"answer_{prompt.key}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64)
            # Share the column's height rather than ask for a text box's usual 190 pixels.
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            label = QLabel(prompt_text(prompt.key))
            label.setWordWrap(True)
            label.setBuddy(edit)
            edit.setAccessibleName(label.text())
            edit.textChanged.connect(self._on_answer_text_changed)
            grid.addWidget(label)
            grid.addWidget(edit, 1)
            self.answers[prompt.key] = edit
        body = QSplitter(Qt.Orientation.Horizontal)
        for part in (figures, prompts):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(part)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            body.addWidget(scroll)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setChildrenCollapsible(False)
        return body

    # Weeks -------------------------------------------------------------------

    @property
    def week(self) -> IsoWeek:
        """The week on screen."""
        return self._shown_week

    def show_week(self, week: IsoWeek) -> None:
        """Step to another week (the answers on screen are saved first)."""
        self.week_picker.set_week(week)

    def _load(self, week: IsoWeek) -> None:
        try:
            stats = reflection_service.week_stats(
                self._new_uow(), week, self.week_picker.week_start
            )
            answers = reflection_service.reflection_answers(self._new_uow(), week)
        except QuadrantError as e:
            self.save_state.setText(user_message(e))
            return
        self._shown_week = week
        self.numbers.show_stats(stats)
        self.charts["quadrant_share"].set_bars(quadrant_bars(stats), percent=True)
        self.charts["disruptions"].set_bars(disruption_bars(stats))
        self.charts["replies"].set_bars(reply_bars(stats))
        for key, edit in self.answers.items():
            edit.blockSignals(True)
            edit.setPlainText(answers.get(key, ""))
            edit.blockSignals(False)
        self._dirty = False
        self.save_state.clear()
        self._fill_past()

    def _fill_past(self) -> None:
        try:
            weeks = reflection_service.reflected_weeks(self._new_uow())
        except QuadrantError:
            weeks = []
        self.past.clear()
        self.past.addItem(self.tr("Past reflections…"), None)
        for label in weeks:
            self.past.addItem(label, label)
        self.past.setEnabled(bool(weeks))

    def _on_week_picker_week_changed(self, week: IsoWeek) -> None:
        if not self.save():
            self.week_picker.blockSignals(True)  # stay on the unsaved week: its text is kept
            self.week_picker.set_week(self._shown_week)
            self.week_picker.blockSignals(False)
            return
        self._load(week)

    def _on_past_activated(self, index: int) -> None:
        label = self.past.itemData(index)
        if isinstance(label, str):
            self.show_week(IsoWeek.parse(label))

    # Answers -----------------------------------------------------------------

    def answer_texts(self) -> dict[str, str]:
        """The answers on screen, by prompt key."""
        return {key: edit.toPlainText() for key, edit in self.answers.items()}

    def save(self) -> bool:
        """Store the answers on screen if they changed; False (text kept) when that failed."""
        self._autosave.stop()
        if not self._dirty:
            return True
        try:
            reflection_service.save_reflection(
                self._new_uow(), self._shown_week, self.answer_texts()
            )
        except QuadrantError as e:
            self.save_state.setText(user_message(e))
            return False
        self._dirty = False
        self.save_state.setText(self.tr("Saved"))
        self.saved.emit(self._shown_week)
        current = self.past.currentIndex()
        self._fill_past()
        self.past.setCurrentIndex(max(0, current))
        return True

    def _on_answer_text_changed(self) -> None:
        self._dirty = True
        self.save_state.setText(self.tr("Editing…"))
        self._autosave.start()

    def done(self, result: int) -> None:
        # Typing is not thrown away silently: a failed save keeps the dialog open once,
        # with the reason on screen; closing again means the user chose to leave it.
        if not self.save() and not self._close_refused:
            self._close_refused = True
            self.save_state.setText(
                self.tr("Not saved: %1 Close again to leave without saving.").replace(
                    "%1", self.save_state.text()
                )
            )
            return
        self._autosave.stop()
        super().done(result)
