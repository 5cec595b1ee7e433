"""Edit → Undo/Redo and the undo history speak the language chosen in Settings, at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from quadrant.domain.matrix import Quadrant
from quadrant.ui.i18n import Translations
from tests.ui.i18n_support import ShellApp, build_shell_app


def switch_language(app: ShellApp, language: str) -> None:
    dialog = app.shell.show_settings()
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def descriptions(app: ShellApp) -> list[str]:
    stack = app.window.task_actions.undo_stack
    return [stack.command(index).text() for index in range(stack.count())]


def test_undo_and_redo_texts_follow_a_language_switch(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    app = build_shell_app(qtbot, tmp_path / "data", translations)
    actions = app.window.task_actions
    task = actions.capture_line("Board pack", Quadrant.DO)
    assert task is not None and task.id is not None
    actions.move(task.id, Quadrant.PLAN)
    actions.move(task.id, Quadrant.DROP)
    actions.undo_stack.undo()
    undo, redo = app.window.undo_action, app.window.redo_action
    assert undo.text() == "&Undo Move to Plan"
    assert redo.text() == "&Redo Move to Decline or drop"

    switch_language(app, "nl")

    assert undo.text() == "&Ongedaan maken: Verplaatsen naar Plannen"
    assert redo.text() == "O&pnieuw: Verplaatsen naar Afwijzen of laten vallen"
    assert descriptions(app) == [
        "“Board pack” toevoegen",  # the title is the user's: never translated
        "Verplaatsen naar Plannen",
        "Verplaatsen naar Afwijzen of laten vallen",
    ]
    actions.undo_stack.undo()  # what comes next is worded in Dutch too
    assert undo.text() == "&Ongedaan maken: “Board pack” toevoegen"
    assert redo.text() == "O&pnieuw: Verplaatsen naar Plannen"

    switch_language(app, "en")

    assert undo.text() == "&Undo Add “Board pack”"
    assert descriptions(app)[1] == "Move to Plan"
    app.database.close()


def test_an_empty_history_says_just_undo_and_redo(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    app = build_shell_app(qtbot, tmp_path / "data", translations)
    switch_language(app, "nl")
    assert app.window.undo_action.text() == "&Ongedaan maken"
    assert app.window.redo_action.text() == "O&pnieuw"
    assert not app.window.undo_action.isEnabled()
    task = app.window.task_actions.capture_line("Minutes", Quadrant.DO)
    assert task is not None
    assert app.window.undo_action.isEnabled()
    assert app.window.undo_action.text() == "&Ongedaan maken: “Minutes” toevoegen"
    app.database.close()
