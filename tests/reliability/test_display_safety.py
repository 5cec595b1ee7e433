"""User and imported text is shown as text: markup in a title, a name or notes is never obeyed.

A title like ``<img src=file:///etc/passwd>`` must appear on screen exactly as
typed. Qt guesses "rich text" for labels and tooltips whose text starts like
HTML (``Qt.mightBeRichText``) and then loads images, follows links and drops
the tags, so every place user text can reach is checked: the labels of the
main window and of every dialog any menu action opens, item tooltips, what
the task delegate paints, and the links and browsers of the ui package.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QDesktopServices, QImage, QPainter, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import quadrant
from quadrant.app import Database, data_places, locations
from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.task import Requester, Task
from quadrant.domain.templates import Template
from quadrant.interop.csv_tasks import read_table
from quadrant.interop.ical import parse_ics
from quadrant.paths import resolve_paths
from quadrant.services import sharing, tasks
from quadrant.services.team_folder import TeamPack, TeamStatus
from quadrant.services.templates import new_uid, save_template
from quadrant.services.transfer import import_batch
from quadrant.ui.actions import TaskActions
from quadrant.ui.dialogs.csv_mapping_dialog import CsvMappingDialog
from quadrant.ui.dialogs.import_summary import ImportSummaryDialog
from quadrant.ui.dialogs.requester_dialog import RequesterDialog
from quadrant.ui.i18n import Translations
from quadrant.ui.main_window import MainWindow
from quadrant.ui.matrix.delegate import TaskDelegate
from quadrant.ui.matrix.model import TaskRole
from quadrant.ui.shell import ShellServices, install_shell
from quadrant.ui.task_store import TaskStore
from quadrant.ui.team_folder import TeamOffersDialog

UI = Path(quadrant.__file__).parent / "ui"
BOLD = "<b>bold-8c1</b>"
IMAGE = "<img src=file:///etc/passwd>"
LINK = '<a href="file:///etc/passwd">link-8c1</a>'
HOSTILE = (BOLD, IMAGE, LINK)
FRAGMENTS = ("bold-8c1", "etc/passwd", "link-8c1")
"""Any of these in a widget's text means user text reached it."""
SKIPPED_ACTIONS = re.compile(r"quit|exit|close", re.IGNORECASE)


