"""The pack import preview and sharing in the main window (pytest-qt, real database)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quadrant.domain.pack_plan import Decision, ItemStatus
from quadrant.domain.packs import Pack, PackMetadata, pack_to_bytes, read_pack
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.services import sharing
from quadrant.services import templates as library
from quadrant.store.unit_of_work import SqlUnitOfWork
from quadrant.ui.dialogs.pack_export_dialog import ExportFormat, PackExportDialog
from quadrant.ui.dialogs.pack_import_dialog import PackImportDialog
from quadrant.ui.diff_view import wrapped
from quadrant.ui.pack_actions import PackActions
from tests.ui.conftest import App

FIXTURES = Path(__file__).parent.parent / "fixtures" / "packs"
META = PackMetadata(uid="pack.team", name="Team NL", version="1.0.0", author="Sandra")


def _template(uid: str, body: str, version: int = 1) -> Template:
    return Template(
        uid, f"Nee {uid}", ReplyKind.DECLINE, Tone.WARM, Language.NL, "", body, version=version
    )


def _write(path: Path, *templates: Template, version: str = "1.0.0", **meta: str) -> Path:
    path.write_bytes(pack_to_bytes(Pack(replace(META, version=version, **meta), templates)))
    return path


@pytest.fixture
def packs(app: App) -> PackActions:
    """The window's own sharing actions (installed by MainWindow)."""
    return app.window.packs


def _bodies(app: App) -> dict[str, str]:
    return {str(u): str(b) for u, b in app.rows("SELECT uid, body FROM template")}


def _file_digest(app: App) -> str:
    engine = app.database.engine
    engine.dispose()
    database = Path(str(engine.url.database))
    wal = database.with_name(database.name + "-wal")
    data = database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    return hashlib.sha256(data).hexdigest()


