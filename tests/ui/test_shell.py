"""Settings, first run, example data, reminders and tray, driven through the real window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quadrant.domain.matrix import Quadrant
from quadrant.services import settings as settings_service
from quadrant.services.clock import utc_now
from quadrant.services.demo import demo_uids
from quadrant.services.settings import Preferences, ReflectionReminder
from quadrant.ui.dialogs.welcome_dialog import WelcomeDialog
from quadrant.ui.i18n import Translations
from quadrant.ui.reminders import WeeklyReminder
from quadrant.ui.tray import Tray
from tests.ui.i18n_support import ShellApp, build_shell_app


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, translations: Translations) -> Iterator[ShellApp]:
    shell_app = build_shell_app(qtbot, tmp_path / "data", translations)
    shell_app.window.show()
    qtbot.waitExposed(shell_app.window)
    yield shell_app
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, WelcomeDialog):
            widget.close()
    shell_app.database.close()


def settings_rows(app: ShellApp) -> dict[str, str]:
    with app.database.engine.connect() as connection:
        return dict(connection.execute(text("SELECT key, value FROM setting")).all())  # type: ignore[arg-type]


def titles(app: ShellApp) -> set[str]:
    return {task.title for task in app.store.tasks()}


# Settings ------------------------------------------------------------------------


def test_settings_are_saved_with_the_data(app: ShellApp) -> None:
    dialog = app.shell.show_settings()
    dialog.horizon.setValue(5)
    dialog.week_start.setCurrentIndex(dialog.week_start.findData(6))
    dialog.ask_why.setChecked(False)
    dialog.remind_day.setCurrentIndex(0)
    dialog.team_folder.setText("/srv/team/templates")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    stored = settings_rows(app)
    assert stored["urgency_horizon_days"] == "5"
    assert stored["week_start"] == "6"
    assert stored["ask_why_on_move"] == "0"
    assert stored["reflection_reminder"] == "0 15:00"
    assert stored["team_folder"] == "/srv/team/templates"
    again = app.shell.show_settings()
    assert again.preferences() == dialog.preferences()


def test_a_wider_urgency_horizon_makes_tasks_urgent_at_once(app: ShellApp) -> None:
    soon = utc_now() + timedelta(days=7)
    task = app.store.capture("Quarterly figures", Quadrant.PLAN, due_at=soon)
    dialog = app.shell.show_settings()
    dialog.horizon.setValue(15)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert task.id is not None
    assert app.store.fetch(task.id).quadrant is Quadrant.DO


def test_the_data_folder_opens_and_a_backup_is_taken_on_request(app: ShellApp) -> None:
    dialog = app.shell.show_settings()
    assert dialog.data_folder.text() == str(app.database.paths.data)
    dialog.open_data.click()
    assert app.opened == [app.database.paths.data]
    assert dialog.backup_state.text() == "No backups yet."
    dialog.backup_now.click()
    assert dialog.backup_state.text().startswith("1 backup, from ")
    dialog.backup_now.click()
    backups = sorted(app.database.paths.backups.glob("*-manual.sqlite3"))
    assert len(backups) == 2
    assert dialog.backup_state.text().startswith("2 backups; the latest from ")


# First run and example data ---------------------------------------------------------


def test_a_new_store_greets_and_can_start_with_the_example_week_in_dutch(
    app: ShellApp, qtbot: QtBot
) -> None:
    settings_service.save_preferences(app.database.unit_of_work(), Preferences(language="nl"))
    app.shell.start()  # the language stored with the data wins over the system's
    welcome = app.shell.welcome_dialog
    assert isinstance(welcome, WelcomeDialog) and welcome.isVisible()
    assert welcome.windowTitle() == "Welkom bij Quadrant"
    with qtbot.waitSignal(welcome.finished):
        welcome.example_button.click()
    assert "Bestuursstukken: laatste twee rapporten verzamelen" in titles(app)
    app.shell.welcome_dialog = None
    app.shell.start()
    assert app.shell.welcome_dialog is None  # answered once: never again


def test_starting_empty_leaves_the_store_empty_and_does_not_ask_again(
    app: ShellApp, qtbot: QtBot
) -> None:
    app.shell.start()
    welcome = app.shell.welcome_dialog
    assert welcome is not None
    with qtbot.waitSignal(welcome.finished):
        welcome.empty_button.click()
    assert titles(app) == set()
    assert settings_rows(app)["welcome_done"] == "1"


def test_removing_example_data_asks_then_takes_everything_of_it_out(
    app: ShellApp, qtbot: QtBot
) -> None:
    app.shell.start()
    welcome = app.shell.welcome_dialog
    assert welcome is not None
    with qtbot.waitSignal(welcome.finished):
        welcome.example_button.click()
    app.store.capture("My own task", Quadrant.DO, requester_name="Marieke Jansen")
    example_task = next(t for t in app.store.tasks() if t.external_uid == "demo:0")
    assert example_task.id is not None
    app.window.task_actions.move(example_task.id, Quadrant.DROP)  # undo would name it
    file_menu = app.window.menuBar().actions()[0].menu()
    file_menu.aboutToShow.emit()
    assert app.shell.remove_demo_action.isEnabled()

    app.shell.remove_demo_action.trigger()
    question = app.shell.example_removal.question
    assert question is not None and question.isVisible()
    assert titles(app) > {"My own task"}  # nothing happens before the answer
    with qtbot.waitSignal(app.shell.example_removal.removed) as removed:
        question.button(QMessageBox.StandardButton.Yes).click()

    assert removed.args == [len(demo_uids())]
    assert titles(app) == {"My own task"}
    assert app.window.statusBar().currentMessage() == (
        f"Example week removed: {len(demo_uids())} tasks."
    )
    with app.database.engine.connect() as connection:
        left = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("task", "reply", "reflection")
        }
        names = set(connection.execute(text("SELECT name FROM requester")).scalars())
    assert left == {"task": 1, "reply": 0, "reflection": 0}
    assert names == {"Marieke Jansen"}  # her own task names her; the other three went
    assert app.window.task_actions.undo_stack.count() == 0  # its steps named removed tasks
    file_menu.aboutToShow.emit()
    assert not app.shell.remove_demo_action.isEnabled()


def test_cancelling_the_question_removes_nothing(app: ShellApp, qtbot: QtBot) -> None:
    app.shell.start()
    welcome = app.shell.welcome_dialog
    assert welcome is not None
    with qtbot.waitSignal(welcome.finished):
        welcome.example_button.click()
    shown = titles(app)
    app.shell.remove_demo_action.trigger()
    question = app.shell.example_removal.question
    assert question is not None
    with qtbot.assertNotEmitted(app.shell.example_removal.removed):
        question.button(QMessageBox.StandardButton.Cancel).click()
    assert titles(app) == shown


# Reminders ---------------------------------------------------------------------------


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_the_weekly_reminder_fires_when_its_moment_passes(qtbot: QtBot) -> None:
    clock = Clock(datetime(2026, 11, 27, 14, 50))  # a Friday
    reminder = WeeklyReminder(clock)
    reminder.set_reminder(ReflectionReminder())
    assert reminder.target == datetime(2026, 11, 27, 15, 0)
    assert reminder.timer.isActive() and reminder.timer.interval() <= 10 * 60 * 1000
    with qtbot.assertNotEmitted(reminder.due):
        reminder.check()
    clock.now = datetime(2026, 11, 27, 15, 0, 1)
    with qtbot.waitSignal(reminder.due, timeout=100):
        reminder.check()
    assert reminder.target == datetime(2026, 12, 4, 15, 0)


def test_a_reminder_missed_just_before_start_is_still_shown(qtbot: QtBot) -> None:
    reminder = WeeklyReminder(Clock(datetime(2026, 11, 27, 16, 0)))
    with qtbot.waitSignal(reminder.due, timeout=100):
        reminder.set_reminder(ReflectionReminder(), catch_up=True)
    late = WeeklyReminder(Clock(datetime(2026, 11, 28, 10, 0)))
    with qtbot.assertNotEmitted(late.due):
        late.set_reminder(ReflectionReminder(), catch_up=True)


def test_without_a_tray_the_reminder_is_a_banner_that_opens_the_reflection(
    app: ShellApp,
) -> None:
    opened: list[bool] = []
    app.shell.open_reflection = lambda: opened.append(True)
    assert app.shell.tray is None
    app.shell.reminder.due.emit()
    banner = app.shell.banner
    assert banner.isVisible() and app.shell.banner_bar.isVisible()
    assert banner.message.text().startswith("Time to look back on your week")
    banner.action_button.click()
    assert opened == [True]
    assert not app.shell.banner_bar.isVisible()


def test_the_tray_hides_and_shows_the_window_and_captures(app: ShellApp) -> None:
    tray = Tray(app.window, app.shell.quick_capture)
    tray.toggle_action.trigger()
    assert not app.window.isVisible()
    tray.capture_action.trigger()
    assert app.window.isVisible()
    assert app.window.focusWidget() is app.window.capture
    tray.menu.aboutToShow.emit()
    assert tray.toggle_action.text() == "&Hide Quadrant"