def shown(text: str, text_format: Qt.TextFormat) -> str:
    """What Qt puts on screen for ``text``: rich text loses its tags, plain text keeps them."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def user_text_problem(where: str, text: str, text_format: Qt.TextFormat) -> str | None:
    """Why ``text`` (raw) shows user markup unsafely, or None when it is fine."""
    if not any(fragment in text for fragment in FRAGMENTS):
        return None
    if text_format != Qt.TextFormat.PlainText and GuiQt.mightBeRichText(text):
        literal = [h for h in HOSTILE if h in shown(text, text_format)]
        if not literal:
            return f"{where}: user text shown as rich text: {text[:120]!r}"
    return None


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # a list model keeps hasChildren private: flat
        return False


@dataclass
class Findings:
    """What the walk saw: every problem, and how much it looked at."""

    problems: list[str] = field(default_factory=list)
    labels: int = 0
    labels_with_user_text: int = 0
    tooltips: int = 0
    dialogs: set[str] = field(default_factory=set)

    def inspect(self, root: QWidget) -> None:
        name = type(root).__name__
        for label in root.findChildren(QLabel):
            self.labels += 1
            text = label.text()
            if any(fragment in text for fragment in FRAGMENTS):
                self.labels_with_user_text += 1
                if label.textFormat() != Qt.TextFormat.PlainText:
                    self.problems.append(
                        f"{name}: QLabel {label.objectName() or '?'} shows user text without "
                        f"PlainText format: {text[:80]!r}"
                    )
        for widget in [root, *root.findChildren(QWidget)]:
            self._tooltip(f"{name}: {type(widget).__name__} tooltip", widget.toolTip())
        for edit in root.findChildren(QTextEdit):
            if any(f in edit.toHtml() for f in FRAGMENTS) and not any(
                h in edit.toPlainText() for h in HOSTILE
            ):
                self.problems.append(f"{name}: QTextEdit renders user markup")
        for view in root.findChildren(QAbstractItemView):
            self.inspect_model(name, view)

    def inspect_model(self, name: str, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            try:
                columns = model.columnCount(parent)
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            for row in range(min(model.rowCount(parent), 200)):
                for column in range(columns):
                    index = model.index(row, column, parent)
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        self._tooltip(f"{name}: {type(view).__name__} item tooltip", tip)
                    if column == 0 and _has_children(model, index):
                        pending.append(index)

    def _tooltip(self, where: str, tip: str) -> None:
        if tip:
            self.tooltips += 1
        # Qt shows every tooltip with AutoText: it guesses rich text from the first tag.
        problem = user_text_problem(where, tip, Qt.TextFormat.AutoText)
        if problem is not None:
            self.problems.append(problem)


def hostile_files(folder: Path, database: Database) -> dict[str, Path]:
    """Files to import whose every text field is markup: what a colleague could send."""
    folder.mkdir()
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hostile//EN",
        "BEGIN:VTODO", "UID:hostile-1", f"SUMMARY:{BOLD}", f"DESCRIPTION:{IMAGE}",
        f"CATEGORIES:{LINK}", "END:VTODO",
        "BEGIN:VTODO", "UID:hostile-2", f"SUMMARY:{IMAGE}", "DUE:99999999", "END:VTODO",
        "BEGIN:VTODO", f"SUMMARY:{LINK}", "END:VCALENDAR",
    ])  # fmt: skip
    csv = f"Subject,{BOLD},Notes\r\n{IMAGE},{LINK},{BOLD}\r\n{LINK},x,{IMAGE}\r\n"
    # Packs refuse markup in names (domain/packs.py); bodies are text and may hold any.
    template = Template(new_uid(), "bold-8c1 reply", ReplyKind.DECLINE, Tone.WARM, Language.EN,
                        subject="link-8c1", body=f"{LINK} {IMAGE} {{requester}}")  # fmt: skip
    saved = save_template(database.unit_of_work(), template)
    assert saved.id is not None
    pack = sharing.export_pack(database.unit_of_work(), [saved.id],
                               sharing.new_metadata("Pack link-8c1", author="QA"))  # fmt: skip
    paths = {"ics": folder / "tasks.ics", "csv": folder / "tasks.csv",
             "pack": folder / "templates.quadrant-pack.json"}  # fmt: skip
    paths["ics"].write_text(ics, encoding="utf-8")
    paths["csv"].write_text(csv, encoding="utf-8")
    paths["pack"].write_bytes(pack.replace(saved.uid.encode(), b"hostile.pack.template"))
    return paths


@dataclass
class Shown:
    window: MainWindow
    store: TaskStore
    ids: list[int]
    opened_urls: list[str]
    database: Database
    files: dict[str, Path]


@pytest.fixture
def hostile_app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Shown]:
    """The whole app, as app.run_gui builds it, holding tasks made of markup."""
    paths = resolve_paths(tmp_path / "data")
    paths.create()
    database = Database(paths)
    ids = []
    for turn in range(3):
        title, name, notes = HOSTILE[turn], HOSTILE[(turn + 1) % 3], HOSTILE[(turn + 2) % 3]
        task = tasks.capture(database.unit_of_work(), title, quadrant=Quadrant(turn + 1),
                             requester_name=name, notes=f"{notes}\n{title}")  # fmt: skip
        assert task.id is not None
        ids.append(task.id)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    files = hostile_files(tmp_path / "files", database)
    turn = itertools.count()

    def pick(_parent: object, _title: str = "", _folder: str = "", kinds: str = "") -> tuple:
        if "json" in kinds or "yml" in kinds:
            return str(files["pack"]), ""
        return str(files["ics" if next(turn) % 2 else "csv"]), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    store = TaskStore(database.unit_of_work)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(TaskActions(store), settings, locations(paths))
    window.persist_state = False
    places = replace(data_places(paths), open_folder=lambda f: opened.append(str(f)) is None)
    services = ShellServices(database.unit_of_work, Translations(tmp_path / "none"), places,
                             use_tray=False)  # fmt: skip
    install_shell(window, services)
    qtbot.addWidget(window)
    store.load()
    window.show()
    qtbot.waitExposed(window)
    yield Shown(window, store, ids, opened, database, files)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    window.close()
    database.close()


def test_the_main_window_shows_markup_as_typed(hostile_app: Shown) -> None:
    findings = Findings()
    findings.inspect(hostile_app.window)
    assert findings.problems == []
    for place, title in zip(Quadrant, HOSTILE, strict=False):
        model = hostile_app.window.matrix.panes[place].model
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == [title]


class RecordingPainter(QPainter):
    """A painter that remembers every string it is asked to draw."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: object) -> None:  # type: ignore[override]
        self.texts += [a for a in args if isinstance(a, str)]
        super().drawText(*args)  # type: ignore[call-overload]


