"""The reply dialog driven as a user would, checking the screen and the database."""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind
from quadrant.ui.dialogs.reply_dialog import ReplyDialog
from tests.ui.conftest import App

REQUEST = "Quarterly report for the board"


def _fill(app: App) -> None:
    for title, quadrant in (
        ("Board pack", Quadrant.DO),
        ("Minutes", Quadrant.DO),
        ("Flowers", Quadrant.DELEGATE),
        ("Room booking", Quadrant.DELEGATE),
        ("Onboarding", Quadrant.PLAN),
    ):
        app.store.capture(title, quadrant)
    app.store.capture(REQUEST, Quadrant.DO, requester_name="Marieke Jansen")


def _select(app: App, title: str) -> None:
    for pane in app.window.matrix.panes.values():
        for row in range(pane.model.rowCount()):
            if pane.model.index(row, 0).data() == title:
                pane.view.setFocus()
                task = pane.model.task_at(row)
                assert task is not None
                assert task.id is not None
                app.window.matrix.select_task(task.id)
                return
    raise AssertionError(f"{title} is not on screen")


def _open_reply(app: App, qtbot: QtBot, title: str = REQUEST) -> ReplyDialog:
    _select(app, title)
    qtbot.keyClick(app.window.matrix.view(app.window.matrix.current_quadrant), Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    dialog = app.window.replies.reply_dialog
    assert isinstance(dialog, ReplyDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _choose(dialog: ReplyDialog, kind: ReplyKind, language: Language = Language.NL) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.language.setCurrentIndex(dialog.language.findData(language))


def test_yes_if_reply_moves_the_displaced_tasks_logs_and_undoes(app: App, qtbot: QtBot) -> None:
    _fill(app)
    dialog = _open_reply(app, qtbot)
    _choose(dialog, ReplyKind.YES_IF)
    assert [t.title for t in dialog.displaced.ticked()] == ["Room booking", "Flowers"]
    assert "Room booking en Flowers" in dialog.body.toPlainText()
    assert dialog.gaps.text() != ""  # no signature name yet: a visible gap, never a blank
    dialog.my_name.setText("Sandra")
    assert "[my_name?]" not in dialog.body.toPlainText()

    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    ((kind, language, outcome, body),) = app.rows(
        "SELECT kind, language, outcome, body FROM reply JOIN task ON task.id = reply.task_id "
        "WHERE task.title = :title",
        title=REQUEST,
    )
    assert (kind, language, outcome) == ("yes_if", "nl", "pending")
    assert "Sandra" in str(body)
    assert app.titles_on_screen(Quadrant.DELEGATE) == []
    assert app.titles_on_screen(Quadrant.DROP) == ["Room booking", "Flowers"]
    assert app.quadrant_of("Flowers") is Quadrant.DROP
    assert app.quadrant_of(REQUEST) is Quadrant.DO
    logged = app.rows(
        "SELECT task.title FROM reprioritisation JOIN task ON task.id = reprioritisation.task_id "
        "WHERE cause = 'reply' ORDER BY task.title"
    )
    assert logged == [("Flowers",), ("Room booking",)]

    app.actions.undo_stack.undo()
    assert app.rows("SELECT count(*) FROM reply") == [(0,)]
    assert app.titles_on_screen(Quadrant.DELEGATE) == ["Flowers", "Room booking"]
    assert app.titles_on_screen(Quadrant.DROP) == []
    assert app.quadrant_of("Room booking") is Quadrant.DELEGATE
    assert app.rows("SELECT count(*) FROM reprioritisation WHERE cause = 'undo'") == [(2,)]

    app.actions.undo_stack.redo()
    assert app.rows("SELECT count(*) FROM reply") == [(1,)]
    assert app.titles_on_screen(Quadrant.DROP) == ["Room booking", "Flowers"]


def test_decline_drops_the_task_and_postpone_needs_no_more_than_a_date(
    app: App, qtbot: QtBot
) -> None:
    _fill(app)
    dialog = _open_reply(app, qtbot, "Onboarding")
    assert dialog.chosen_kind() is ReplyKind.POSTPONE  # a Plan task: "not now" comes first
    assert not dialog.alternative.isHidden()
    assert dialog.displaced.isHidden()
    _choose(dialog, ReplyKind.DECLINE, Language.EN)
    with qtbot.waitSignal(dialog.finished):
        dialog.send_button.click()
    assert app.rows("SELECT status FROM task WHERE title = 'Onboarding'") == [("dropped",)]
    assert "Onboarding" not in app.titles_on_screen(Quadrant.PLAN)


def test_a_missing_input_keeps_the_dialog_open_with_the_reason(app: App, qtbot: QtBot) -> None:
    _fill(app)
    dialog = _open_reply(app, qtbot)
    _choose(dialog, ReplyKind.DELEGATE)
    assert "[delegate_to?]" in dialog.body.toPlainText()
    dialog.send_button.click()
    assert dialog.isVisible()
    assert "delegate_to" in dialog.message.text()
    assert app.rows("SELECT count(*) FROM reply") == [(0,)]


def test_own_edits_survive_a_change_of_choice_until_redrafted(app: App, qtbot: QtBot) -> None:
    _fill(app)
    dialog = _open_reply(app, qtbot)
    dialog.body.setPlainText("My own words.")
    dialog.tone.setCurrentIndex(2)
    assert dialog.body.toPlainText() == "My own words."
    dialog.redraft.click()
    assert dialog.body.toPlainText() != "My own words."


def test_copy_and_mail_hand_over_the_text(
    app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(app)
    requester = app.window.replies.replies.find_requester("Marieke Jansen")
    assert requester is not None
    assert requester.id is not None
    app.window.replies.replies.update_requester(
        requester.id, "Marieke Jansen", "marieke@example.org", "Director", ""
    )
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _open_reply(app, qtbot)
    dialog.body.setPlainText("Kan het vóór vrijdag? A & B\nGroet")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Kan het vóór vrijdag? A & B\nGroet"
    dialog.mail_button.click()
    parts = urlsplit(bytes(opened[0].toEncoded()).decode("ascii"))
    fields = dict(parse_qsl(parts.query))
    assert unquote(parts.path) == "marieke@example.org"
    assert fields["body"] == "Kan het vóór vrijdag? A & B\r\nGroet"


def test_save_as_template_turns_the_names_back_into_placeholders(app: App, qtbot: QtBot) -> None:
    _fill(app)
    dialog = _open_reply(app, qtbot)
    _choose(dialog, ReplyKind.DECLINE)
    dialog.body.setPlainText(f"Hoi Marieke, ‘{REQUEST}’ gaat deze week niet lukken.")
    dialog._save_as_template("Mijn nee")
    ((body,),) = app.rows("SELECT body FROM template WHERE name = 'Mijn nee'")
    assert body == "Hoi {requester_first_name}, ‘{task}’ gaat deze week niet lukken."


def test_capture_line_ctrl_shift_enter_captures_and_opens_the_reply(app: App, qtbot: QtBot) -> None:
    app.window.capture.setFocus()
    qtbot.keyClicks(app.window.capture, "Extra slides @Pieter !")
    qtbot.keyClick(
        app.window.capture,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = app.window.replies.reply_dialog
    assert isinstance(dialog, ReplyDialog)
    assert dialog._inputs.task.title == "Extra slides"
    assert app.window.capture.text() == ""
    assert app.rows("SELECT count(*) FROM task WHERE title = 'Extra slides'") == [(1,)]


def test_the_matrix_context_menu_offers_the_reply(app: App, qtbot: QtBot) -> None:
    _fill(app)
    view = app.window.matrix.view(Quadrant.DELEGATE)
    rect = view.visualRect(view.model().index(1, 0))
    view.customContextMenuRequested.emit(rect.center())
    menu = app.window.replies.context_menu
    assert app.window.replies.reply_action in menu.actions()
    assert app.window.matrix.selected_task() is not None
    assert app.window.matrix.selected_task().title == "Room booking"  # type: ignore[union-attr]
    menu.close()
    assert QPoint() is not None


def test_yes_if_can_drop_or_reschedule_the_tasks_that_give_way(app: App, qtbot: QtBot) -> None:
    from quadrant.services.replies import DisplacedAction

    _fill(app)
    dialog = _open_reply(app, qtbot)
    _choose(dialog, ReplyKind.YES_IF)
    picker = dialog.displaced
    picker.action.setCurrentIndex(picker.action.findData(DisplacedAction.RESCHEDULE))
    assert not picker.later.isHidden()
    picker.later.setDate(picker.later.date().addDays(30))
    with qtbot.waitSignal(dialog.finished):
        dialog.send_button.click()
    rows = app.rows("SELECT title, urgent, due_at IS NOT NULL FROM task WHERE title IN "
                    "('Flowers', 'Room booking') ORDER BY title")  # fmt: skip
    assert rows == [("Flowers", 0, 1), ("Room booking", 0, 1)]

    dialog = _open_reply(app, qtbot, "Minutes")
    _choose(dialog, ReplyKind.YES_IF)
    picker = dialog.displaced
    picker.action.setCurrentIndex(picker.action.findData(DisplacedAction.DROP))
    assert [t.title for t in picker.ticked()] == [REQUEST, "Board pack"]  # lowest first
    with qtbot.waitSignal(dialog.finished):
        dialog.send_button.click()
    assert app.rows("SELECT status FROM task WHERE title = 'Board pack'") == [("dropped",)]


def test_the_tasks_that_give_way_are_ticked_with_the_keyboard(app: App, qtbot: QtBot) -> None:
    _fill(app)
    dialog = _open_reply(app, qtbot)
    _choose(dialog, ReplyKind.YES_IF)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tree = dialog.displaced.list
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert [t.title for t in dialog.displaced.ticked()] == ["Flowers"]
    assert "Room booking" not in dialog.body.toPlainText()
