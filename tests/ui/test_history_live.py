"""The history window follows what happens while it is open: moves, undo, replies.

A user keeps History beside the matrix; a move she makes must show up in it at
once, without losing the entry she had selected or the place she scrolled to.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.task import Cause
from quadrant.services import tasks
from quadrant.services.replies import SentReply
from quadrant.ui.history.dialog import HistoryDialog
from quadrant.ui.history.model import Column, HistoryRole
from quadrant.ui.labels import cause_label
from tests.ui.conftest import App

MONDAY = datetime(2026, 11, 16, 9, tzinfo=UTC)


@pytest.fixture
def logged(app: App) -> App:
    """Two tasks, each captured and moved once."""
    new = app.database.unit_of_work
    for number, title in enumerate(("Board pack", "Audit questions")):
        task = tasks.capture(new(), title, quadrant=Quadrant.PLAN, now=MONDAY)
        assert task.id is not None
        tasks.move(new(), task.id, Quadrant.DO, now=MONDAY + timedelta(hours=number + 1))
    app.store.load()
    return app


def open_history(app: App, qtbot: QtBot) -> HistoryDialog:
    dialog = app.window.reflection.open_history()
    qtbot.waitExposed(dialog)
    return dialog


def task_id(app: App, title: str) -> int:
    found = next(t.id for t in app.store.tasks() if t.title == title)
    assert found is not None
    return found


def cell(dialog: HistoryDialog, row: int, column: Column) -> object:
    return dialog.model.index(row, column).data()


def selected_entry_id(dialog: HistoryDialog) -> int | None:
    entry = dialog.table.currentIndex().data(HistoryRole.ENTRY)
    return None if entry is None else entry.id


def test_a_move_and_its_undo_show_up_at_once(logged: App, qtbot: QtBot) -> None:
    dialog = open_history(logged, qtbot)
    assert dialog.model.rowCount() == 4
    dialog.table.selectRow(1)
    chosen = selected_entry_id(dialog)

    logged.actions.move(task_id(logged, "Board pack"), Quadrant.DROP)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)
    assert cell(dialog, 0, Column.TASK) == "Board pack"
    assert cell(dialog, 0, Column.MOVE) == "Do now → Decline or drop"
    assert selected_entry_id(dialog) == chosen  # the selection stayed on its entry
    assert dialog.table.currentIndex().row() == 2
    assert "5 entries" in dialog.status.text()

    logged.actions.undo_stack.undo()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 6)
    assert cell(dialog, 0, Column.CAUSE) == cause_label(Cause.UNDO)
    assert cell(dialog, 0, Column.MOVE) == "Decline or drop → Do now"


def test_a_reply_shows_its_move(logged: App, qtbot: QtBot) -> None:
    dialog = open_history(logged, qtbot)
    draft = SentReply(
        task_id=task_id(logged, "Audit questions"),
        kind=ReplyKind.POSTPONE,
        tone=Tone.NEUTRAL,
        language=Language.EN,
        subject="Audit questions",
        body="Next week.",
        alternative_date=date.today() + timedelta(days=30),
    )
    assert logged.window.replies.send_reply(draft) is None
    qtbot.waitUntil(lambda: cell(dialog, 0, Column.CAUSE) == cause_label(Cause.REPLY))
    assert cell(dialog, 0, Column.TASK) == "Audit questions"


def test_a_burst_of_changes_is_read_once(logged: App, qtbot: QtBot) -> None:
    dialog = open_history(logged, qtbot)
    resets: list[None] = []
    dialog.model.reset_done.connect(lambda: resets.append(None))
    ids = [task_id(logged, "Board pack"), task_id(logged, "Audit questions")]
    with qtbot.waitSignal(dialog.model.reset_done):
        logged.actions.move_many(ids, Quadrant.DELEGATE, None)  # one save per task
        for _ in range(5):
            logged.store.saved.emit()
    assert resets == [None]
    assert dialog.model.rowCount() == 6


def test_scrolled_down_the_rows_in_view_stay_in_view(app: App, qtbot: QtBot) -> None:
    new = app.database.unit_of_work
    task = tasks.capture(new(), "Ping-pong", quadrant=Quadrant.DO, now=MONDAY)
    other = tasks.capture(new(), "Other", quadrant=Quadrant.DO, now=MONDAY)
    assert task.id is not None and other.id is not None
    for number in range(400):  # two pages of 200, and more
        target = Quadrant.PLAN if number % 2 == 0 else Quadrant.DO
        tasks.move(new(), task.id, target, now=MONDAY + timedelta(minutes=number + 1))
    app.store.load()
    dialog = open_history(app, qtbot)
    while dialog.model.canFetchMore(dialog.table.rootIndex()):
        dialog.model.fetchMore(dialog.table.rootIndex())
    loaded = dialog.model.rowCount()
    assert loaded == 402
    bar = dialog.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 300)  # the view has laid out every row
    dialog.table.scrollTo(dialog.model.index(250, 0), dialog.table.ScrollHint.PositionAtTop)
    top = dialog.model.entry(dialog.table.rowAt(0))
    assert top is not None and dialog.table.rowAt(0) == 250  # past the first page

    app.actions.move(other.id, Quadrant.DROP)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == loaded + 1)
    shown = dialog.model.entry(dialog.table.rowAt(0))
    assert shown is not None and shown.id == top.id


def test_at_the_top_the_newest_entry_comes_into_view(logged: App, qtbot: QtBot) -> None:
    dialog = open_history(logged, qtbot)
    logged.actions.move(task_id(logged, "Board pack"), Quadrant.DROP)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)
    assert dialog.table.rowAt(0) == 0
    assert dialog.table.verticalScrollBar().value() == 0


def test_a_new_requester_is_offered_in_the_filter(logged: App, qtbot: QtBot) -> None:
    dialog = open_history(logged, qtbot)
    logged.store.capture("Plan the away day", Quadrant.PLAN, requester_name="Sanne")
    qtbot.waitUntil(lambda: dialog.requester.findText("Sanne") > 0)
    assert dialog.requester.currentIndex() == 0  # still "All requesters"


def test_changes_after_closing_the_window_are_harmless(logged: App, qtbot: QtBot) -> None:
    dialog = open_history(logged, qtbot)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()
    assert logged.window.reflection.history_dialog is None
    logged.actions.move(task_id(logged, "Board pack"), Quadrant.DROP)  # no error