def test_the_task_delegate_paints_the_literal_text(hostile_app: Shown) -> None:
    for place, title in zip(Quadrant, HOSTILE, strict=False):
        view = hostile_app.window.matrix.view(place)
        index = view.model().index(0, 0)
        task = index.data(TaskRole.TASK)
        assert isinstance(task, Task)
        image = QImage(2000, 100, QImage.Format.Format_ARGB32)
        painter = RecordingPainter(image)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = QRect(0, 0, 2000, 100)
        delegate = view.itemDelegate()
        assert isinstance(delegate, TaskDelegate)
        delegate.paint(painter, option, index)
        painter.end()
        assert title in painter.texts, painter.texts
        assert task.requester_name in " ".join(painter.texts)


OPENED_ELSEWHERE = {
    "RequesterDialog",  # from the requesters list: test_the_requester_dialog_shows_markup_as_typed
    "WelcomeDialog",  # a new database; shows no user text
    "ExportDialog",  # choices of format and scope; no user text
    "RestoreDialog",  # backup file names Quadrant made
    "TeamOffersDialog",  # team folder packs: test_the_team_offers_dialog_shows_markup_as_typed
    "CsvMappingDialog",  # a CSV import: test_the_import_dialogs_show_markup_as_typed
    "ImportSummaryDialog",  # after an import: test_the_import_dialogs_show_markup_as_typed
}
"""Dialogs no menu action opens, each with where it is covered."""


def dialog_classes() -> set[str]:
    """Every dialog class in the ui package."""
    pattern = re.compile(r"^class (\w+)\((?:QDialog|QMessageBox)\b", re.MULTILINE)
    return {name for path in UI.rglob("*.py") for name in pattern.findall(path.read_text("utf-8"))}


def _actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())  # type: ignore[arg-type]
            elif not action.isSeparator() and not SKIPPED_ACTIONS.search(action.text()):
                found.append(action)
    return found


def test_every_dialog_any_menu_opens_shows_markup_as_typed(
    hostile_app: Shown, qtbot: QtBot
) -> None:
    """Select a hostile task, trigger every menu action, and look at whatever opens."""
    window = hostile_app.window
    findings = Findings()

    def close_modal() -> None:  # a dialog run with exec() would block the test: look, then close
        modal = QApplication.activeModalWidget()
        if modal is not None:
            findings.dialogs.add(type(modal).__name__)
            findings.inspect(modal)
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    watchdog = QTimer()
    watchdog.setInterval(20)
    watchdog.timeout.connect(close_modal)
    watchdog.start()
    actions = _actions(window)
    for task_id in hostile_app.ids:
        for action in actions:
            window.view_mode.setCurrentIndex(0)
            window.matrix.select_task(task_id)
            if not action.isEnabled():
                continue
            action.trigger()
            qtbot.wait(10)
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible() and widget is not window and isinstance(widget, QDialog):
                    findings.dialogs.add(type(widget).__name__)
                    findings.inspect(widget)
                    widget.reject()
            findings.inspect(window)
    watchdog.stop()
    problems = sorted(set(findings.problems))
    assert problems == [], "\n".join(problems)
    assert len(actions) >= 15, "the walk must reach the menus"
    assert {"TaskDialog", "AboutDialog", "ShortcutsDialog"} <= findings.dialogs
    unreached = dialog_classes() - findings.dialogs - OPENED_ELSEWHERE
    assert unreached == set(), f"reach these from a menu, or test them and list them: {unreached}"
    assert findings.labels_with_user_text > 0, "the walk must meet user text"
    print(
        f"{len(actions)} menu actions × {len(hostile_app.ids)} hostile tasks; "
        f"dialogs seen: {sorted(findings.dialogs)}; labels checked: {findings.labels}, "
        f"{findings.labels_with_user_text} with user text; tooltips: {findings.tooltips}"
    )


