"""The team folder in the template manager, in settings, and away from the window's thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from quadrant.domain.matrix import Quadrant
from quadrant.domain.packs import Pack, PackMetadata, pack_to_bytes
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.services import team_folder as team
from quadrant.ui.dialogs.pack_export_dialog import PackExportDialog
from quadrant.ui.dialogs.pack_import_dialog import PackImportDialog
from quadrant.ui.dialogs.team_templates import TEAM_SOURCE, pack_of, template_of
from quadrant.ui.dialogs.template_manager import TemplateManager
from quadrant.ui.i18n import Translations
from quadrant.ui.team_folder import TeamFolder
from tests.ui.conftest import App
from tests.ui.i18n_support import build_shell_app

META = PackMetadata(uid="pack.pool", name="Secretariaat", version="1.0.0", author="Sandra")


def _template(uid: str, name: str, body: str, tone: Tone = Tone.WARM) -> Template:
    return Template(uid, name, ReplyKind.DECLINE, tone, Language.NL, "", body)


def _write(path: Path, *templates: Template, **meta: str) -> Path:
    path.write_bytes(pack_to_bytes(Pack(replace(META, **meta), templates)))
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A team folder with a good pack of two templates and a broken file."""
    shared = tmp_path / "team"
    shared.mkdir()
    _write(
        shared / "pool.quadrant-pack.json",
        _template("pool.nee", "Nee, vriendelijk", "Dit lukt me deze week niet, {requester}."),
        _template("pool.later", "Niet nu", "Volgende week kijk ik ernaar.", Tone.FIRM),
    )
    (shared / "kapot.quadrant-pack.json").write_text('{"format": ', encoding="utf-8")
    return shared


def _team_view(qtbot: QtBot, app: App, folder: Path | None) -> TemplateManager:
    team_folder = app.window.packs.team
    if folder is not None:
        with qtbot.waitSignal(team_folder.scanned):
            team_folder.set_folder(folder)
        _close_offers(qtbot, team_folder)
    manager = app.window.replies.show_templates()
    qtbot.waitExposed(manager)
    manager.source_filter.setCurrentIndex(manager.source_filter.findData(TEAM_SOURCE))
    return manager


def _close_offers(qtbot: QtBot, team_folder: TeamFolder) -> None:
    if team_folder.offers_dialog is not None:
        team_folder.offers_dialog.close()
        qtbot.waitUntil(lambda: team_folder.offers_dialog is None)


def _rows(manager: TemplateManager) -> dict[str, list[tuple[str, str]]]:
    """Pack name (with its status) → its template rows (name, status)."""
    shown: dict[str, list[tuple[str, str]]] = {}
    for index in range(manager.list.topLevelItemCount()):
        pack = manager.list.topLevelItem(index)
        assert pack is not None
        children = (pack.child(i) for i in range(pack.childCount()))
        shown[pack.text(0)] = [(c.text(0), c.text(4)) for c in children]
    return shown


def _library_uids(app: App) -> set[str]:
    return {str(uid) for (uid,) in app.rows("SELECT uid FROM template WHERE deleted_at IS NULL")}


def test_the_team_source_lists_each_pack_with_its_templates_and_what_importing_does(
    qtbot: QtBot, app: App, folder: Path, translations: Translations
) -> None:
    manager = _team_view(qtbot, app, folder)

    assert _rows(manager) == {
        "kapot.quadrant-pack.json — Cannot be read": [],
        "Secretariaat — New, version 1.0.0": [("Nee, vriendelijk", "New"), ("Niet nu", "New")],
    }
    assert manager.message.text().startswith("2 packs in ")
    broken = manager.list.topLevelItem(0)
    assert broken is not None and "not complete JSON" in broken.toolTip(0)
    # A team template is shown, not edited in place: it has to be imported first.
    pool = manager.list.topLevelItem(1)
    assert pool is not None and pool.child(0) is not None
    manager.list.setCurrentItem(pool.child(0))
    assert manager.editor.body.toPlainText() == "Dit lukt me deze week niet, {requester}."
    assert manager.editor.body.isReadOnly() and manager.editor.name.isReadOnly()
    assert manager.editor.problem.text() == ""
    assert "“Secretariaat”, version 1.0.0, by Sandra" in manager.message.text()
    assert "New: 2 · Changed: 0 · Conflicts: 0 · Already here: 0" in manager.message.text()
    assert not manager.new_button.isEnabled() and not manager.delete_button.isEnabled()
    assert manager.import_button.isVisible() and manager.import_button.isEnabled()


def test_importing_from_the_team_view_goes_through_the_preview_and_shows_the_pack_up_to_date(
    qtbot: QtBot, app: App, folder: Path
) -> None:
    manager = _team_view(qtbot, app, folder)
    pool = manager.list.topLevelItem(1)
    assert pool is not None
    manager.list.setCurrentItem(pool)

    manager.import_button.click()
    preview = app.window.packs.dialog
    assert isinstance(preview, PackImportDialog)
    with qtbot.waitSignal(app.window.packs.team.scanned):
        preview.accept()
    _close_offers(qtbot, app.window.packs.team)

    assert {"pool.nee", "pool.later"} <= _library_uids(app)
    qtbot.waitUntil(lambda: "Up to date" in "".join(_rows(manager)))
    assert _rows(manager)["Secretariaat — Up to date, version 1.0.0"] == [
        ("Nee, vriendelijk", "Identical"),
        ("Niet nu", "Identical"),
    ]
    # Back in the library, the imported templates are there and can be edited again.
    manager.source_filter.setCurrentIndex(0)
    names = [manager.list.topLevelItem(i).text(0) for i in range(manager.list.topLevelItemCount())]  # type: ignore[union-attr]
    assert "Nee, vriendelijk" in names
    assert not manager.editor.body.isReadOnly()
    assert not manager.import_button.isVisible()


