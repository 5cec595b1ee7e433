"""The template manager: built-ins stay as shipped, live validation, undoable delete, defaults."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from quadrant.domain.templates import Template
from quadrant.services.templates import TemplateSource
from quadrant.ui.dialogs.template_manager import TemplateManager
from tests.ui.conftest import App


def _open(app: App, qtbot: QtBot) -> TemplateManager:
    manager = app.window.replies.show_templates()
    qtbot.waitExposed(manager)
    return manager


def _select(manager: TemplateManager, name: str) -> Template:
    for row in range(manager.list.topLevelItemCount()):
        item = manager.list.topLevelItem(row)
        assert item is not None
        if item.text(0) == name:
            manager.list.setCurrentItem(item)
            template = manager.editor.loaded()
            assert template is not None
            return template
    raise AssertionError(f"{name} is not listed")


def _names(manager: TemplateManager) -> list[str]:
    items = (manager.list.topLevelItem(row) for row in range(manager.list.topLevelItemCount()))
    return [item.text(0) for item in items if item is not None]


def test_editing_a_builtin_saves_a_user_copy(app: App, qtbot: QtBot) -> None:
    manager = _open(app, qtbot)
    original = _select(manager, "Nee zeggen (warm)")
    assert original.builtin
    manager.editor.name.setText("Nee zeggen (mijn versie)")
    manager.editor.body.setPlainText("Hoi {requester_first_name}, dat lukt niet.")
    assert manager.save_button.isEnabled()
    qtbot.mouseClick(manager.save_button, Qt.MouseButton.LeftButton)

    assert app.rows("SELECT body FROM template WHERE uid = :uid", uid=original.uid) == [
        (original.body,)
    ]
    ((uid, builtin, body),) = app.rows(
        "SELECT uid, builtin, body FROM template WHERE name = 'Nee zeggen (mijn versie)'"
    )
    assert str(uid).startswith("user.")
    assert not builtin
    assert body == "Hoi {requester_first_name}, dat lukt niet."
    assert manager.selected() is not None
    assert manager.selected().name == "Nee zeggen (mijn versie)"  # type: ignore[union-attr]
    assert "copy" in manager.message.text()
    manager.source_filter.setCurrentIndex(manager.source_filter.findData(TemplateSource.MINE))
    assert _names(manager) == ["Nee zeggen (mijn versie)"]


def test_validation_names_the_placeholder_and_its_position(app: App, qtbot: QtBot) -> None:
    manager = _open(app, qtbot)
    manager.new_button.click()
    manager.editor.name.setText("Kapot")
    manager.editor.body.setPlainText("Hoi {requester},\nover {taak}.")
    problem = manager.editor.problem.text()
    assert "{taak}" in problem
    assert "line 2, column 6" in problem
    assert not manager.editor.go_to_problem.isHidden()
    manager.editor.go_to_problem.click()
    assert manager.editor.body.textCursor().selectedText() == "{"
    manager.save_button.click()
    assert app.rows("SELECT count(*) FROM template WHERE name = 'Kapot'") == [(0,)]


def test_the_palette_inserts_at_the_cursor(app: App, qtbot: QtBot) -> None:
    manager = _open(app, qtbot)
    manager.new_button.click()
    manager.editor.body.setPlainText("Hoi , dank je.")
    cursor = manager.editor.body.textCursor()
    cursor.setPosition(4)
    manager.editor.body.setTextCursor(cursor)
    manager.editor.placeholder_list.setCurrentRow(1)  # {requester_first_name}
    manager.editor.insert_button.click()
    assert manager.editor.body.toPlainText() == "Hoi {requester_first_name}, dank je."
    assert manager.editor.body.textCursor().position() == len("Hoi {requester_first_name}")
    manager.editor.body.moveCursor(QTextCursor.MoveOperation.End)


def test_delete_is_undoable(app: App, qtbot: QtBot) -> None:
    manager = _open(app, qtbot)
    template = _select(manager, "Decline (firm)")
    manager.delete_button.click()
    assert "Decline (firm)" not in _names(manager)
    assert app.rows(
        "SELECT deleted_at IS NOT NULL FROM template WHERE uid = :u", u=template.uid
    ) == [(1,)]
    assert manager.undo_button.isEnabled()
    manager.undo_button.click()
    assert app.rows("SELECT deleted_at FROM template WHERE uid = :u", u=template.uid) == [(None,)]
    assert "Decline (firm)" in _names(manager)


def test_restore_defaults_brings_back_deleted_builtins_and_keeps_own(
    app: App, qtbot: QtBot
) -> None:
    manager = _open(app, qtbot)
    _select(manager, "Redirect (warm)")
    manager.delete_button.click()
    _select(manager, "Redirect (firm)")
    manager.duplicate_button.click()
    copy = manager.editor.loaded()
    assert copy is not None
    assert copy.name == "Redirect (firm) (copy)"
    manager.restore_button.click()
    assert app.rows("SELECT count(*) FROM template WHERE deleted_at IS NOT NULL") == [(0,)]
    assert "Redirect (warm)" in _names(manager)
    assert "Redirect (firm) (copy)" in _names(manager)


def test_unsaved_edits_are_not_lost_by_clicking_another_template(app: App, qtbot: QtBot) -> None:
    manager = _open(app, qtbot)
    _select(manager, "Decline (warm)")
    manager.editor.subject.setText("Changed")
    first = manager.list.topLevelItem(0)
    assert first is not None
    manager.list.setCurrentItem(first)
    assert manager.editor.subject.text() == "Changed"
    assert "Save or discard" in manager.message.text()
    manager.discard_button.click()
    assert manager.editor.subject.text() != "Changed"
