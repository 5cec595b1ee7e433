"""A side-by-side diff of two plain texts, in two read-only QPlainTextEdits.

Texts from a pack are a stranger's, so nothing here interprets them: they
go into QPlainTextEdit (no HTML, no links), and colour comes only from
extra selections laid over whole lines, in colours taken from the palette
(ui/diff_colours.py: readable on light and dark ones alike). Long lines are wrapped *before*
diffing (at ``WRAP_COLUMNS``), so each diff row is exactly one line on both
sides and the two columns stay aligned while they scroll together.
"""

from __future__ import annotations

import textwrap
from typing import Final

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from quadrant.domain.pack_plan import DiffRow, side_by_side
from quadrant.ui.diff_colours import DiffColours, diff_colours

WRAP_COLUMNS: Final = 60


def wrapped(text: str, width: int = WRAP_COLUMNS) -> str:
    """``text`` with each line wrapped at ``width``; empty lines and long words kept."""
    lines: list[str] = []
    for line in text.splitlines():
        pieces = textwrap.wrap(
            line, width, break_long_words=True, replace_whitespace=False, drop_whitespace=True
        )
        lines.extend(pieces or [""])
    return "\n".join(lines)


def _pane(name: str) -> QPlainTextEdit:
    pane = QPlainTextEdit()
    pane.setReadOnly(True)
    pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    pane.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    pane.setAccessibleName(name)
    return pane


class DiffView(QWidget):
    """Two aligned panes: the local text on the left, the incoming one on the right."""

    def __init__(self, left_title: str, right_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = _pane(left_title)
        self.right = _pane(right_title)
        self.left_title = QLabel(left_title)
        self.right_title = QLabel(right_title)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.left_title, 0, 0)
        layout.addWidget(self.right_title, 0, 1)
        layout.addWidget(self.left, 1, 0)
        layout.addWidget(self.right, 1, 1)
        self.left.verticalScrollBar().valueChanged.connect(self.right.verticalScrollBar().setValue)
        self.right.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)
        self.rows: tuple[DiffRow, ...] = ()

    def show_texts(self, old: str | None, new: str) -> None:
        """Show ``old`` (None: nothing here yet) beside ``new``, differences marked."""
        if old is None:
            self.rows = tuple(DiffRow(None, line, "insert") for line in wrapped(new).splitlines())
        else:
            self.rows = side_by_side(wrapped(old), wrapped(new))
        self._fill(self.left, [self._line(row.left, row.tag, "−") for row in self.rows])
        self._fill(self.right, [self._line(row.right, row.tag, "+") for row in self.rows])
        self._recolour()

    @property
    def colours(self) -> DiffColours:
        """The line colours for the current palette (the panes inherit this widget's)."""
        # Not the panes' own: a palette change reaches this widget before its children.
        return diff_colours(self.palette())

    def changeEvent(self, event: QEvent) -> None:
        """The system switched between light and dark: colour the lines for the new palette."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def _recolour(self) -> None:
        colours = self.colours
        left = [(row.left is None, row.tag) for row in self.rows]
        right = [(row.right is None, row.tag) for row in self.rows]
        self._colour(self.left, left, colours.removed, colours.filler)
        self._colour(self.right, right, colours.added, colours.filler)

    @staticmethod
    def _line(text: str | None, tag: str, mark: str) -> str:
        if text is None:
            return ""
        return ("  " if tag == "equal" else mark + " ") + text

    @staticmethod
    def _fill(pane: QPlainTextEdit, lines: list[str]) -> None:
        pane.setPlainText("\n".join(lines))
        pane.moveCursor(QTextCursor.MoveOperation.Start)

    @staticmethod
    def _colour(
        pane: QPlainTextEdit, rows: list[tuple[bool, str]], changed: QColor, filler: QColor
    ) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        block = pane.document().firstBlock()
        for missing, tag in rows:
            if tag != "equal":
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(filler if missing else changed)
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.cursor = QTextCursor(block)
                selections.append(selection)
            block = block.next()
        pane.setExtraSelections(selections)
