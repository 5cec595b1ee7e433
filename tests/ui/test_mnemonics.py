"""Alt+letter reaches one thing: no two items of a menu, nor two controls of a window, share one.

Qt does not refuse a doubled mnemonic: the first Alt+letter goes to one item,
the next to the other, and a keyboard user who learnt "Alt+Q opens quick
capture" quits the app instead. Every menu of the main window (the menu bar,
each menu and submenu, the task context menu, the tray menu) and every dialog
an action opens is checked, in English and in Dutch, built the way a user
meets it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QStackedWidget,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quadrant.app_transfer import install_transfer
from quadrant.domain.matrix import Quadrant
from quadrant.store.backups import take_backup
from quadrant.ui.i18n import Translations
from quadrant.ui.tray import Tray
from tests.ui.i18n_support import ENGLISH_SYSTEM, ShellApp, build_shell_app
from tests.ui.test_accessibility import (
    _dialogs_from_files,
    _no_blocking_dialogs,
    _open_every_dialog,
)

LANGUAGES = ("en", "nl")

# Where a mnemonic can live without reaching the same control twice: a page of a
# stacked widget (a tab's page) is one such place inside its window.
Scope = tuple[tuple[int, int], ...]


def mnemonic(text: str) -> str:
    """The letter Alt reaches for ``text`` as Qt reads it (``&&`` is a plain ampersand)."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").lower()


def doubled(texts: list[str]) -> list[str]:
    """The texts whose mnemonic another text of the list has too."""
    letters = [mnemonic(text) for text in texts]
    return [t for t, m in zip(texts, letters, strict=True) if m and letters.count(m) > 1]


# Menus ---------------------------------------------------------------------------


def _menu_items(menu: QMenu, title: str) -> Iterator[tuple[str, list[str]]]:
    """Each menu and submenu under ``menu``, with the texts of its items.

    Hidden items count too: shown later, they must still have a letter of their own.
    """
    actions = [a for a in menu.actions() if not a.isSeparator()]
    yield title, [a.text() for a in actions]
    for action in actions:
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_items(submenu, f"{title} → {submenu.title()}")


def every_menu(app: ShellApp) -> dict[str, list[str]]:
    """The menu bar, its menus and submenus, the task context menu and the tray menu."""
    window = app.window
    menus = {"menu bar": [a.text() for a in window.menuBar().actions()]}
    for item in window.menuBar().actions():
        menu = item.menu()
        assert isinstance(menu, QMenu)
        menus.update(_menu_items(menu, menu.title()))
    view = window.matrix.view(window.matrix.current_quadrant)
    view.customContextMenuRequested.emit(view.visualRect(view.currentIndex()).center())
    context = window.replies.context_menu
    assert isinstance(context, QMenu), "right-clicking a task opened no menu"
    menus.update(_menu_items(context, "task context menu"))
    context.close()
    tray = Tray(window, lambda: None, window)
    menus.update(_menu_items(tray.menu, "tray menu, window shown"))
    window.hide()
    tray.menu.aboutToShow.emit()  # the toggle item now says "Show Quadrant"
    menus.update(_menu_items(tray.menu, "tray menu, window hidden"))
    window.show()
    return menus


# Dialogs -------------------------------------------------------------------------


@dataclass(frozen=True)
class Control:
    """A text that registers an Alt+letter shortcut in a window, and where it sits."""

    kind: str
    text: str
    scope: Scope = ()

    @property
    def letter(self) -> str:
        """The letter Alt reaches it with."""
        return mnemonic(self.text)

    def __str__(self) -> str:
        return f"{self.kind} {self.text!r}"


def _scope(widget: QWidget, window: QWidget) -> Scope:
    """The stacked pages ``widget`` sits on.

    A control hidden now still counts: a reply kind or a template error shows it
    later, and then its letter must still be its own.
    """
    pages: list[tuple[int, int]] = []
    current: QWidget | None = widget
    while current is not None and current is not window:
        parent = current.parentWidget()
        if isinstance(parent, QStackedWidget):
            pages.append((id(parent), parent.indexOf(current)))
        current = parent
    return tuple(pages)


def _apart(a: Scope, b: Scope) -> bool:
    """Whether two places are never on screen together: other pages of one stack."""
    stacks_b = dict(b)
    return any(stack in stacks_b and stacks_b[stack] != page for stack, page in a)


def controls(window: QWidget) -> Iterator[Control]:
    """Every label, button, group box and tab under ``window`` with an Alt+letter."""
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        scope = _scope(widget, window)
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            yield Control("label", widget.text(), scope)
        elif isinstance(widget, QAbstractButton):
            yield Control("button", widget.text(), scope)
        elif isinstance(widget, QGroupBox):
            yield Control("group", widget.title(), scope)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield Control("tab", widget.tabText(index), scope)


def window_clashes(window: QWidget, menu_titles: list[str] | None = None) -> list[str]:
    """Pairs of controls in one window (and its menu bar) that answer the same Alt+letter."""
    found = [*controls(window), *(Control("menu", title) for title in menu_titles or [])]
    by_letter: dict[str, list[Control]] = defaultdict(list)
    for control in found:
        if control.letter:
            by_letter[control.letter].append(control)
    clashes = []
    for letter, same in sorted(by_letter.items()):
        for i, a in enumerate(same):
            clashes += [f"Alt+{letter.upper()}: {a} and {b}" for b in same[i + 1 :]
                        if not _apart(a.scope, b.scope)]  # fmt: skip
    return clashes


