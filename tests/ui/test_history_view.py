"""The History view: every reprioritisation, filtered, paged, and linked to the matrix."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from quadrant.domain.history import HistoryCursor, HistoryFilter, HistoryPage
from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import IsoWeek
from quadrant.domain.task import Cause
from quadrant.services import history as history_service
from quadrant.services import tasks
from quadrant.services.reflection import current_week
from quadrant.ui.history.dialog import HistoryDialog
from quadrant.ui.history.model import Column, HistoryModel, HistoryRole
from quadrant.ui.task_store import ViewMode
from tests.ui.conftest import App

MONDAY = datetime(2026, 11, 16, 9, tzinfo=UTC)  # ISO week 2026-W47


@pytest.fixture
def logged(app: App) -> App:
    """Two weeks of moves: by Marieke, by Pieter, by deadline, and the user's own planning."""
    new = app.database.unit_of_work
    board = tasks.capture(new(), "Board pack", quadrant=Quadrant.PLAN,
                          requester_name="Marieke", now=MONDAY)  # fmt: skip
    audit = tasks.capture(new(), "Audit questions", quadrant=Quadrant.DELEGATE,
                          requester_name="Pieter", now=MONDAY + timedelta(hours=1))  # fmt: skip
    assert board.id is not None and audit.id is not None
    marieke = board.requester_id
    tasks.move(new(), board.id, Quadrant.DO, cause=Cause.REQUESTER, requester_id=marieke,
               reason="manager_changed_priority", note="Board moved forward",
               now=MONDAY + timedelta(days=1))  # fmt: skip
    tasks.move(new(), audit.id, Quadrant.DROP, now=MONDAY + timedelta(days=2))
    tasks.move(new(), audit.id, Quadrant.DO, cause=Cause.DEADLINE,
               now=MONDAY + timedelta(days=8))  # week 48  # fmt: skip
    app.store.load()
    return app


def open_history(app: App, qtbot: QtBot) -> HistoryDialog:
    dialog = app.window.reflection.open_history()
    qtbot.waitExposed(dialog)
    return dialog


def titles(dialog: HistoryDialog) -> list[str]:
    model = dialog.model
    return [model.index(row, Column.TASK).data() for row in range(model.rowCount())]


def test_every_entry_is_listed_newest_first_with_its_details(logged: App, qtbot: QtBot) -> None:
    dialog = open_history(logged, qtbot)
    assert titles(dialog) == ["Audit questions", "Audit questions", "Board pack",
                              "Audit questions", "Board pack"]  # fmt: skip
    model = dialog.model
    row = 2  # Marieke's request
    cells = {column: model.index(row, column).data() for column in Column}
    assert cells[Column.MOVE] == "Plan → Do now"
    assert cells[Column.CAUSE] == "Requester"
    assert cells[Column.REQUESTER] == "Marieke"
    assert cells[Column.REASON] == "Manager changed the priority"
    assert cells[Column.NOTE] == "Board moved forward"
    assert model.index(4, Column.MOVE).data() == "New → Plan"  # the capture
    assert "entries" in dialog.status.text()


def test_filters_by_week_requester_cause_and_quadrant(logged: App, qtbot: QtBot) -> None:
    dialog = open_history(logged, qtbot)
    dialog.show_week(IsoWeek(2026, 48))
    assert titles(dialog) == ["Audit questions"]
    dialog.week_picker.set_week(IsoWeek(2026, 47))
    assert len(titles(dialog)) == 4
    dialog.requester.setCurrentIndex(dialog.requester.findText("Marieke"))
    assert titles(dialog) == ["Board pack", "Board pack"]  # her request, and its capture
    dialog.requester.setCurrentIndex(0)
    dialog.cause.setCurrentIndex(dialog.cause.findData(Cause.SELF))
    assert titles(dialog) == ["Audit questions"]
    dialog.cause.setCurrentIndex(0)
    dialog.week_only.setChecked(False)
    dialog.quadrant.setCurrentIndex(dialog.quadrant.findData(Quadrant.DROP))
    assert titles(dialog) == ["Audit questions", "Audit questions"]  # into and out of Drop
    dialog.cause.setCurrentIndex(dialog.cause.findData(Cause.IMPORT))
    assert titles(dialog) == []
    assert "No reprioritisations match" in dialog.status.text()


def test_opening_an_entry_selects_its_task_in_the_matrix(logged: App, qtbot: QtBot) -> None:
    dialog = open_history(logged, qtbot)
    row = titles(dialog).index("Board pack")
    cell = dialog.table.visualRect(dialog.model.index(row, Column.TASK)).center()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert dialog.table.hasFocus()
    with qtbot.waitSignal(dialog.task_requested):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    selected = logged.window.matrix.selected_task()
    assert selected is not None and selected.title == "Board pack"
    assert logged.window.matrix.current_quadrant is Quadrant.DO


def test_opening_a_finished_task_shows_the_done_view(logged: App, qtbot: QtBot) -> None:
    board = next(t for t in logged.store.tasks() if t.title == "Board pack")
    assert board.id is not None
    logged.actions.toggle_done(board.id)
    dialog = open_history(logged, qtbot)
    row = titles(dialog).index("Board pack")
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert logged.store.mode is ViewMode.FINISHED
    selected = logged.window.matrix.selected_task()
    assert selected is not None and selected.id == board.id


def test_a_task_hidden_by_the_search_is_still_found(logged: App, qtbot: QtBot) -> None:
    logged.window.search.setText("nothing matches this")
    dialog = open_history(logged, qtbot)
    row = titles(dialog).index("Board pack")
    assert logged.window.reflection.select_task(
        dialog.model.index(row, 0).data(HistoryRole.TASK_ID)
    )
    assert logged.window.search.text() == ""


def test_the_model_passes_the_qt_model_tester(logged: App, qtmodeltester: object) -> None:
    def read(history_filter: HistoryFilter, after: HistoryCursor | None) -> HistoryPage:
        return history_service.history_page(
            logged.database.unit_of_work(), history_filter, after=after, limit=2
        )

    model = HistoryModel(read)
    model.set_filter(HistoryFilter())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_filter(HistoryFilter(quadrant=Quadrant.DROP))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_long_history_arrives_page_by_page_without_gaps_or_repeats(app: App) -> None:
    new = app.database.unit_of_work
    task = tasks.capture(new(), "Ping-pong", quadrant=Quadrant.DO, now=MONDAY)
    assert task.id is not None
    same_moment = MONDAY + timedelta(hours=1)  # many entries share a moment: the id breaks ties
    for number in range(229):
        target = Quadrant.PLAN if number % 2 == 0 else Quadrant.DO
        tasks.move(new(), task.id, target, now=same_moment + timedelta(minutes=number // 7))
    model = HistoryModel(
        lambda f, after: history_service.history_page(new(), f, after=after, limit=100)
    )
    model.set_filter(HistoryFilter())
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ids = [model.index(row, 0).data(HistoryRole.ENTRY).id for row in range(model.rowCount())]
    assert len(ids) == 230 and len(set(ids)) == 230
    moments = [model.index(row, 0).data(HistoryRole.ENTRY).at for row in range(230)]
    assert moments == sorted(moments, reverse=True)


def test_the_week_picker_starts_on_the_current_week(app: App, qtbot: QtBot) -> None:
    dialog = open_history(app, qtbot)
    assert dialog.week_picker.week == current_week(week_start=dialog.week_picker.week_start)
    assert not dialog.week_picker.isEnabled()  # until "only week" is ticked
    assert "No reprioritisations yet" in dialog.status.text()
