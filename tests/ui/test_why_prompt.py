"""The "why?" prompt after a move: it appears, never blocks, and stores the answer on the move."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from quadrant.domain.history import Reason
from quadrant.domain.matrix import Quadrant
from quadrant.ui.why_prompt import WhyPrompt
from tests.ui.conftest import App
from tests.ui.test_main_window import capture, select

CTRL = Qt.KeyboardModifier.ControlModifier


def prompt(app: App) -> WhyPrompt:
    return app.window.reflection.why_prompt


def last_move(app: App, title: str) -> tuple[object, ...]:
    (row,) = app.rows(
        "SELECT r.from_quadrant, r.to_quadrant, r.reason_category, r.note FROM reprioritisation r "
        "JOIN task ON task.id = r.task_id WHERE task.title = :title ORDER BY r.id DESC LIMIT 1",
        title=title,
    )
    return row


def drop(app: App, title: str, source: Quadrant, target: Quadrant) -> None:
    """Drag ``title`` from one pane to another, through the models as a drop does."""
    model = app.window.matrix.panes[source].model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    mime = model.mimeData([model.index(row, 0)])
    target_model = app.window.matrix.panes[target].model
    target_model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_a_drop_to_another_quadrant_asks_why_without_taking_the_focus(
    app: App, qtbot: QtBot
) -> None:
    capture(app, qtbot, "Board pack")
    select(app, "Board pack")
    drop(app, "Board pack", Quadrant.DO, Quadrant.PLAN)
    assert prompt(app).isVisible()
    assert "Board pack" in prompt(app).question.text()
    focused = app.window.focusWidget()
    assert focused is app.window.matrix.view(Quadrant.PLAN)  # the keyboard stays in the matrix
    assert not prompt(app).isAncestorOf(focused)
    assert app.titles_on_screen(Quadrant.PLAN) == ["Board pack"]  # the move itself is done


def test_the_answer_is_stored_on_the_moves_own_log_row(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Auditor meeting")
    select(app, "Auditor meeting")
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_3, CTRL)
    bar = prompt(app)
    assert bar.isVisible()
    qtbot.mouseClick(bar.findChild(object, "reason_manager_changed_priority"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.mouseClick(bar.note, Qt.MouseButton.LeftButton)  # the user clicks into the note
    qtbot.keyClicks(bar.note, "Pieter asked to hand it to finance")
    qtbot.keyClick(bar.note, Qt.Key.Key_Return)
    assert not bar.isVisible()
    assert app.window.focusWidget() is app.window.matrix.view(Quadrant.DELEGATE)  # back to work
    assert last_move(app, "Auditor meeting") == (
        "do",
        "delegate",
        "manager_changed_priority",
        "Pieter asked to hand it to finance",
    )
    # one row per move: the answer completed the move's row, it did not add one
    assert app.rows("SELECT count(*) FROM reprioritisation") == [(2,)]


def test_the_prompt_never_blocks_the_next_move_and_keeps_a_half_answer(
    app: App, qtbot: QtBot
) -> None:
    for title in ("First", "Second"):
        capture(app, qtbot, title)
    select(app, "First")
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_2, CTRL)
    prompt(app).choose(Reason.OWN_PLANNING)  # chosen, never saved by hand
    select(app, "Second")
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_4, CTRL)
    assert app.titles_on_screen(Quadrant.DROP) == ["Second"]
    assert "Second" in prompt(app).question.text()
    assert prompt(app).chosen_reason() is None  # a fresh question
    assert last_move(app, "First")[2] == "own_planning"  # the first answer was kept
    assert last_move(app, "Second")[2] is None


def test_not_now_leaves_the_move_unexplained(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Flowers")
    select(app, "Flowers")
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_4, CTRL)
    qtbot.mouseClick(prompt(app).later_button, Qt.MouseButton.LeftButton)
    assert not prompt(app).isVisible()
    assert last_move(app, "Flowers")[2:] == (None, "")


def test_reordering_inside_a_quadrant_and_undo_do_not_ask(app: App, qtbot: QtBot) -> None:
    for title in ("A", "B"):
        capture(app, qtbot, title)
    select(app, "B")
    app.actions.move(app.store.tasks()[0].id or 0, Quadrant.DO, None)  # reorder only
    assert not prompt(app).isVisible()
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_2, CTRL)
    prompt(app).dismiss()
    app.actions.undo_stack.undo()
    assert not prompt(app).isVisible()


def test_turned_off_in_the_settings_there_is_no_prompt(app: App, qtbot: QtBot) -> None:
    with app.database.engine.begin() as connection:
        from sqlalchemy import text

        connection.execute(text("INSERT INTO setting (key, value) VALUES ('ask_why_on_move', '0')"))
    capture(app, qtbot, "Quiet move")
    select(app, "Quiet move")
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_2, CTRL)
    assert app.quadrant_of("Quiet move") is Quadrant.PLAN
    assert not prompt(app).isVisible()


def test_dont_ask_again_turns_the_setting_off(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Once")
    select(app, "Once")
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_2, CTRL)
    qtbot.mouseClick(prompt(app).off_button, Qt.MouseButton.LeftButton)
    assert not prompt(app).isVisible()
    assert app.rows("SELECT value FROM setting WHERE key = 'ask_why_on_move'") == [("0",)]
    qtbot.keyClick(app.window.matrix.view(Quadrant.PLAN), Qt.Key.Key_3, CTRL)
    assert not prompt(app).isVisible()


def test_saving_without_a_reason_or_note_asks_for_one(app: App, qtbot: QtBot) -> None:
    capture(app, qtbot, "Unclear")
    select(app, "Unclear")
    qtbot.keyClick(app.window.matrix.view(Quadrant.DO), Qt.Key.Key_2, CTRL)
    assert not prompt(app).save()
    assert prompt(app).isVisible()
    assert last_move(app, "Unclear")[2:] == (None, "")
