"""Faults as the user meets them: a clear message, their typing kept, and a retry that works."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quadrant.app import locations
from quadrant.domain.matrix import Quadrant
from quadrant.paths import resolve_paths
from quadrant.services import tasks
from quadrant.ui.actions import TaskActions
from quadrant.ui.dialogs.task_dialog import TaskDialog
from quadrant.ui.main_window import MainWindow
from quadrant.ui.task_store import TaskStore
from tests.reliability.conftest import (
    Store,
    disk_full,
    locked_by_another_process,
    open_store,
    read_only,
)

FAULTS = ("locked", "disk_full", "read_only")
MESSAGES = {
    "locked": "busy in another program",
    "disk_full": "disk is full",
    "read_only": "read-only",
}


@dataclass
class Gui:
    window: MainWindow
    store: Store
    qtbot: QtBot

    def fault(self, name: str) -> AbstractContextManager[None]:
        if name == "locked":
            return locked_by_another_process(self.store.path)
        if name == "disk_full":
            return disk_full(self.store.engine)
        self.store.engine.dispose()  # connections reopen on the now read-only file
        return read_only(self.store.path)

    def titles(self) -> list[str]:
        return [str(row[0]) for row in self.store.rows("SELECT title FROM task ORDER BY id")]

    def open_new_task(self) -> TaskDialog:
        self.window.new_task()
        dialog = self.window.task_dialog
        assert dialog is not None
        self.qtbot.waitExposed(dialog)
        return dialog


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[Gui]:
    paths = resolve_paths(tmp_path / "data")
    paths.create()
    store = open_store(paths.data)
    task_store = TaskStore(store.uow)
    actions = TaskActions(task_store)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(actions, settings, locations(paths))
    qtbot.addWidget(window)
    task_store.load()
    window.show()
    qtbot.waitExposed(window)
    yield Gui(window, store, qtbot)
    window.close()
    store.engine.dispose()


def fill(dialog: TaskDialog, title: str, requester: str, notes: str) -> None:
    dialog.title.setText(title)
    dialog.requester.setText(requester)
    dialog.notes.setPlainText(notes)


def assert_message_shown(label: QLabel, fault: str) -> None:
    assert label.isVisible()
    assert MESSAGES[fault] in label.text()
    assert "Traceback" not in label.text() and "sqlite" not in label.text().lower()
    assert label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("fault", FAULTS)
def test_new_task_dialog_keeps_the_typing_shows_why_and_saves_on_retry(
    gui: Gui, fault: str
) -> None:
    tasks.capture(gui.store.uow(), "Saved earlier", quadrant=Quadrant.DO)
    dialog = gui.open_new_task()
    notes = "Bring the deed\nand two IDs\n" + "details " * 3000  # long: it needs new pages
    fill(dialog, "Book the notary", "Anne de Vries", notes)
    with gui.fault(fault):
        dialog.accept()
        assert dialog.isVisible(), "a failed save must not close the dialog"
        assert_message_shown(dialog.error, fault)
        assert dialog.title.text() == "Book the notary"
        assert dialog.requester.text() == "Anne de Vries"
        assert dialog.notes.toPlainText() == notes
    gui.store.engine.dispose()
    assert gui.titles() == ["Saved earlier"]
    with gui.qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.accept()
    assert gui.titles() == ["Saved earlier", "Book the notary"]
    assert gui.store.rows("SELECT notes FROM task WHERE title = 'Book the notary'") == [(notes,)]


@pytest.mark.parametrize("fault", FAULTS)
def test_edit_dialog_keeps_the_changes_and_the_saved_version_survives(gui: Gui, fault: str) -> None:
    task = tasks.capture(gui.store.uow(), "Draft the budget", quadrant=Quadrant.PLAN,
                         notes="first version")  # fmt: skip
    assert task.id is not None
    gui.window.edit_task(task.id)
    dialog = gui.window.task_dialog
    assert dialog is not None
    dialog.notes.setPlainText("second version " * 5000)  # big: it needs room on disk
    with gui.fault(fault):
        dialog.accept()
        assert dialog.isVisible()
        assert_message_shown(dialog.error, fault)
        assert dialog.notes.toPlainText().startswith("second version")
    gui.store.engine.dispose()
    assert gui.store.rows("SELECT notes FROM task") == [("first version",)]
    with gui.qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.accept()
    assert gui.store.rows("SELECT notes FROM task")[0][0].startswith("second version")


@pytest.mark.parametrize("fault", ["locked", "read_only"])  # one short row fits a full disk
def test_quick_capture_keeps_the_line_and_says_why(gui: Gui, fault: str) -> None:
    line = "Plan the offsite @Bram ! with the whole team"
    gui.window.capture.setText(line)
    with gui.fault(fault):
        gui.window.capture.setFocus()
        gui.qtbot.keyClick(gui.window.capture, Qt.Key.Key_Return)
        assert gui.window.capture.text() == line, "the typed line must stay for a retry"
        assert MESSAGES[fault] in gui.window.statusBar().currentMessage()
    gui.store.engine.dispose()
    assert gui.titles() == []
    gui.qtbot.keyClick(gui.window.capture, Qt.Key.Key_Return)
    assert gui.window.capture.text() == ""
    assert gui.titles() == [" ".join(line.replace(" @Bram !", "").split())]


def test_a_move_that_cannot_be_saved_leaves_the_task_where_it_was(gui: Gui) -> None:
    task = tasks.capture(gui.store.uow(), "Renew the lease", quadrant=Quadrant.DO)
    assert task.id is not None
    gui.window.store.load()
    model = gui.window.matrix.panes[Quadrant.DO].model
    with gui.fault("locked"):
        assert not gui.window.task_actions.move(task.id, Quadrant.DROP)
        assert MESSAGES["locked"] in gui.window.statusBar().currentMessage()
        assert model.rowCount() == 1, "the screen must not show a move that was not saved"
    assert tasks.get_task(gui.store.uow(), task.id).quadrant == Quadrant.DO
    assert gui.window.task_actions.move(task.id, Quadrant.DROP)
    assert tasks.get_task(gui.store.uow(), task.id).quadrant == Quadrant.DROP
    assert model.rowCount() == 0
