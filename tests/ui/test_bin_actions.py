"""Emptying the bin: asks first, then deleted tasks and their text leave the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quadrant.domain.matrix import Quadrant
from tests.ui.conftest import App
from tests.ui.test_main_window import capture, select


def test_empty_bin_asks_then_removes_deleted_tasks_for_good(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Keep me")
    capture(app, qtbot, "Secret note task")
    select(app, "Secret note task")
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_Delete)
    assert app.rows("SELECT count(*) FROM task") == [(2,)]

    app.window.bin.action.trigger()
    question = app.window.bin.question
    assert question is not None
    question.done(QMessageBox.StandardButton.Cancel.value)
    assert app.rows("SELECT count(*) FROM task") == [(2,)]

    app.window.bin.action.trigger()
    question = app.window.bin.question
    question.done(QMessageBox.StandardButton.Yes.value)
    assert app.rows("SELECT title FROM task") == [("Keep me",)]
    assert app.rows("SELECT count(*) FROM reprioritisation WHERE task_id NOT IN "
                    "(SELECT id FROM task)") == [(0,)]  # fmt: skip
    assert "removed for good" in app.window.statusBar().currentMessage()
    assert app.actions.undo_stack.count() == 0
    assert app.titles_on_screen(Quadrant.DO) == ["Keep me"]
