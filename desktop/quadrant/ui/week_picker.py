"""Choosing a week: previous / next buttons around the week's name, and "this week".

The history view and the reflection dialog both step through weeks with it.
A week is an ISO week (what is stored); the locale's first weekday decides
which seven local days it shows.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from quadrant.domain.errors import QuadrantError
from quadrant.domain.reflection import MONDAY, IsoWeek, week_local_days
from quadrant.services.ports import UnitOfWorkFactory
from quadrant.services.reflection import current_week
from quadrant.services.settings import load_preferences


def locale_week_start(locale: QLocale | None = None) -> int:
    """The locale's first weekday as the domain counts it: 0 = Monday … 6 = Sunday."""
    first = (locale or QLocale()).firstDayOfWeek()
    return (first.value - 1) % 7


def user_week_start(new_uow: UnitOfWorkFactory) -> int:
    """The first weekday the user chose in the settings, else the locale's."""
    try:
        chosen = load_preferences(new_uow()).week_start
    except QuadrantError:
        chosen = None
    return locale_week_start() if chosen is None else chosen


def week_title(week: IsoWeek, week_start: int = MONDAY) -> str:
    """ "Week 47 · 16 – 22 Nov 2026": the number people use, and the days it covers."""
    first_day, after = week_local_days(week, week_start)
    last_day = after - timedelta(days=1)
    first = QDate(first_day.year, first_day.month, first_day.day)
    last = QDate(last_day.year, last_day.month, last_day.day)
    locale = QLocale()
    if first.year() != last.year():
        start_text = locale.toString(first, "d MMM yyyy")
    elif first.month() != last.month():
        start_text = locale.toString(first, "d MMM")
    else:
        start_text = locale.toString(first, "d")
    days = f"{start_text} – {locale.toString(last, 'd MMM yyyy')}"
    number = QCoreApplication.translate("WeekPicker", "Week %1").replace("%1", str(week.week))
    return f"{number} · {days}"


class WeekPicker(QWidget):
    """◀ Week 47 · 16–22 Nov 2026 ▶  [This week]

    Signals:
        week_changed(IsoWeek): the user stepped to another week.
    """

    week_changed = Signal(object)

    def __init__(self, week: IsoWeek, week_start: int = MONDAY, parent: QWidget | None = None):
        super().__init__(parent)
        self._week = week
        self._week_start = week_start
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previous_week")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.previous_button.setShortcut("Alt+Left")
        self.next_button = QToolButton()
        self.next_button.setObjectName("next_week")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.next_button.setShortcut("Alt+Right")
        self.title = QLabel()
        self.title.setObjectName("week_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setMinimumWidth(self.title.fontMetrics().horizontalAdvance("W" * 16))
        self.today_button = QToolButton()
        self.today_button.setObjectName("this_week")
        self.today_button.setText(self.tr("This week"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.title)
        layout.addWidget(self.next_button)
        layout.addWidget(self.today_button)
        self.previous_button.clicked.connect(lambda: self.set_week(self._week.shifted(-1)))
        self.next_button.clicked.connect(lambda: self.set_week(self._week.shifted(1)))
        self.today_button.clicked.connect(
            lambda: self.set_week(current_week(week_start=self._week_start))
        )
        self._show()

    @property
    def week(self) -> IsoWeek:
        """The week shown."""
        return self._week

    @property
    def week_start(self) -> int:
        """The first weekday the picker counts weeks from (0 = Monday)."""
        return self._week_start

    def set_week(self, week: IsoWeek) -> None:
        """Show ``week``; emits week_changed when it is another week."""
        if week == self._week:
            return
        self._week = week
        self._show()
        self.week_changed.emit(week)

    def _show(self) -> None:
        self.title.setText(week_title(self._week, self._week_start))
        self.title.setAccessibleName(self.title.text())
        upcoming = current_week(week_start=self._week_start).shifted(1)
        self.next_button.setEnabled(self._week < upcoming)  # no reflecting on far futures
