"""Showing user text where Qt would guess rich text: tooltips.

Qt shows a tooltip as HTML when its text merely starts like HTML
(``Qt.mightBeRichText``), and a QLabel does the same unless its format is
set to PlainText. A task titled ``<img src=file:///etc/passwd>`` would then
load a local file and show a picture instead of the title. Labels get
``setTextFormat(Qt.TextFormat.PlainText)``; tooltips have no such switch,
so text that may come from the user goes through ``plain_tooltip``.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly as written, line breaks included."""
    if not text:
        return ""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