def test_the_team_view_follows_the_filters_and_a_new_file_in_the_folder(
    qtbot: QtBot, app: App, folder: Path
) -> None:
    manager = _team_view(qtbot, app, folder)
    manager.tone_filter.setCurrentIndex(manager.tone_filter.findData(Tone.FIRM))
    assert _rows(manager) == {"Secretariaat — New, version 1.0.0": [("Niet nu", "New")]}
    manager.tone_filter.setCurrentIndex(0)

    team_folder = app.window.packs.team
    with qtbot.waitSignal(team_folder.scanned, timeout=10_000):
        _write(
            folder / "extra.quadrant-pack.json",
            _template("extra.ja", "Ja, als", "Ja, als {task} mag wachten."),
            uid="pack.extra",
            name="Extra",
        )
    _close_offers(qtbot, team_folder)
    qtbot.waitUntil(lambda: "Extra — New, version 1.0.0" in _rows(manager))


def test_without_a_team_folder_the_team_view_says_where_to_choose_one(
    qtbot: QtBot, app: App
) -> None:
    manager = _team_view(qtbot, app, None)
    qtbot.waitUntil(lambda: app.window.packs.team.checked)
    assert manager.list.topLevelItemCount() == 0
    assert "No team folder is chosen" in manager.message.text()
    assert not manager.import_button.isEnabled()


def test_a_slow_team_folder_never_holds_up_the_window(
    qtbot: QtBot, app: App, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A network drive waking up: the folder is read in a thread while the matrix works."""
    drive_answers = threading.Event()
    survey: Callable[..., team.TeamSurvey] = team.survey_team_folder

    def slow_survey(*args: object) -> team.TeamSurvey:
        assert threading.current_thread() is not threading.main_thread()
        drive_answers.wait(timeout=30)
        return survey(*args)

    monkeypatch.setattr(team, "survey_team_folder", slow_survey)
    team_folder = app.window.packs.team
    team_folder.set_folder(folder)  # returns while the drive is still silent
    assert team_folder.scanning

    task = app.store.capture("Agenda voor het MT", Quadrant.PLAN)
    assert [t.title for t in app.store.tasks()] == [task.title]
    with qtbot.waitSignal(team_folder.scanned):
        drive_answers.set()
    assert [p.name for p in team_folder.packs] == ["kapot.quadrant-pack.json", "Secretariaat"]
    _close_offers(qtbot, team_folder)


def test_sharing_from_the_manager_offers_the_chosen_or_the_shown_templates(
    qtbot: QtBot, app: App, translations: Translations
) -> None:
    manager = app.window.replies.show_templates()
    qtbot.waitExposed(manager)
    manager.language_filter.setCurrentIndex(manager.language_filter.findData(Language.EN))
    manager.kind_filter.setCurrentIndex(manager.kind_filter.findData(ReplyKind.DECLINE))
    shown = manager.shown()
    first, second = (manager.list.topLevelItem(i) for i in (0, 1))
    assert first is not None and second is not None
    first.setSelected(True)
    second.setSelected(True)

    manager.share_button.click()
    share = app.window.packs.dialog
    assert isinstance(share, PackExportDialog)
    scopes = [
        (share.scope.itemText(i), share.scope.itemData(i)) for i in range(share.scope.count())
    ]
    assert scopes[0][0] == "The 2 chosen templates" and len(scopes[0][1]) == 2
    assert scopes[1] == (f"The {len(shown)} templates shown", tuple(t.id for t in shown))
    assert len(shown) == 3  # three tones of the English "no"
    share.reject()


def test_choosing_a_team_folder_in_settings_reads_it_at_once(
    qtbot: QtBot, tmp_path: Path, folder: Path, translations: Translations
) -> None:
    shell_app = build_shell_app(qtbot, tmp_path / "data", translations)
    try:
        team_folder = shell_app.window.packs.team
        dialog = shell_app.shell.show_settings()
        dialog.team_folder.setText(str(folder))
        with qtbot.waitSignal(team_folder.scanned):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert team_folder.watcher.directories() == [str(folder)]
        assert "Secretariaat" in [p.name for p in team_folder.packs]
        offers = team_folder.offers_dialog
        assert offers is not None and [p.name for p in offers.offers] == ["Secretariaat"]
        _close_offers(qtbot, team_folder)
    finally:
        shell_app.database.close()


def test_team_rows_carry_their_pack_for_the_import_button(
    qtbot: QtBot, app: App, folder: Path
) -> None:
    manager = _team_view(qtbot, app, folder)
    pool = manager.list.topLevelItem(1)
    assert pool is not None
    child = pool.child(1)
    assert pack_of(child) is pack_of(pool)
    assert template_of(pool) is None
    template = template_of(child)
    assert template is not None and template.uid == "pool.later"
    assert child.flags() & Qt.ItemFlag.ItemIsSelectable
