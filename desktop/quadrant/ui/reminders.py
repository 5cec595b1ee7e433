"""Reminders while the app runs: the weekly reflection moment, and a banner to show them.

The timer never sleeps longer than a quarter of an hour, so a suspended
laptop or a clock change is noticed soon after; each wake-up compares the
wall clock with the configured moment (services.settings.next_reminder).
Where the desktop has no tray, reminders appear in a banner at the top of
the main window: non-modal, so it never interrupts typing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from quadrant.services.settings import ReflectionReminder, next_reminder, previous_reminder

MAX_SLEEP_MS = 15 * 60 * 1000
CATCH_UP_HOURS = 3
"""A reminder missed by at most this much (the app started late) is still shown."""

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """The local wall-clock time."""
    return datetime.now().astimezone()


class WeeklyReminder(QObject):
    """Fires ``due`` at the configured weekly moment.

    Signals:
        due(): the moment has come (or came less than CATCH_UP_HOURS before start).
    """

    due = Signal()

    def __init__(self, clock: Clock = local_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._reminder: ReflectionReminder | None = None
        self._target: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    @property
    def target(self) -> datetime | None:
        """The next moment it will fire (local wall-clock), or None when off."""
        return self._target

    def set_reminder(self, reminder: ReflectionReminder | None, catch_up: bool = False) -> None:
        """Follow a new setting; with ``catch_up``, fire now for a moment just missed."""
        self._reminder = reminder
        self.timer.stop()
        if reminder is None:
            self._target = None
            return
        now = self._clock()
        missed = previous_reminder(reminder, now)
        if catch_up and (now.replace(tzinfo=None) - missed).total_seconds() < CATCH_UP_HOURS * 3600:
            self.due.emit()
        self._target = next_reminder(reminder, now)
        self._sleep()

    def check(self) -> None:
        """Fire when the moment has passed; otherwise sleep again."""
        if self._reminder is None or self._target is None:
            return
        now = self._clock().replace(tzinfo=None)
        if now >= self._target:
            self._target = next_reminder(self._reminder, self._clock())
            self.due.emit()
        self._sleep()

    def _sleep(self) -> None:
        assert self._target is not None
        left = (self._target - self._clock().replace(tzinfo=None)).total_seconds() * 1000
        self.timer.start(int(max(1000, min(MAX_SLEEP_MS, left))))


class Banner(QFrame):
    """A one-line message above the matrix with an action and a close button.

    The banner lives in a toolbar row of the main window; whoever places it
    shows and hides that row (on ``dismissed``).

    Signals:
        acted(): the action button was pressed.
        dismissed(): the message is done with, by its action or by "Later".
    """

    acted = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._on_action_clicked)
        self.close_button = QPushButton(self.tr("&Later"))
        self.close_button.setAccessibleName(self.tr("Close the reminder"))
        self.close_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)

    def show_message(self, text: str, action: str) -> None:
        """Show ``text`` with a button labelled ``action``."""
        self.message.setText(text)
        self.setAccessibleName(text)
        self.action_button.setText(action)
        self.action_button.setAccessibleName(action.replace("&", ""))

    def _dismiss(self) -> None:
        self.dismissed.emit()

    def _on_action_clicked(self) -> None:
        self._dismiss()
        self.acted.emit()