def _preview(qtbot: QtBot, packs: PackActions, path: Path) -> PackImportDialog:
    dialog = packs.open_file(path)
    assert isinstance(dialog, PackImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_preview_of_a_changed_template_shows_the_diff_side_by_side(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    first = _write(tmp_path / "v1.json", _template("t.a", "Hoi,\nnee dus.\nGroet"))
    _preview(qtbot, packs, first).accept()
    update = _write(
        tmp_path / "v2.json", _template("t.a", "Hoi,\nhelaas nee.\nGroet", 2), version="1.1.0"
    )
    dialog = _preview(qtbot, packs, update)

    assert dialog.plan.items[0].status is ItemStatus.CHANGED
    assert dialog.table.item(0, 2).text() == "Changed: an update"
    dialog.show_item("t.a")
    left = dialog.diff.left.toPlainText().splitlines()
    right = dialog.diff.right.toPlainText().splitlines()
    assert len(left) == len(right)
    assert "− nee dus." in left
    assert "+ helaas nee." in right
    assert left.index("− nee dus.") == right.index("+ helaas nee.")
    assert "  Groet" in left and "  Groet" in right
    assert dialog.diff.left.isReadOnly() and dialog.diff.right.isReadOnly()


def test_conflicts_are_resolved_as_chosen_in_one_undoable_step(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    v1 = (_template("t.a", "A"), _template("t.b", "B"), _template("t.c", "C"))
    _preview(qtbot, packs, _write(tmp_path / "v1.json", *v1)).accept()
    uow = SqlUnitOfWork(app.database.engine)
    for uid in ("t.a", "t.b", "t.c"):
        mine = library.get_by_uid(uow, uid)
        assert mine is not None
        library.save_template(uow, replace(mine, body=f"{uid} mine"))
    before = _bodies(app)
    v2 = [_template(t.uid, t.body + "2", 2) for t in v1]
    dialog = _preview(qtbot, packs, _write(tmp_path / "v2.json", *v2, version="1.1.0"))
    assert {i.status for i in dialog.plan.items} == {ItemStatus.CONFLICTING}

    dialog.set_decision("t.a", Decision.REPLACE)
    dialog.set_decision("t.b", Decision.KEEP_BOTH)
    dialog.set_decision("t.c", Decision.SKIP)
    with qtbot.waitSignal(packs.templates_changed):
        dialog.accept()

    after = _bodies(app)
    assert after["t.a"] == "A2"
    assert after["t.b"] == "t.b mine" and after["t.c"] == "t.c mine"
    assert sorted(after.values()).count("B2") == 1
    assert app.actions.undo_stack.undoText() == "Import “Team NL”"

    app.actions.undo_stack.undo()
    assert _bodies(app) == before
    app.actions.undo_stack.redo()
    assert _bodies(app) == after


def test_a_cancelled_import_leaves_the_database_file_byte_identical(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    path = _write(tmp_path / "p.json", _template("t.a", "A"))
    before = _file_digest(app)
    _preview(qtbot, packs, path).reject()
    assert _file_digest(app) == before


@pytest.mark.parametrize(
    ("fixture", "words"),
    [
        ("html_name.json", "Names may not contain < or >"),
        ("format_attack.json", "Unknown placeholder {0.__class__"),
        ("alias_bomb.yml", "aliases are not accepted"),
        ("future_version.json", "Update Quadrant to import it"),
        ("truncated.json", "not complete JSON"),
    ],
)
def test_a_hostile_file_shows_its_error_as_plain_text_and_changes_nothing(
    qtbot: QtBot, app: App, packs: PackActions, fixture: str, words: str
) -> None:
    before = _file_digest(app)
    assert packs.open_file(FIXTURES / fixture) is None
    box = packs.error_box
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    assert words in box.text()
    assert box.textFormat() is Qt.TextFormat.PlainText
    assert box.informativeText().startswith("Nothing was changed.")
    box.close()
    assert _file_digest(app) == before


def test_a_ten_thousand_deep_file_shows_a_clear_error(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    deep = tmp_path / "deep.quadrant-pack.json"
    deep.write_bytes(b'{"format": {"name": "quadrant-template-pack"}, "x": ' + b"[" * 10_000)
    packs.open_file(deep)
    assert packs.error_box is not None
    assert "nested more than 8 levels" in packs.error_box.text()


def test_links_and_markup_from_a_pack_are_shown_as_literal_text(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    markup = '<a href="file:///etc/passwd">click</a> <b>bold</b>'
    path = _write(tmp_path / "p.json", _template("t.a", markup), description=markup)
    dialog = _preview(qtbot, packs, path)
    assert dialog.description.text() == markup
    assert dialog.description.textFormat() is Qt.TextFormat.PlainText
    assert dialog.description.openExternalLinks() is False
    assert markup in dialog.diff.right.toPlainText()


@pytest.mark.filterwarnings(
    "ignore:Function.*QDragEnterEvent:DeprecationWarning"
)  # the only constructor Qt 6 has
def test_dropping_a_pack_on_the_window_opens_its_preview(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    path = _write(tmp_path / "dropped.quadrant-pack.json", _template("t.a", "A"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(app.window, enter)  # Qt delivers a drop only where the drag entered
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(app.window, drop)
    qtbot.waitUntil(lambda: isinstance(packs.dialog, PackImportDialog))
    assert isinstance(packs.dialog, PackImportDialog)
    assert packs.dialog.plan.items[0].uid == "t.a"


def test_the_share_dialog_writes_a_pack_that_imports_back(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    uow = SqlUnitOfWork(app.database.engine)
    mine = library.save_template(uow, _template("", "Hoi {requester_first_name}"))
    dialog = packs.export([mine.id or 0])
    assert isinstance(dialog, PackExportDialog)
    qtbot.waitExposed(dialog)
    dialog.name.setText("Mijn pakket")
    dialog.target.setText(str(tmp_path / "mijn"))
    dialog.accept()
    written = read_pack((tmp_path / "mijn.quadrant-pack.json").read_bytes())
    assert [t.body for t in written.templates] == ["Hoi {requester_first_name}"]
    earlier = sharing.exported_packs(uow)
    assert earlier[0].uid == written.metadata.uid

    again = packs.export([mine.id or 0])
    assert isinstance(again, PackExportDialog)
    again.update_from.setCurrentIndex(1)
    assert again.version.text() == "1.1.0"
    assert again.request().metadata.uid == written.metadata.uid
    again.format.setCurrentIndex(again.format.findData(ExportFormat.ESPANSO))
    again.target.setText(str(tmp_path))
    again.accept()
    assert (tmp_path / "mijn-pakket" / "package.yml").is_file()


def test_a_share_dialog_problem_keeps_it_open_with_the_reason(
    qtbot: QtBot, app: App, packs: PackActions
) -> None:
    dialog = packs.export([])
    assert isinstance(dialog, PackExportDialog)
    qtbot.waitExposed(dialog)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text() == "There are no templates to share here."


def test_the_team_folder_offers_new_packs_and_reports_a_broken_one_once(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    _write(folder / "good.quadrant-pack.json", _template("t.a", "A"))
    (folder / "bad.quadrant-pack.json").write_text(json.dumps({"format": "nonsense"}))
    with qtbot.waitSignal(packs.team.scanned):
        packs.team.set_folder(folder)

    offers = packs.team.offers_dialog
    assert offers is not None and not offers.isModal()
    assert [p.name for p in offers.offers] == ["Team NL"]
    assert "bad.quadrant-pack.json: " in offers.broken_label.text()
    offers.close()
    qtbot.waitUntil(lambda: packs.team.offers_dialog is None)

    with qtbot.waitSignal(packs.team.scanned):
        packs.team.check()  # nothing answered yet: offered again; the broken file is not repeated
    again = packs.team.offers_dialog
    assert again is not None and again.broken_label.text() == ""
    again.review_buttons[0].click()
    assert isinstance(packs.dialog, PackImportDialog)
    packs.dialog.accept()
    again.close()
    qtbot.waitUntil(lambda: packs.team.offers_dialog is None)
    with qtbot.waitSignal(packs.team.scanned):
        packs.team.check()
    assert packs.team.offers_dialog is None
    assert [p.status.value for p in packs.team.packs] == ["broken", "current"]


def _drag_enter(app: App, path: Path) -> QDragEnterEvent:
    """A file dragged over the window; the event says whether the window takes it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    enter.ignore()
    QApplication.sendEvent(app.window, enter)
    return enter


@pytest.mark.filterwarnings(
    "ignore:Function.*QDragEnterEvent:DeprecationWarning"
)  # the only constructor Qt 6 has
def test_a_file_that_is_not_a_template_file_is_not_taken_by_the_drop_target(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    other = tmp_path / "week.ics"
    other.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    assert not _drag_enter(app, other).isAccepted()


@pytest.mark.filterwarnings(
    "ignore:Function.*QDragEnterEvent:DeprecationWarning"
)  # the only constructor Qt 6 has
def test_a_cut_off_pack_dropped_on_the_window_is_taken_and_says_what_is_wrong(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    cut_off = tmp_path / "team.quadrant-pack.json"
    cut_off.write_text('{"format": ', encoding="utf-8")
    assert _drag_enter(app, cut_off).isAccepted()
    assert packs.open_file(cut_off) is None
    assert packs.error_box is not None
    assert "a value is missing at line 1, column 12" in packs.error_box.text()


def test_every_control_of_the_sharing_dialogs_has_a_name_for_screen_readers(
    qtbot: QtBot, app: App, packs: PackActions, tmp_path: Path
) -> None:
    from tests.ui.test_accessibility import unnamed_controls

    preview = _preview(qtbot, packs, _write(tmp_path / "p.json", _template("t.a", "A")))
    share = packs.export([1])
    assert share is not None
    qtbot.waitExposed(share)
    (tmp_path / "bad.quadrant-pack.json").write_text("{")
    with qtbot.waitSignal(packs.team.scanned):
        packs.team.set_folder(tmp_path)
    offers = packs.team.offers_dialog
    assert offers is not None
    qtbot.waitExposed(offers)
    for dialog in (preview, share, offers):
        assert unnamed_controls(dialog) == [], type(dialog).__name__


@given(st.text(max_size=300), st.integers(5, 80))
def test_wrapping_for_the_diff_keeps_every_visible_character_in_order(
    text: str, width: int
) -> None:
    lines = wrapped(text, width).splitlines()
    assert all(len(line) <= width for line in lines)
    assert "".join("".join(lines).split()) == "".join("".join(text.splitlines()).split())
