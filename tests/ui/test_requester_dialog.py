"""Requesters from the task dialog and the list; follow-ups with their recorded answers."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.services.replies import SentReply
from quadrant.ui.dialogs.requester_dialog import RequesterDialog, RequestersDialog
from tests.ui.conftest import App


def _requester_dialog_from_task(app: App, qtbot: QtBot, title: str) -> RequesterDialog:
    task = next(t for t in app.store.tasks() if t.title == title)
    assert task.id is not None
    app.window.edit_task(task.id)
    task_dialog = app.window.task_dialog
    assert task_dialog is not None
    qtbot.mouseClick(task_dialog.requester_details, Qt.MouseButton.LeftButton)
    dialog = app.window.replies.requester_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_details_from_the_task_dialog_save_email_role_and_agreements(
    app: App, qtbot: QtBot
) -> None:
    app.store.capture("Board pack", Quadrant.DO, requester_name="Marieke Jansen")
    dialog = _requester_dialog_from_task(app, qtbot, "Board pack")
    assert dialog.name.text() == "Marieke Jansen"
    dialog.email.setText("marieke@example.org")
    dialog.role.setText("Director")
    dialog.agreements.setPlainText("nieuwe verzoeken na drie uur pak ik de volgende dag op.")
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert app.rows("SELECT email, role, agreements FROM requester") == [
        (
            "marieke@example.org",
            "Director",
            "nieuwe verzoeken na drie uur pak ik de volgende dag op.",
        )
    ]
    task = next(t for t in app.store.tasks() if t.title == "Board pack")
    assert task.id is not None
    reply = app.window.replies.open_reply(task.id, ReplyKind.DECLINE)
    assert reply is not None
    reply.tone.setCurrentIndex(reply.tone.findData(Tone.FIRM))
    reply.language.setCurrentIndex(reply.language.findData(Language.NL))
    assert "nieuwe verzoeken na drie uur pak ik de volgende dag op" in reply.body.toPlainText()
    assert "marieke@example.org" in reply.to.text()


def test_a_bad_email_keeps_the_dialog_open_and_saves_nothing(app: App, qtbot: QtBot) -> None:
    app.store.capture("Board pack", Quadrant.DO, requester_name="Pieter")
    dialog = _requester_dialog_from_task(app, qtbot, "Board pack")
    dialog.email.setText("pieter at example")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "e-mail" in dialog.error.text()
    assert app.rows("SELECT email FROM requester") == [("",)]


def test_a_new_name_in_the_task_dialog_becomes_a_new_requester(app: App, qtbot: QtBot) -> None:
    app.window.new_task()
    task_dialog = app.window.task_dialog
    assert task_dialog is not None
    assert not task_dialog.requester_details.isEnabled()
    task_dialog.requester.setText("Sanne  Visser")
    task_dialog.requester_details.click()
    dialog = app.window.replies.requester_dialog
    assert dialog.windowTitle() == "New requester"
    dialog.role.setText("HR manager")
    dialog.accept()
    assert app.rows("SELECT name, role FROM requester") == [("Sanne Visser", "HR manager")]
    assert app.window.requester_filter.findText("Sanne Visser") >= 0


def test_the_requesters_list_shows_and_adds(app: App, qtbot: QtBot) -> None:
    app.store.capture("Board pack", Quadrant.DO, requester_name="Marieke Jansen")
    listing = app.window.replies.show_requesters()
    assert isinstance(listing, RequestersDialog)
    assert listing.list.count() == 1
    assert "Marieke Jansen" in listing.details.text()
    listing.new_button.click()
    dialog = app.window.replies.requester_dialog
    dialog.name.setText("Ahmed El Amrani")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert [listing.list.item(i).text() for i in range(listing.list.count())] == [
        "Ahmed El Amrani",
        "Marieke Jansen",
    ]
    assert listing.selected() is not None


def test_follow_ups_list_due_replies_and_record_the_answer_undoably(app: App, qtbot: QtBot) -> None:
    task = app.store.capture("Board pack", Quadrant.DELEGATE, requester_name="Marieke")
    assert task.id is not None
    today = datetime.now(UTC).astimezone().date()
    problem = app.window.replies.send_reply(
        SentReply(
            task_id=task.id,
            kind=ReplyKind.DELEGATE,
            tone=Tone.WARM,
            language=Language.EN,
            subject="Board pack",
            body="Mark can help.",
            delegate_to="Mark",
            follow_up=today,
        )
    )
    assert problem is None
    assert app.rows("SELECT status FROM task") == [("waiting",)]
    dialog = app.window.replies.show_follow_ups()
    assert dialog.table.topLevelItemCount() == 1
    assert dialog.empty.isHidden()
    qtbot.mouseClick(dialog.accepted_button, Qt.MouseButton.LeftButton)
    assert app.rows("SELECT outcome, outcome_at IS NOT NULL FROM reply") == [("accepted", 1)]
    assert dialog.table.topLevelItemCount() == 0
    app.actions.undo_stack.undo()
    assert app.rows("SELECT outcome, outcome_at FROM reply") == [("pending", None)]
    dialog.reload()
    assert dialog.table.topLevelItemCount() == 1
