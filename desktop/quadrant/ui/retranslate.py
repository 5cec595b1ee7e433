"""Re-word every open window after a language switch, without each window knowing how.

Widgets were given texts once, at construction, through ``tr()``. The
:class:`~quadrant.ui.i18n.RecordingTranslator` remembers which request
produced each text; this module walks the open windows, finds texts it
recognises, and asks the catalogue again. Texts built from a translated
pattern ("Move to %1", "Edit “{title}”") are matched against the pattern and
their arguments re-worded too. User data (task titles, names) is never in the
record, so it is left alone. Widgets with their own ``retranslate()`` method
(the matrix panes) are asked to refresh as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from quadrant.ui.i18n import MessageKey, RecordingTranslator
from quadrant.ui.undo_menu import UndoRedoActions

_PLACEHOLDER = re.compile(r"%\d|\{\w+\}")
_MIN_PATTERN_LETTERS = 3  # fewer: "%1: %2" would match anything


class Rewording:
    """Re-words texts recorded by one RecordingTranslator."""

    def __init__(self, recorder: RecordingTranslator) -> None:
        self._recorder = recorder
        self._patterns: dict[str, tuple[re.Pattern[str], list[str], bool]] = {}

    def text(self, shown: str) -> str:
        """``shown`` in the current language, or unchanged when it is not a known text."""
        if not shown:
            return shown
        direct = self._direct(shown)
        if direct is not None:
            return direct
        return self._from_pattern(shown)

    def _direct(self, shown: str) -> str | None:
        keys = self._recorder.seen.get(shown)
        if not keys:
            return None
        for key in list(keys):
            again = _ask(key)
            if again != key.source.replace("%n", str(key.n)):
                return again
        return _ask(keys[0])

    def _from_pattern(self, shown: str) -> str:
        for template, keys in list(self._recorder.seen.items()):
            if not _PLACEHOLDER.search(template):
                continue
            pattern, names, vague = self._compiled(template)
            match = pattern.fullmatch(shown)
            if match is None:
                continue
            values = [self._direct(value) for value in match.groups()]
            if vague and None in values:
                continue  # "→ %1" recognises "→ Do now", never "→ some task title"
            again = self._direct(template) or _ask(keys[0])
            for name, value, new in zip(names, match.groups(), values, strict=True):
                again = again.replace(name, new if new is not None else value)
            return again
        return shown

    def _compiled(self, template: str) -> tuple[re.Pattern[str], list[str], bool]:
        """The template as a regular expression, its field names, and whether it is vague.

        A vague template has too few letters of its own to be recognised by
        them ("%1: %2", "→ %1"): it only matches when every argument is a
        known text itself.
        """
        cached = self._patterns.get(template)
        if cached is None:
            names = _PLACEHOLDER.findall(template)
            literal = _PLACEHOLDER.split(template)
            letters = sum(ch.isalpha() for ch in "".join(literal))
            if len(set(names)) != len(names) or not "".join(literal).strip():
                regex = re.compile(r"(?!)")  # a repeated field, or nothing to anchor on
            else:
                regex = re.compile("(.+?)".join(re.escape(part) for part in literal))
            cached = (regex, names, letters < _MIN_PATTERN_LETTERS)
            self._patterns[template] = cached
        return cached


def _ask(key: MessageKey) -> str:
    return QCoreApplication.translate(key.context, key.source, key.disambiguation, key.n)


def retranslate_all(recorder: RecordingTranslator) -> None:
    """Re-word every open window, its menus and actions."""
    words = Rewording(recorder)
    for window in QApplication.topLevelWidgets():
        retranslate_tree(window, words)


def retranslate_tree(root: QWidget, words: Rewording) -> None:
    """Re-word ``root`` and everything in it."""
    for widget in _widgets(root):
        _reword_widget(widget, words.text)
    for action in root.findChildren(QAction):
        _reword_action(action, words.text)
    for widget in _widgets(root):
        refresh = getattr(widget, "retranslate", None)
        if callable(refresh):
            refresh()
    for undo_redo in root.findChildren(UndoRedoActions):  # the commands' descriptions too
        undo_redo.retranslate(words.text)
    root.update()


def _widgets(root: QWidget) -> Iterator[QWidget]:
    yield root
    yield from root.findChildren(QWidget)


Reword = Callable[[str], str]


def _set(getter: Callable[[], str], setter: Callable[[str], object], reword: Reword) -> None:
    old = getter()
    new = reword(old)
    if new != old:
        setter(new)


def _reword_widget(widget: QWidget, reword: Reword) -> None:
    _set(widget.windowTitle, widget.setWindowTitle, reword)
    _set(widget.toolTip, widget.setToolTip, reword)
    _set(widget.statusTip, widget.setStatusTip, reword)
    _set(widget.whatsThis, widget.setWhatsThis, reword)
    _set(widget.accessibleName, widget.setAccessibleName, reword)
    _set(widget.accessibleDescription, widget.setAccessibleDescription, reword)
    if isinstance(widget, QLabel | QAbstractButton):
        _set(widget.text, widget.setText, reword)
    if isinstance(widget, QLineEdit):
        _set(widget.placeholderText, widget.setPlaceholderText, reword)
    if isinstance(widget, QComboBox):
        _set_each(widget.count(), widget.itemText, widget.setItemText, reword)
    if isinstance(widget, QMenu | QGroupBox):
        _set(widget.title, widget.setTitle, reword)
    if isinstance(widget, QTabWidget):
        _set_each(widget.count(), widget.tabText, widget.setTabText, reword)
    if isinstance(widget, QAbstractSpinBox):
        _set(widget.specialValueText, widget.setSpecialValueText, reword)
    if isinstance(widget, QSpinBox):
        _set(widget.suffix, widget.setSuffix, reword)
        _set(widget.prefix, widget.setPrefix, reword)
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        _set_each(header.columnCount(), header.text, header.setText, reword)


def _set_each(
    count: int, getter: Callable[[int], str], setter: Callable[[int, str], object], reword: Reword
) -> None:
    for index in range(count):
        old = getter(index)
        new = reword(old)
        if new != old:
            setter(index, new)


def _reword_action(action: QAction, reword: Reword) -> None:
    if action.menu() is not None:
        return  # a menu's own action: the QMenu title carries it
    plain = action.text().replace("&", "")
    tooltip = action.toolTip()
    _set(action.text, action.setText, reword)
    if tooltip != plain:  # an explicit tooltip; the default one follows the text
        _set(action.toolTip, action.setToolTip, reword)
    _set(action.statusTip, action.setStatusTip, reword)
