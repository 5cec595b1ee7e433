"""Screen readers and keyboards: every control has a name, every dialog a sensible tab order.

Each dialog is opened the way a user opens it — through the main window's
actions, with a store holding tasks, requesters and a reply to follow up —
so a dialog added later is covered as soon as an action opens it. A QDialog
subclass anywhere in quadrant.ui that no action opened fails the test, so it
cannot slip past unchecked.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import quadrant.ui
from quadrant.app_transfer import install_transfer
from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.interop.csv_tasks import read_table
from quadrant.interop.ical import parse_ics
from quadrant.services import sharing
from quadrant.services.clock import utc_now
from quadrant.services.team_folder import TeamPack, TeamStatus
from quadrant.services.templates import new_uid, save_template
from quadrant.services.transfer import import_batch
from quadrant.store.backups import take_backup
from quadrant.ui.dialogs.csv_mapping_dialog import CsvMappingDialog
from quadrant.ui.dialogs.import_summary import ImportSummaryDialog
from quadrant.ui.dialogs.pack_import_dialog import PackImportDialog
from quadrant.ui.i18n import Translations
from quadrant.ui.team_folder import TeamOffersDialog
from tests.ui.i18n_support import (
    ShellApp,
    build_shell_app,
)

INTERACTIVE = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
    QPlainTextEdit, QTextEdit, QAbstractSlider, QTabBar,
)  # fmt: skip


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside another control; the control itself carries the name."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, QAbstractSpinBox | QComboBox | QLineEdit | QTabBar | QAbstractItemView
        ):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_")


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible interactive widgets under ``root`` without an accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        visible = isinstance(widget, INTERACTIVE) and widget.isVisible()
        if visible and not _internal(widget) and not accessible_name(widget):
            text = getattr(widget, "text", lambda: "")()
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} text={text!r}")
    return missing


def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Static QFileDialog / QMessageBox / QInputDialog calls would wait for a click."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))


@pytest.fixture
def app(
    qtbot: QtBot, tmp_path: Path, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ShellApp]:
    _no_blocking_dialogs(monkeypatch)
    shell_app = build_shell_app(qtbot, tmp_path / "data", translations)
    paths = shell_app.database.paths
    install_transfer(shell_app.window, paths, shell_app.database, lambda: None, lambda _e: None)
    take_backup(paths.database, paths.backups, "manual")  # so Restore from backup lists one
    store = shell_app.store
    first = store.capture("Board pack", Quadrant.DO, requester_name="Marieke Jansen",
                          due_at=utc_now() + timedelta(days=1))  # fmt: skip
    store.capture("Plan the offsite", Quadrant.PLAN, requester_name="Pieter de Boer")
    assert first.id is not None
    shell_app.window.show()
    qtbot.waitExposed(shell_app.window)
    shell_app.window.matrix.view(Quadrant.DO).setFocus()
    shell_app.window.matrix.select_task(first.id)
    yield shell_app
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.reject()
    shell_app.database.close()


def _dialogs() -> set[QDialog]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}


def _open_every_dialog(app: ShellApp, qtbot: QtBot) -> dict[str, QDialog]:
    """Trigger every "…" action (and the welcome screen); keep what each one opened."""
    opened: dict[str, QDialog] = {}
    app.shell.show_welcome()
    opened.update({type(d).__name__: d for d in _dialogs()})
    window = app.window
    actions = [a for a in window.findChildren(QAction) if a.text().endswith("…")]
    actions += [window.shortcuts_action, window.about_action]
    for action in actions:
        before = _dialogs()
        action.trigger()
        for dialog in _dialogs() - before:
            qtbot.waitExposed(dialog)
            opened.setdefault(type(dialog).__name__, dialog)
            # dialogs that open further dialogs from their own "…" buttons
            for button in dialog.findChildren(QAbstractButton):
                if button.text().endswith("…") and button.isEnabled() and button.isVisible():
                    inner_before = _dialogs()
                    button.click()
                    for inner in _dialogs() - inner_before:
                        opened.setdefault(type(inner).__name__, inner)
    return opened


def _dialogs_from_files(app: ShellApp, folder: Path) -> dict[str, QDialog]:
    """The dialogs a file opens (an import, a team pack), with such a file's contents."""
    database = app.database
    template = Template(
        new_uid(), "Not this week", ReplyKind.DECLINE, Tone.WARM, Language.EN,
        subject="About {task}", body="Dear {requester}, not this week.",
    )  # fmt: skip
    saved = save_template(database.unit_of_work(), template)
    assert saved.id is not None
    pack = sharing.export_pack(database.unit_of_work(), [saved.id],
                               sharing.new_metadata("Team replies", author="Anne"))  # fmt: skip
    plan = sharing.plan_import(database.unit_of_work(), pack.replace(saved.uid.encode(), b"x.y"))
    folder.mkdir()
    pack_file = folder / "team.quadrant-pack.json"
    pack_file.write_bytes(pack)
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VTODO", "UID:a-1",
        "SUMMARY:Order toner", "END:VTODO", "BEGIN:VTODO", "SUMMARY:No uid", "DUE:99999999",
        "END:VTODO", "END:VCALENDAR",
    ])  # fmt: skip
    summary = import_batch(database.unit_of_work(), parse_ics(ics.encode()))
    table = read_table(b"Subject,Due Date,Notes\r\nOrder toner,2026-12-01,Two boxes\r\n")
    dialogs: dict[str, QDialog] = {
        "CsvMappingDialog": CsvMappingDialog(table, "tasks.csv", app.window),
        "ImportSummaryDialog": ImportSummaryDialog(summary, "tasks.ics", None, app.window),
        "PackImportDialog": PackImportDialog(plan, (), app.window),
        "TeamOffersDialog": TeamOffersDialog(
            [TeamPack(pack_file, TeamStatus.NEW, plan)],
            [TeamPack(folder / "broken.json", TeamStatus.BROKEN, error="not a pack")],
            app.window,
        ),
    }
    for dialog in dialogs.values():
        dialog.show()
    return dialogs


