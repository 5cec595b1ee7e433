"""Edit → Settings: the preferences that travel with the data, and where the data lives.

The dialog edits a :class:`~quadrant.services.settings.Preferences` value and
hands it to ``submit`` on OK; when saving fails it stays open with the
message. The data folder and the backups are shown through callables the
app passes in, so the dialog never touches the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.errors import QuadrantError
from quadrant.services.settings import (
    MAX_HORIZON_DAYS,
    Preferences,
    ReflectionReminder,
)
from quadrant.ui.errors import user_message
from quadrant.ui.i18n import FOLLOW_SYSTEM, language_names, resolve_language

Submit = Callable[[Preferences], str | None]
"""Saves the preferences; returns None on success or a message saying why it failed."""


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


@dataclass(frozen=True, slots=True)
class DataPlaces:
    """Where the data lives and what can be done with it, passed in by the app.

    Attributes:
        data_folder: the folder with the database.
        list_backups: the existing backups, newest first.
        back_up_now: takes a verified backup now (the store's rotation then
            thins out old ones); returns its path or raises a QuadrantError.
        open_folder: shows a folder in the file manager (tests replace it).
    """

    data_folder: Path
    list_backups: Callable[[], Sequence[Path]]
    back_up_now: Callable[[], Path]
    open_folder: Callable[[Path], bool] = open_folder


class SettingsDialog(QDialog):
    """The settings: language, planning, reflection, team folder, data and backups."""

    def __init__(
        self,
        preferences: Preferences,
        places: DataPlaces,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self._places = places
        self._submit = submit
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_general())
        layout.addWidget(self._build_reflection())
        layout.addWidget(self._build_data())
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load(preferences)
        self._show_backups()

    # Building ----------------------------------------------------------------

    def _build_general(self) -> QGroupBox:
        box = QGroupBox(self.tr("General"))
        form = QFormLayout(box)
        self.language = QComboBox()
        for code, name in language_names().items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("Menus and dialogs switch at once."))
        self.week_start = QComboBox()
        locale = QLocale()
        system_day = locale.dayName(locale.firstDayOfWeek().value)
        self.week_start.addItem(self.tr("Same as the system (%1)").replace("%1", system_day), None)
        for qt_day in range(1, 8):  # Qt counts Monday = 1; the setting Monday = 0
            self.week_start.addItem(locale.dayName(qt_day), qt_day - 1)
        self.week_start.setAccessibleName(self.tr("Week starts on"))
        self.horizon = QSpinBox()
        self.horizon.setRange(0, MAX_HORIZON_DAYS)
        self.horizon.setSuffix(self.tr(" working days"))
        self.horizon.setAccessibleName(self.tr("Urgency horizon in working days"))
        self.horizon.setToolTip(self.tr("A task becomes urgent when its due date is this close."))
        self.ask_why = QCheckBox(self.tr("&Ask why when a task changes quadrant"))
        self.ask_why.setToolTip(self.tr("The reasons show up in your weekly reflection."))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Week starts on:"), self.week_start)
        form.addRow(self.tr("&Urgent within:"), self.horizon)
        form.addRow(self.ask_why)
        return box

    def _build_reflection(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reflection and team"))
        form = QFormLayout(box)
        self.remind = QCheckBox(self.tr("&Remind me to look back on the week"))
        self.remind_day = QComboBox()
        locale = QLocale()
        for qt_day in range(1, 8):
            self.remind_day.addItem(locale.dayName(qt_day), qt_day - 1)
        self.remind_day.setAccessibleName(self.tr("Reminder day"))
        self.remind_time = QTimeEdit()
        self.remind_time.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.remind_time.setAccessibleName(self.tr("Reminder time"))
        self.remind.toggled.connect(self.remind_day.setEnabled)
        self.remind.toggled.connect(self.remind_time.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.remind_day, 1)
        when.addWidget(self.remind_time)
        form.addRow(self.remind)
        form.addRow(self.tr("O&n:"), when)
        self._buddy(form, self.remind_day)
        self.team_folder = QLineEdit()
        self.team_folder.setAccessibleName(self.tr("Team template folder"))
        self.team_folder.setPlaceholderText(self.tr("A shared folder with your team's templates"))
        self.team_folder.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Brow&se…"))
        browse.setAccessibleName(self.tr("Choose the team template folder"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.team_folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("&Team folder:"), folder_row)
        self._buddy(form, self.team_folder)
        return box

    def _build_data(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data on this computer"))
        form = QFormLayout(box)
        self.data_folder = QLineEdit(str(self._places.data_folder))
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.open_data = QPushButton(self.tr("&Open folder"))
        self.open_data.setAccessibleName(self.tr("Open the data folder"))
        self.open_data.clicked.connect(self._on_open_data_clicked)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_folder, 1)
        data_row.addWidget(self.open_data)
        form.addRow(self.tr("&Data folder:"), data_row)
        self._buddy(form, self.data_folder)
        self.backup_state = QLabel()
        self.backup_state.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_state.setWordWrap(True)
        self.backup_now = QPushButton(self.tr("&Back up now"))
        self.backup_now.clicked.connect(self._on_backup_now_clicked)
        self.backup_now.setToolTip(
            self.tr(
                "Quadrant also backs up by itself while you work, and keeps older ones thinned out."
            )
        )
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_state, 1)
        backup_row.addWidget(self.backup_now)
        form.addRow(self.tr("Backups:"), backup_row)
        return box

    @staticmethod
    def _buddy(form: QFormLayout, field: QWidget) -> None:
        """Let a row label whose field is a layout still jump to (and name) the field."""
        label = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
        widget = label.widget() if label is not None else None
        if isinstance(widget, QLabel):
            widget.setBuddy(field)

    # Values ------------------------------------------------------------------

    def _load(self, preferences: Preferences) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.week_start.setCurrentIndex(max(0, self.week_start.findData(preferences.week_start)))
        self.horizon.setValue(preferences.urgency_horizon_days)
        self.ask_why.setChecked(preferences.ask_why_on_move)
        reminder = preferences.reflection_reminder
        shown = reminder or ReflectionReminder()
        self.remind.setChecked(reminder is not None)
        self.remind_day.setCurrentIndex(shown.weekday)
        self.remind_time.setTime(QTime(shown.at.hour, shown.at.minute))
        self.remind_day.setEnabled(reminder is not None)
        self.remind_time.setEnabled(reminder is not None)
        self.team_folder.setText(preferences.team_folder)

    def preferences(self) -> Preferences:
        """What the dialog shows now."""
        language = self.language.currentData()
        week_start = self.week_start.currentData()
        at = self.remind_time.time()
        reminder = (
            ReflectionReminder(int(self.remind_day.currentData()), time(at.hour(), at.minute()))
            if self.remind.isChecked()
            else None
        )
        return Preferences(
            language=language if isinstance(language, str) else FOLLOW_SYSTEM,
            urgency_horizon_days=self.horizon.value(),
            week_start=week_start if isinstance(week_start, int) else None,
            reflection_reminder=reminder,
            ask_why_on_move=self.ask_why.isChecked(),
            team_folder=self.team_folder.text().strip(),
        )

    def shown_language(self) -> str:
        """The language the chosen preference gives ("nl" or "en")."""
        return resolve_language(self.preferences().language)

    # Slots -------------------------------------------------------------------

    def _show_backups(self) -> None:
        backups = list(self._places.list_backups())
        if not backups:
            self.backup_state.setText(self.tr("No backups yet."))
            return
        latest = datetime.fromtimestamp(backups[0].stat().st_mtime, UTC)
        moment = QDateTime.fromSecsSinceEpoch(int(latest.timestamp())).toLocalTime()
        self.backup_state.setText(
            self.tr("%n backup(s); the latest from %1.", "", len(backups)).replace(
                "%1", QLocale().toString(moment, QLocale.FormatType.ShortFormat)
            )
        )

    def _on_backup_now_clicked(self) -> None:
        try:
            self._places.back_up_now()
        except QuadrantError as e:
            self.backup_state.setText(user_message(e))
            return
        self._show_backups()

    def _on_open_data_clicked(self) -> None:
        if not self._places.open_folder(self._places.data_folder):
            self.backup_state.setText(
                self.tr("No file manager opened. The folder is: %1").replace(
                    "%1", str(self._places.data_folder)
                )
            )

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Team template folder"), self.team_folder.text()
        )
        if chosen:
            self.team_folder.setText(chosen)

    def accept(self) -> None:
        """Save through ``submit``; close only when it worked."""
        problem = self._submit(self.preferences())
        if problem is None:
            super().accept()
            return
        self.error.setText(problem)
        self.error.show()