# Links and browsers ----------------------------------------------------------------------


def _ui_sources() -> dict[str, str]:
    return {str(p.relative_to(UI)): p.read_text("utf-8") for p in sorted(UI.rglob("*.py"))}


def test_no_text_browser_or_external_links_in_the_ui() -> None:
    sources = _ui_sources()
    assert [n for n, s in sources.items() if "QTextBrowser" in s] == [], (
        "a QTextBrowser must refuse file: resources (override loadResource) and keep "
        "setOpenLinks(False); extend this test when one is added"
    )
    assert [n for n, s in sources.items() if re.search(r"setOpenExternalLinks\(\s*True", s)] == []
    assert [n for n, s in sources.items() if "linkActivated" in s] == []
    assert [n for n, s in sources.items() if "TextFormat.RichText" in s] == []


def test_urls_are_opened_only_for_mail_and_the_data_folder() -> None:
    """Each openUrl is one the user asked for: mail a reply, show the data folder."""
    allowed = {"reply_actions.py": "mailto", "dialogs/settings_dialog.py": "fromLocalFile"}
    callers = {n: s for n, s in _ui_sources().items() if "openUrl(" in s}
    assert set(callers) <= set(allowed), f"new openUrl callers: {set(callers) - set(allowed)}"
    for name, source in callers.items():
        assert allowed[name] in source


def test_the_mail_action_opens_nothing_but_mailto(hostile_app: Shown) -> None:
    replies = hostile_app.window.replies
    assert not replies.open_mail("file:///etc/passwd")
    assert not replies.open_mail("https://example.org/")
    assert hostile_app.opened_urls == []
    replies.open_mail("mailto:anne@example.org?subject=Hi")
    assert hostile_app.opened_urls == ["mailto:anne@example.org?subject=Hi"]


def test_the_requester_dialog_shows_markup_as_typed(qtbot: QtBot) -> None:
    requester = Requester(id=1, name=BOLD, email="a@example.org", role=IMAGE, agreements=LINK)
    dialog = RequesterDialog(lambda _r: None, requester)
    qtbot.addWidget(dialog)
    dialog.show()
    findings = Findings()
    findings.inspect(dialog)
    assert findings.problems == []


def test_the_team_offers_dialog_shows_markup_as_typed(hostile_app: Shown, qtbot: QtBot) -> None:
    pack = hostile_app.files["pack"]
    plan = sharing.plan_import(hostile_app.database.unit_of_work(), pack.read_bytes())
    broken = pack.with_name("<b>bold-8c1.json")
    dialog = TeamOffersDialog(
        [TeamPack(pack, TeamStatus.NEW, plan)],
        [TeamPack(broken, TeamStatus.BROKEN, error=f"cannot read {LINK}")],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    findings = Findings()
    findings.inspect(dialog)
    assert findings.problems == []
    assert findings.labels_with_user_text > 0


def test_the_import_dialogs_show_markup_as_typed(hostile_app: Shown, qtbot: QtBot) -> None:
    files = hostile_app.files
    table = read_table(files["csv"].read_bytes())
    batch = parse_ics(files["ics"].read_bytes())
    summary = import_batch(hostile_app.database.unit_of_work(), batch)
    assert summary.skipped, "the summary must quote a broken to-do"
    for dialog in (
        CsvMappingDialog(table, f"{BOLD}.csv"),
        ImportSummaryDialog(summary, f"{IMAGE}.ics", None),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        findings = Findings()
        findings.inspect(dialog)
        assert findings.problems == [], type(dialog).__name__