def _dialog_classes() -> set[str]:
    """Every QDialog subclass Quadrant defines."""
    found = set()
    for module in pkgutil.walk_packages(quadrant.ui.__path__, "quadrant.ui."):
        loaded = importlib.import_module(module.name)
        for name, member in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(member, QDialog) and member.__module__ == module.name:
                found.add(name)
    return found


def test_every_dialog_names_every_control(app: ShellApp, qtbot: QtBot, tmp_path: Path) -> None:
    opened = _open_every_dialog(app, qtbot) | _dialogs_from_files(app, tmp_path / "files")
    problems = {name: unnamed_controls(dialog) for name, dialog in opened.items()}
    problems = {name: missing for name, missing in problems.items() if missing}
    assert not problems, f"controls a screen reader cannot name: {problems}"
    never_opened = _dialog_classes() - set(opened)
    assert not never_opened, f"dialogs no action opened (so not checked): {never_opened}"


def test_the_main_window_names_every_control(app: ShellApp) -> None:
    assert unnamed_controls(app.window) == []


def test_list_items_say_title_quadrant_requester_and_due_date(app: ShellApp) -> None:
    view = app.window.matrix.view(Quadrant.DO)
    item = QAccessible.queryAccessibleInterface(view).child(0)
    spoken = item.text(QAccessible.Text.Name)
    assert spoken.startswith("Board pack, Do now, for Marieke Jansen, due ")
    pane_name = accessible_name(view)
    assert pane_name == "Do now"


def _tab_chain(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits, starting from the first one, until it comes round."""
    chain: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog and len(chain) < 1000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return [w for w in chain if w.window() is dialog and _takes_tab(w, dialog)]


def _takes_tab(widget: QWidget, dialog: QDialog) -> bool:
    return (
        widget.isVisibleTo(dialog)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not _internal(widget)
    )


def _reading_order_breaks(chain: list[QWidget], dialog: QDialog) -> list[str]:
    """Places where Tab jumps back up to a widget left of the one before.

    Going down, or right on the same line, or up into a next column, reads
    naturally; going up *and* left means the order fights the layout.
    """
    breaks = []
    places = [w.mapTo(dialog, QPoint(0, 0)) for w in chain]
    for (a, pa), (b, pb) in zip(zip(chain, places, strict=True), zip(chain[1:], places[1:],
                                strict=True), strict=False):  # fmt: skip
        if pb.y() < pa.y() - 4 and pb.x() < pa.x() - 4:
            breaks.append(f"{_label(a)} → {_label(b)}")
    return breaks


def _label(widget: QWidget) -> str:
    return f"{type(widget).__name__}({accessible_name(widget) or widget.objectName()!r})"


def test_every_dialog_can_be_walked_with_tab_in_reading_order(
    app: ShellApp, qtbot: QtBot, tmp_path: Path
) -> None:
    opened = _open_every_dialog(app, qtbot) | _dialogs_from_files(app, tmp_path / "files")
    problems: dict[str, list[str]] = {}
    for name, dialog in opened.items():
        if not dialog.isVisible():
            continue
        chain = _tab_chain(dialog)
        reachable = set(chain)
        stuck = [
            _label(w)
            for w in dialog.findChildren(QWidget)
            if isinstance(w, INTERACTIVE)
            and w.window() is dialog
            and _takes_tab(w, dialog)
            and w not in reachable
        ]
        breaks = _reading_order_breaks(chain, dialog)
        if stuck or len(breaks) > 1:  # one jump back to the top is the chain coming round
            problems[name] = stuck + breaks
    assert not problems, f"tab order problems: {problems}"


def test_focus_is_visible_in_the_matrix(app: ShellApp) -> None:
    """The current task is drawn selected, in the palette's highlight colour."""
    view = app.window.matrix.view(Quadrant.DO)
    assert view.hasFocus()
    current = view.currentIndex()
    assert current.isValid() and view.selectionModel().isSelected(current)
    image = view.viewport().grab().toImage()
    rect = view.visualRect(current)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    centre = image.pixelColor(rect.right() - 8, rect.center().y())
    assert abs(centre.hue() - highlight.hue()) < 30 or centre == highlight.lighter(100)


def test_the_shortcut_sheet_lists_every_shortcut_of_the_window(app: ShellApp) -> None:
    app.window.show_shortcuts()
    sheet = next(d for d in _dialogs() if type(d).__name__ == "ShortcutsDialog")
    table = sheet.findChildren(QAbstractItemView)[0]
    listed = {table.model().index(r, 0).data() for r in range(table.model().rowCount())}
    wanted = {a.text().replace("&", "") for a in app.window.findChildren(QAction)
              if a.shortcuts() and a.text()}  # fmt: skip
    assert wanted <= listed, f"missing from Help → Keyboard shortcuts: {wanted - listed}"
    for name in ("Settings…", "Reply to request…", "New task…", "Keyboard shortcuts"):
        assert name in listed