def unreachable_letters(window: QWidget) -> list[str]:
    """Labels that show an Alt+letter but have no buddy: the "&" shows and the key does nothing."""
    return [
        f"label {label.text()!r}"
        for label in window.findChildren(QLabel)
        if label.window() is window
        and label.textFormat() is not Qt.TextFormat.RichText
        and mnemonic(label.text())
        and label.buddy() is None
    ]


# The app in each language ---------------------------------------------------------


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, translations: Translations) -> str:
    """English or Dutch, installed before the window is built (as at start-up)."""
    translations.apply(request.param, ENGLISH_SYSTEM)
    return str(request.param)


@pytest.fixture
def app(
    language: str,
    qtbot: QtBot,
    tmp_path: Path,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[ShellApp]:
    """The window with a task selected, its menus and its dialogs, in ``language``."""
    _no_blocking_dialogs(monkeypatch)
    shell_app = build_shell_app(qtbot, tmp_path / "data", translations)
    paths = shell_app.database.paths
    install_transfer(shell_app.window, paths, shell_app.database, lambda: None, lambda _e: None)
    take_backup(paths.database, paths.backups, "manual")  # so Restore from backup lists one
    task = shell_app.store.capture("Board pack", Quadrant.DO, requester_name="Marieke Jansen")
    assert task.id is not None
    shell_app.window.show()
    qtbot.waitExposed(shell_app.window)
    shell_app.window.matrix.view(Quadrant.DO).setFocus()
    shell_app.window.matrix.select_task(task.id)
    yield shell_app
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.reject()
    shell_app.database.close()


def test_every_menu_has_one_item_per_alt_letter(app: ShellApp, language: str) -> None:
    clashes = {title: d for title, texts in every_menu(app).items() if (d := doubled(texts))}
    assert not clashes, f"{language}: one Alt+letter for two menu items: {clashes}"


def test_the_menus_keep_the_letters_hands_know(app: ShellApp, language: str) -> None:
    """Alt+F (Alt+B in Dutch) opens File, Alt+E opens Edit, Quit and Undo keep theirs."""
    window = app.window
    bar = [mnemonic(action.text()) for action in window.menuBar().actions()]
    letters = [mnemonic(a.text()) for a in (window.quit_action, window.undo_action)]
    if language == "en":
        assert (bar[:2], letters) == (["f", "e"], ["q", "u"])
    else:
        assert (bar[:2], letters) == (["b", "e"], ["a", "o"])


def test_the_main_window_has_one_control_per_alt_letter(app: ShellApp, language: str) -> None:
    titles = [a.text() for a in app.window.menuBar().actions()]
    assert window_clashes(app.window, titles) == [], language
    assert unreachable_letters(app.window) == [], language


def _own(dialogs: dict[str, QDialog]) -> dict[str, QDialog]:
    """Quadrant's dialogs; Qt's file and message boxes bring their own (and Qt's) letters."""
    return {n: d for n, d in dialogs.items() if type(d).__module__.startswith("quadrant.")}


def test_every_dialog_has_one_control_per_alt_letter(
    app: ShellApp, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    opened = _own(_open_every_dialog(app, qtbot) | _dialogs_from_files(app, tmp_path / "files"))
    assert len(opened) >= 15, f"only {sorted(opened)} opened: is the dialog search broken?"
    clashes = {name: c for name, dialog in opened.items() if (c := window_clashes(dialog))}
    assert not clashes, f"{language}: one Alt+letter for two controls: {clashes}"
    dead = {name: d for name, dialog in opened.items() if (d := unreachable_letters(dialog))}
    assert not dead, f"{language}: labels whose Alt+letter reaches no field: {dead}"


def test_a_doubled_letter_is_caught(qtbot: QtBot) -> None:
    """The check itself: Qt's reading of & (and &&), one report per clash."""
    assert mnemonic("&Quit") == "q"
    assert mnemonic("Save && &close") == "c"
    assert mnemonic("Tom && Jerry") == ""
    assert doubled(["&Quick capture", "&Quit", "&New"]) == ["&Quick capture", "&Quit"]
    dialog = QDialog()
    stack = QStackedWidget(dialog)
    # Every wrapper stays referenced: setBuddy ties the buddy's wrapper to the
    # label's, and a cycle of wrappers alone would let the collector free a
    # page the live dialog still holds (see test_teardown_order.py).
    kept: list[QWidget] = []
    for text in ("&Apply", "&Add"):
        page = QWidget()
        stack.addWidget(page)
        label = QLabel(text, page)
        label.setBuddy(page)
        kept += [page, label]
    assert window_clashes(dialog) == []  # other pages of one stack never meet
    also = QLabel("&Also", dialog)
    also.setBuddy(stack)
    assert len(window_clashes(dialog)) == 2  # "&Also" meets both pages
    nowhere = QLabel("&Nowhere", dialog)
    assert unreachable_letters(dialog) == ["label '&Nowhere'"]
    kept += [also, nowhere]
    qtbot.addWidget(dialog)  # Qt deletes it after the test, before the collector runs
