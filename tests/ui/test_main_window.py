"""The main window driven as a user would, checking the screen and the database."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from quadrant.domain.matrix import Quadrant
from quadrant.ui.dialogs.task_dialog import TaskDialog
from quadrant.ui.main_window import MainWindow
from quadrant.ui.matrix.model import TASK_MIME_TYPE
from tests.ui.conftest import App


def capture(app: App, qtbot: QtBot, line: str) -> None:
    app.window.capture.setFocus()
    qtbot.keyClicks(app.window.capture, line)
    qtbot.keyClick(app.window.capture, Qt.Key.Key_Return)


def select(app: App, title: str) -> None:
    for pane in app.window.matrix.panes.values():
        for row in range(pane.model.rowCount()):
            if pane.model.index(row, 0).data() == title:
                pane.view.setFocus()
                app.window.matrix.select_task(pane.model.task_at(row).id)  # type: ignore[union-attr]
                return
    raise AssertionError(f"{title} is not on screen")


def test_quick_capture_adds_to_the_current_quadrant_and_saves(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Order toner")
    assert app.titles_on_screen(Quadrant.DO) == ["Order toner"]
    assert app.quadrant_of("Order toner") is Quadrant.DO
    assert app.window.capture.text() == ""
    assert app.window.matrix.panes[Quadrant.DO].count.text() == "1 task(s)"


def test_quick_capture_markers_set_quadrant_requester_and_due(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Plan offsite @Marieke * friday")
    assert app.titles_on_screen(Quadrant.PLAN) == ["Plan offsite"]
    ((requester, due),) = app.rows(
        "SELECT requester.name, task.due_at FROM task JOIN requester "
        "ON requester.id = task.requester_id WHERE title = 'Plan offsite'"
    )
    assert requester == "Marieke"
    assert due is not None
    assert app.window.requester_filter.findText("Marieke") >= 0


def test_quick_capture_without_a_title_explains_and_keeps_the_text(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "@Marieke !")
    assert app.rows("SELECT count(*) FROM task") == [(0,)]
    assert app.window.capture.text() == "@Marieke !"
    assert "title" in app.window.statusBar().currentMessage()


def test_drop_between_quadrants_through_mime_data_moves_and_logs(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Move me")
    source = app.window.matrix.panes[Quadrant.DO].model
    target = app.window.matrix.panes[Quadrant.DELEGATE].model
    mime = source.mimeData([source.index(0, 0)])
    target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert app.titles_on_screen(Quadrant.DO) == []
    assert app.titles_on_screen(Quadrant.DELEGATE) == ["Move me"]
    assert app.quadrant_of("Move me") is Quadrant.DELEGATE
    assert app.rows("SELECT from_quadrant, to_quadrant FROM reprioritisation ORDER BY id")[-1] == (
        "do",
        "delegate",
    )


def test_a_drop_event_on_the_view_reorders_inside_a_quadrant(app: App, qtbot: QtBot) -> None:
    for title in ("First", "Second", "Third"):
        capture(app, qtbot, title)
    view = app.window.matrix.view(Quadrant.DO)
    model = app.window.matrix.panes[Quadrant.DO].model
    third_id = model.task_at(2).id  # type: ignore[union-attr]
    mime = QMimeData()
    mime.setData(TASK_MIME_TYPE, QByteArray(json.dumps([third_id]).encode()))
    top = view.visualRect(model.index(0, 0)).topLeft() + QPoint(5, 2)
    event = QDropEvent(top, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    view.dropEvent(event)
    assert app.titles_on_screen(Quadrant.DO) == ["Third", "First", "Second"]
    ordered = app.rows("SELECT title FROM task WHERE urgent AND important ORDER BY position")
    assert [row[0] for row in ordered] == ["Third", "First", "Second"]


def test_ctrl_digit_moves_the_selection_and_it_stays_selected(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Keyboard task")
    select(app, "Keyboard task")
    qtbot.keyClick(
        app.window.matrix.view(Quadrant.DO), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
    )
    assert app.titles_on_screen(Quadrant.PLAN) == ["Keyboard task"]
    assert app.quadrant_of("Keyboard task") is Quadrant.PLAN
    assert app.window.matrix.current_quadrant is Quadrant.PLAN
    qtbot.keyClick(
        app.window.matrix.view(Quadrant.PLAN), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier
    )
    assert app.quadrant_of("Keyboard task") is Quadrant.DROP


def test_undo_and_redo_restore_exactly_and_the_log_records_the_undo(app: App, qtbot: QtBot) -> None:
    for title in ("A", "B", "C"):
        capture(app, qtbot, title)
    select(app, "B")
    view = app.window.matrix.view(Quadrant.DO)
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert app.titles_on_screen(Quadrant.DO) == ["A", "C"]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert app.titles_on_screen(Quadrant.DO) == ["A", "B", "C"]
    assert app.quadrant_of("B") is Quadrant.DO
    assert app.rows("SELECT cause FROM reprioritisation ORDER BY id DESC LIMIT 1") == [("undo",)]
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Z, redo)
    assert app.titles_on_screen(Quadrant.DELEGATE) == ["B"]
    assert app.quadrant_of("B") is Quadrant.DELEGATE


def test_undo_of_a_capture_removes_it_and_redo_brings_it_back(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Oops")
    app.actions.undo_stack.undo()
    assert app.titles_on_screen(Quadrant.DO) == []
    assert app.rows("SELECT deleted_at IS NOT NULL FROM task WHERE title='Oops'") == [(1,)]
    app.actions.undo_stack.redo()
    assert app.titles_on_screen(Quadrant.DO) == ["Oops"]


def test_space_completes_delete_deletes_and_both_undo(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Finish me")
    capture(app, qtbot, "Remove me")
    select(app, "Finish me")
    view = app.window.matrix.view(Quadrant.DO)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert app.titles_on_screen(Quadrant.DO) == ["Remove me"]
    assert app.rows("SELECT status FROM task WHERE title='Finish me'") == [("done",)]
    select(app, "Remove me")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert app.titles_on_screen(Quadrant.DO) == []
    app.actions.undo_stack.undo()
    app.actions.undo_stack.undo()
    assert app.titles_on_screen(Quadrant.DO) == ["Finish me", "Remove me"]
    assert app.rows("SELECT status, deleted_at FROM task ORDER BY id") == [
        ("open", None),
        ("open", None),
    ]


def test_done_tasks_are_findable_in_the_done_view(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Archived")
    select(app, "Archived")
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_Space)
    app.window.view_mode.setCurrentIndex(1)
    assert app.titles_on_screen(Quadrant.DO) == ["Archived"]
    app.window.view_mode.setCurrentIndex(0)
    assert app.titles_on_screen(Quadrant.DO) == []


def test_edit_dialog_changes_fields_moves_and_shows_history(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Draft")
    select(app, "Draft")
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_Return)
    dialog = app.window.task_dialog
    assert isinstance(dialog, TaskDialog)
    assert dialog.history.topLevelItemCount() == 1  # the capture
    dialog.title.setText("Final report")
    dialog.requester.setText("Pieter")
    dialog.urgent.setChecked(False)
    dialog.notes.setPlainText("Two pages")
    with qtbot.waitSignal(dialog.finished) as finished:
        dialog.accept()
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    assert app.titles_on_screen(Quadrant.PLAN) == ["Final report"]
    assert app.rows("SELECT title, notes FROM task") == [("Final report", "Two pages")]
    assert app.rows("SELECT name FROM requester") == [("Pieter",)]
    app.actions.undo_stack.undo()
    assert app.titles_on_screen(Quadrant.DO) == ["Draft"]
    assert app.rows("SELECT title, notes, requester_id FROM task") == [("Draft", "", None)]


def test_the_edit_dialog_keeps_the_input_when_saving_fails(app: App, qtbot: QtBot) -> None:
    app.window.new_task()
    dialog = app.window.task_dialog
    dialog.title.setText("Valid title")
    dialog.requester.setText("x" * 300)  # longer than a name may be
    dialog.accept()
    assert dialog.isVisible()
    assert "200" in dialog.error.text()
    assert dialog.requester.text() == "x" * 300
    assert app.rows("SELECT count(*) FROM task") == [(0,)]


def test_filter_by_requester_and_search_text_narrows_every_pane(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Budget @Pieter")
    capture(app, qtbot, "Board pack @Marieke *")
    capture(app, qtbot, "Budget slides @Marieke ! *")
    app.window.search.setText("budget")
    assert app.titles_on_screen(Quadrant.DO) == ["Budget", "Budget slides"]
    assert app.titles_on_screen(Quadrant.PLAN) == []
    app.window.requester_filter.setCurrentIndex(app.window.requester_filter.findText("Marieke"))
    assert app.titles_on_screen(Quadrant.DO) == ["Budget slides"]
    app.window.search.clear()
    assert app.titles_on_screen(Quadrant.PLAN) == ["Board pack"]
    assert app.rows("SELECT count(*) FROM task") == [(3,)]  # filtering changes nothing stored


def test_models_pass_the_qt_model_tester(app: App, qtbot: QtBot, qtmodeltester: object) -> None:
    capture(app, qtbot, "One")
    capture(app, qtbot, "Two *")
    for pane in app.window.matrix.panes.values():
        qtmodeltester.check(pane.model)  # type: ignore[attr-defined]


def test_the_capture_line_shows_where_enter_will_add(app: App, qtbot: QtBot) -> None:
    assert app.window.capture_target.text() == "→ Do now"
    app.window.matrix.view(Quadrant.PLAN).setFocus()
    qtbot.waitUntil(lambda: app.window.capture_target.text() == "→ Plan")
    capture(app, qtbot, "Goes to plan")
    assert app.titles_on_screen(Quadrant.PLAN) == ["Goes to plan"]


def test_window_size_and_splitters_come_back_next_time(app: App, qtbot: QtBot) -> None:
    app.window.resize(760, 560)  # within the offscreen screen, which restore clamps to
    app.window.matrix.rows.setSizes([330, 150])
    sizes = app.window.matrix.rows.sizes()
    app.window.close()
    again = MainWindow(app.actions, app.window._settings, {})
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == app.window.size()
    assert again.matrix.rows.sizes() == sizes
