"""A whole morning without a mouse: create, move, reply to and complete a task by keys alone.

Every step is a key press sent to whatever has the keyboard focus, exactly as
a keyboard-only user would work; the database says whether it really happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quadrant.domain.matrix import Quadrant
from quadrant.ui.dialogs.reply_dialog import ReplyDialog
from quadrant.ui.dialogs.task_dialog import TaskDialog
from quadrant.ui.i18n import Translations
from tests.ui.i18n_support import (
    ShellApp,
    build_shell_app,
)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, translations: Translations) -> Iterator[ShellApp]:
    shell_app = build_shell_app(qtbot, tmp_path / "data", translations)
    shell_app.window.show()
    qtbot.waitExposed(shell_app.window)
    shell_app.window.activateWindow()
    yield shell_app
    shell_app.database.close()


def focused() -> QWidget:
    """Where the keys go."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def window_manager_activates(qtbot: QtBot, window: QWidget) -> None:
    """What a desktop does when a dialog opens or closes; offscreen has no window manager."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def row(app: ShellApp, title: str) -> tuple[object, ...]:
    with app.database.engine.connect() as connection:
        return tuple(connection.execute(
            text("SELECT urgent, important, status FROM task WHERE title = :t"), {"t": title}
        ).one())  # fmt: skip


def test_create_move_reply_and_complete_with_the_keyboard_only(app: ShellApp, qtbot: QtBot) -> None:
    window = app.window

    # Create: Ctrl+N, the title field has the focus, Tab to the requester, Enter saves.
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TaskDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, TaskDialog)
    qtbot.waitUntil(lambda: focused() is dialog.title)
    qtbot.keyClicks(focused(), "Prepare the board pack")
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QLineEdit) and focused() is dialog.requester
    qtbot.keyClicks(focused(), "Marieke Jansen")
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Return)
    assert row(app, "Prepare the board pack") == (1, 1, "open")
    window_manager_activates(qtbot, window)

    # Into the matrix with Alt+1; move to Plan with Ctrl+2.
    press(qtbot, Qt.Key.Key_1, ALT)
    assert focused() is window.matrix.view(Quadrant.DO)
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert row(app, "Prepare the board pack") == (0, 1, "open")
    press(qtbot, Qt.Key.Key_2, ALT)
    assert window.matrix.selected_task() is not None

    # Reply: Ctrl+R opens the reply dialog on the selected task; Alt+S marks it sent.
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReplyDialog))
    reply = QApplication.activeModalWidget()
    assert isinstance(reply, QDialog)
    window_manager_activates(qtbot, reply)
    with qtbot.waitSignal(reply.finished):
        press(qtbot, Qt.Key.Key_S, ALT)
    window_manager_activates(qtbot, window)
    with app.database.engine.connect() as connection:
        replies = connection.execute(text("SELECT count(*) FROM reply")).scalar_one()
    assert replies == 1

    # Complete: back in the pane the task now stands in, Space marks it done.
    title = "Prepare the board pack"
    for quadrant in Quadrant:
        if title in [t.title for t in app.store.tasks() if t.quadrant is quadrant]:
            press(qtbot, getattr(Qt.Key, f"Key_{quadrant.value}"), ALT)
            break
    else:  # the reply parked or dropped the task: show finished and waiting ones too
        pytest.fail(f"{title} left the matrix after the reply")
    task = window.matrix.selected_task()
    assert task is not None and task.title == title
    press(qtbot, Qt.Key.Key_Space)
    assert row(app, title)[2] == "done"
