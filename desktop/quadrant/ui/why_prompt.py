"""The "why?" prompt: after the user moves a task to another quadrant, a bar asks for the reason.

It never stands in the way. The bar appears at the bottom of the main window
without taking the keyboard focus, so the next drag or key works as if it
were not there; answering is optional, and "not now" or the next move makes
it go. A reason chosen or a note typed is never lost: when the user moves on
to the next move, the half-given answer is saved for the move it was about.

The answer is written into the move's own log entry (services.history): the
reason and note are part of the same user action, completed a moment later.
"Don't ask again" turns the prompt off in the settings.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from quadrant.domain.errors import QuadrantError
from quadrant.domain.history import Reason, explainable
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, Reprioritisation
from quadrant.services import history as history_service
from quadrant.services.ports import UnitOfWorkFactory
from quadrant.ui.errors import user_message
from quadrant.ui.history.labels import reason_label
from quadrant.ui.labels import quadrant_title

MAX_TITLE_CHARS = 40
"""A long title is cut in the question; the bar must stay one line."""


class WhyPrompt(QToolBar):
    """The inline bar that asks why a task changed quadrant (a toolbar at the window's foot).

    Signals:
        answered(int): the reason was saved on this many log entries.
        failed(str): the answer could not be saved; the text is for the user.
        turned_off(): the user asked never to be asked again.
    """

    answered = Signal(int)
    failed = Signal(str)
    turned_off = Signal()

    def __init__(self, new_uow: UnitOfWorkFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("why_prompt")
        self.setWindowTitle(self.tr("Why this move?"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # it comes and goes by itself
        self._new_uow = new_uow
        self._entries: tuple[Reprioritisation, ...] = ()
        self._return_focus: QWidget | None = None
        self.question = QLabel()
        self.question.setObjectName("why_question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons = QButtonGroup(self)
        self.reasons.setExclusive(False)  # a second click on the chosen reason clears it
        content = QWidget()
        content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(content)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.question)
        for reason in Reason:
            button = QToolButton()
            button.setObjectName(f"reason_{reason.value}")
            button.setText(reason_label(reason))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click never takes the focus
            button.setProperty("reason", reason.value)
            self.reasons.addButton(button)
            layout.addWidget(button)
        self.note = QLineEdit()
        self.note.setObjectName("why_note")
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setAccessibleName(self.tr("Note about this move"))
        self.note.setClearButtonEnabled(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note.setMinimumWidth(140)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("why_save")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.later_button = QToolButton()
        self.later_button.setObjectName("why_later")
        self.later_button.setText(self.tr("Not now"))
        self.later_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.off_button = QToolButton()
        self.off_button.setObjectName("why_off")
        self.off_button.setText(self.tr("Don't ask again"))
        self.off_button.setToolTip(self.tr("Turn this question off; Settings turns it back on."))
        self.off_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.later_button)
        layout.addWidget(self.off_button)
        self.addWidget(content)
        self.reasons.buttonToggled.connect(self._on_reasons_button_toggled)
        self.note.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.later_button.clicked.connect(self.dismiss)
        self.off_button.clicked.connect(self.turn_off)
        self.hide()

    # The question ------------------------------------------------------------

    @property
    def entries(self) -> tuple[Reprioritisation, ...]:
        """The log entries the open question is about (empty when none is open)."""
        return self._entries

    def ask(self, task_ids: Sequence[int], quadrant: Quadrant | None = None) -> bool:
        """Ask why these tasks were just moved; returns whether the bar is shown.

        Nothing is asked when the prompt is turned off, or when the moves
        already carry a reason (a reply, an import). A half-given answer to
        the previous question is saved first.
        """
        self._save_pending()
        try:
            found = history_service.entries_to_explain(self._new_uow(), task_ids)
        except QuadrantError as e:
            self.failed.emit(user_message(e))
            return False
        entries = tuple(e for e in found if e.cause is Cause.SELF and explainable(e))
        if not entries:
            self._close()
            return False
        self._entries = entries
        self._return_focus = QApplication.focusWidget()  # where the user was working
        self._clear_answer()
        self.question.setText(self._question_text(entries, quadrant or entries[0].to_quadrant))
        self.show()
        return True

    def _question_text(self, entries: Sequence[Reprioritisation], quadrant: Quadrant) -> str:
        target = quadrant_title(quadrant)
        if len(entries) > 1:
            return self.tr("Why did %n task(s) move to %1?", "", len(entries)).replace("%1", target)
        title = entries[0].task_title
        if len(title) > MAX_TITLE_CHARS:
            title = title[: MAX_TITLE_CHARS - 1] + "…"
        return self.tr("Why did “%1” move to %2?").replace("%1", title).replace("%2", target)

    # The answer --------------------------------------------------------------

    def chosen_reason(self) -> Reason | None:
        """The reason button that is down, if any."""
        button = self.reasons.checkedButton()
        return Reason(str(button.property("reason"))) if button is not None else None

    def choose(self, reason: Reason | None) -> None:
        """Press one reason button (None: release them all)."""
        for button in self.reasons.buttons():
            button.setChecked(reason is not None and button.property("reason") == reason.value)

    def save(self) -> bool:
        """Record the chosen reason and the note on the move; the bar closes on success."""
        if not self._entries:
            return False
        reason, note = self.chosen_reason(), self.note.text()
        if reason is None and not note.strip():
            self.note.setPlaceholderText(self.tr("Choose a reason or type a note"))
            return False
        if not self._write(reason, note):
            return False
        self._close()
        return True

    def dismiss(self) -> None:
        """Close without an answer: the move stays unexplained."""
        self._close()

    def turn_off(self) -> None:
        """Never ask again (until the setting is turned back on)."""
        try:
            history_service.set_why_prompt(self._new_uow(), False)
        except QuadrantError as e:
            self.failed.emit(user_message(e))
            return
        self._close()
        self.turned_off.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    # Internals ---------------------------------------------------------------

    def _write(self, reason: Reason | None, note: str) -> bool:
        ids = [entry.id for entry in self._entries if entry.id is not None]
        try:
            written = history_service.explain_moves(self._new_uow(), ids, reason, note)
        except QuadrantError as e:
            self.failed.emit(user_message(e))
            return False
        self.answered.emit(written)
        return True

    def _save_pending(self) -> None:
        """Keep what the user already gave for the open question (the next move replaces it)."""
        if self._entries and (self.chosen_reason() is not None or self.note.text().strip()):
            self._write(self.chosen_reason(), self.note.text())
        self._entries = ()

    def _clear_answer(self) -> None:
        self.choose(None)
        self.note.clear()
        self.note.setPlaceholderText(self.tr("Note (optional)"))

    def _close(self) -> None:
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        self._entries = ()
        self._clear_answer()
        self.hide()
        back = self._return_focus
        self._return_focus = None
        if had_focus and back is not None:
            try:
                if back.isVisible():
                    back.setFocus()  # the keyboard goes back to where the user was
            except RuntimeError:  # that widget is gone (the view was rebuilt)
                pass

    def _on_reasons_button_toggled(self, button: QToolButton, checked: bool) -> None:
        if checked:  # exclusive by hand, so that a second click can release the choice
            for other in self.reasons.buttons():
                if other is not button:
                    other.setChecked(False)
