"""The weekly reflection dialog: answers persist, weeks can be browsed, exports write files."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import Figure, IsoWeek
from quadrant.interop.week_export import ExportFormat
from quadrant.services import reflection, tasks
from quadrant.ui.dialogs.reflection_dialog import ReflectionDialog
from tests.ui.conftest import App

WEEK = IsoWeek(2026, 47)
MONDAY = datetime(2026, 11, 16, 9, tzinfo=UTC)


@pytest.fixture
def week_of_work(app: App) -> App:
    """Week 47: two tasks done for Marieke and Pieter, one urgent request; an answer in week 46."""
    new = app.database.unit_of_work
    done = [
        tasks.capture(new(), "Board pack", quadrant=Quadrant.DO, requester_name="Marieke",
                      now=MONDAY),
        tasks.capture(new(), "Onboarding plan", quadrant=Quadrant.PLAN,
                      requester_name="Pieter", effort_minutes=90, now=MONDAY),
    ]  # fmt: skip
    for task in done:
        assert task.id is not None
        tasks.complete(new(), task.id, MONDAY + timedelta(days=2))
    reflection.save_reflection(new(), WEEK.shifted(-1), {"went_well": "Week 46 went fine"})
    app.store.load()
    return app


def open_dialog(app: App, qtbot: QtBot, week: IsoWeek = WEEK) -> ReflectionDialog:
    dialog = app.window.reflection.open_reflection(week)
    qtbot.waitExposed(dialog)
    return dialog


def stored_answers(app: App, week: IsoWeek) -> str | None:
    rows = app.rows("SELECT answers FROM reflection WHERE week = :week", week=str(week))
    return str(rows[0][0]) if rows else None


def test_answers_typed_are_kept_after_closing_and_shown_on_reopening(
    week_of_work: App, qtbot: QtBot
) -> None:
    dialog = open_dialog(week_of_work, qtbot)
    qtbot.keyClicks(dialog.answers["went_well"], "Board pack a day early")
    qtbot.keyClicks(dialog.answers["next_week"], "Block two mornings")
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()  # Esc or the Close button: no Save button to forget
    stored = stored_answers(week_of_work, WEEK)
    assert stored is not None and "Board pack a day early" in stored
    assert "Block two mornings" in stored
    again = open_dialog(week_of_work, qtbot)
    assert again is not dialog
    assert again.answers["went_well"].toPlainText() == "Board pack a day early"
    assert again.answers["next_week"].toPlainText() == "Block two mornings"
    assert again.answers["learned"].toPlainText() == ""


def test_typing_is_saved_by_itself_after_a_pause(week_of_work: App, qtbot: QtBot) -> None:
    dialog = open_dialog(week_of_work, qtbot)
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClicks(dialog.answers["learned"], "Ask for the deadline first")
    assert "Ask for the deadline first" in (stored_answers(week_of_work, WEEK) or "")
    assert dialog.save_state.text() == "Saved"


def test_the_weeks_numbers_and_charts_are_shown(week_of_work: App, qtbot: QtBot) -> None:
    dialog = open_dialog(week_of_work, qtbot)
    assert dialog.numbers.value_text(Figure.COMPLETED) == "2"
    assert dialog.numbers.value_text(Figure.PLAN_SHARE) == "50%"
    assert dialog.numbers.value_text(Figure.FOCUS_MINUTES) == "1 h 30 min"
    share = dict(dialog.charts["quadrant_share"].bars)
    assert share["Plan"] == pytest.approx(0.5) and share["Do now"] == pytest.approx(0.5)
    assert dialog.charts["disruptions"].bars == (("Marieke", 1.0),)  # urgent and captured
    assert dialog.charts["quadrant_share"].shows_chart
    assert not dialog.charts["replies"].shows_chart  # "No replies sent." instead


def test_week_navigation_shows_and_edits_past_reflections(week_of_work: App, qtbot: QtBot) -> None:
    dialog = open_dialog(week_of_work, qtbot)
    qtbot.keyClicks(dialog.answers["went_well"], "Week 47 note")
    qtbot.mouseClick(dialog.week_picker.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.week == WEEK.shifted(-1)
    assert "Week 47 note" in (stored_answers(week_of_work, WEEK) or "")  # saved on leaving
    assert dialog.answers["went_well"].toPlainText() == "Week 46 went fine"
    assert dialog.numbers.value_text(Figure.COMPLETED) == "0"
    dialog.answers["went_well"].setPlainText("Week 46, edited later")
    qtbot.mouseClick(dialog.week_picker.next_button, Qt.MouseButton.LeftButton)
    assert dialog.answers["went_well"].toPlainText() == "Week 47 note"
    assert "edited later" in (stored_answers(week_of_work, WEEK.shifted(-1)) or "")
    labels = [dialog.past.itemText(i) for i in range(dialog.past.count())]
    assert {"2026-W47", "2026-W46"} <= set(labels)
    dialog.past.activated.emit(labels.index("2026-W46"))
    assert dialog.week == WEEK.shifted(-1)


def test_a_failed_save_keeps_the_text_and_the_dialog(
    week_of_work: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quadrant.domain.errors import StorageError

    def refuse(*args: object, **kwargs: object) -> None:
        raise StorageError("The disk is full.")

    dialog = open_dialog(week_of_work, qtbot)
    qtbot.keyClicks(dialog.answers["influence"], "Typed before the disk filled up")
    monkeypatch.setattr(reflection, "save_reflection", refuse)
    dialog.reject()
    assert dialog.isVisible()  # not closed: the text would be lost
    assert "disk is full" in dialog.save_state.text()
    assert dialog.answers["influence"].toPlainText() == "Typed before the disk filled up"


def choose_file(dialog: ReflectionDialog, qtbot: QtBot, target: Path) -> None:
    """Answer the (non-native) file dialog the export button opened."""
    files = dialog.export.file_dialog
    assert isinstance(files, QFileDialog)
    assert files.testOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.waitExposed(files)
    files.selectFile(str(target))
    files.accept()


@pytest.mark.parametrize(
    ("export_format", "opening"),
    [
        (ExportFormat.MARKDOWN, b"# Week 2026-W47: my reflection"),
        (ExportFormat.HTML, b"<!DOCTYPE html>"),
        (ExportFormat.CSV, b"\xef\xbb\xbf"),
        (ExportFormat.PDF, b"%PDF-"),
    ],
)
def test_export_from_the_dialog_writes_the_file(
    week_of_work: App, qtbot: QtBot, tmp_path: Path, export_format: ExportFormat, opening: bytes
) -> None:
    dialog = open_dialog(week_of_work, qtbot)
    qtbot.keyClicks(dialog.answers["went_well"], "Exported answer")
    target = tmp_path / f"week.{export_format.value}"
    qtbot.mouseClick(dialog.export.buttons[export_format], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.export.exported):
        choose_file(dialog, qtbot, target)
    assert target.read_bytes().startswith(opening)
    assert dialog.export.status.text() == f"Saved to {target}"
    if export_format is ExportFormat.MARKDOWN:
        assert "Exported answer" in target.read_text(encoding="utf-8")  # typed, not yet saved


def test_the_value_report_can_hide_other_requesters(
    week_of_work: App, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(week_of_work, qtbot)
    qtbot.keyClicks(dialog.answers["went_well"], "Private thought")
    panel = dialog.export
    panel.variant.setCurrentIndex(1)
    panel.hide_names.setChecked(True)
    panel.reader.setCurrentIndex(panel.reader.findText("Marieke"))
    target = tmp_path / "value.md"
    assert panel.export_to(ExportFormat.MARKDOWN, target) == target
    text = target.read_text(encoding="utf-8")
    assert "Marieke" in text and "Board pack" in text
    assert "Pieter" not in text and "Onboarding plan" not in text
    assert "Private thought" not in text


def test_a_failed_export_says_why_and_leaves_no_file(
    week_of_work: App, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(week_of_work, qtbot)
    target = tmp_path / "missing" / "week.md"
    assert dialog.export.export_to(ExportFormat.MARKDOWN, target) is None
    assert "does not exist" in dialog.export.status.text()
    assert not target.exists()


def test_the_menu_offers_history_and_reflection_with_free_shortcuts(app: App) -> None:
    actions = app.window.reflection
    assert actions.history_action.shortcut().toString() == "Ctrl+H"
    assert actions.reflection_action.shortcut().toString() == "Ctrl+Shift+R"
    assert actions.reflection_action.objectName() == "reflection_action"  # the reminder's hook
    keys = [
        key.toString()
        for action in app.window.findChildren(type(actions.history_action))
        for key in action.shortcuts()
        if not key.isEmpty()
    ]
    assert keys.count("Ctrl+H") == 1 and keys.count("Ctrl+Shift+R") == 1
    menu_titles = [item.text() for item in app.window.menuBar().actions()]
    assert "Re&view" in menu_titles


def test_open_reflection_opens_the_current_week_once(app: App, qtbot: QtBot) -> None:
    from quadrant.services.reflection import current_week
    from quadrant.ui.reflection_actions import open_reflection

    open_reflection(app.window)
    dialog = app.window.reflection.reflection_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.week == current_week(week_start=dialog.week_picker.week_start)
    open_reflection(app.window)
    assert app.window.reflection.reflection_dialog is dialog  # brought forward, not doubled


def test_the_main_window_leaves_charts_and_pdf_unloaded() -> None:
    """QtCharts and the PDF machinery cost start-up time; they load with the dialog only."""
    script = textwrap.dedent(
        """
        import os, sys, tempfile
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from quadrant.app import Database, locations
        from quadrant.paths import resolve_paths
        from quadrant.ui.actions import TaskActions
        from quadrant.ui.main_window import MainWindow
        from quadrant.ui.task_store import TaskStore
        app = QApplication([])
        paths = resolve_paths(tempfile.mkdtemp())
        paths.create()
        database = Database(paths)
        store = TaskStore(database.unit_of_work)
        window = MainWindow(TaskActions(store), QSettings(), locations(paths))
        store.load()
        window.show()
        app.processEvents()
        loaded = [m for m in ("PySide6.QtCharts", "quadrant.ui.charts", "quadrant.ui.pdf",
                              "quadrant.ui.dialogs.reflection_dialog") if m in sys.modules]
        print("loaded:", loaded)
        window.reflection.open_reflection()
        print("after:", "PySide6.QtCharts" in sys.modules)
        database.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "loaded: []" in result.stdout
    assert "after: True" in result.stdout
