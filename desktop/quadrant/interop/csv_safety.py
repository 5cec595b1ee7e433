"""Cells that a spreadsheet will show as text, never run as a formula.

Excel, LibreOffice and Google Sheets treat a cell that starts with ``=``,
``+``, ``-`` or ``@`` as a formula (and some also act on a leading tab or
carriage return), so a task titled ``=HYPERLINK(...)`` in an exported CSV
could run when a colleague opens the file. Every CSV writer in Quadrant passes
its text cells through ``safe_cell`` (OWASP's "CSV injection" advice).
"""

from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula."""


def safe_cell(text: str) -> str:
    """``text`` as a cell a spreadsheet shows literally.

    A cell that starts with a formula trigger gets a leading apostrophe, which
    spreadsheets hide and read as "this is text". A cell that already starts
    with apostrophes before a trigger gets one more, so ``unsafe_cell`` can
    give back exactly what was written. Everything else is returned
    unchanged, so ordinary titles stay exactly as typed.
    """
    if text.lstrip("'").startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def unsafe_cell(text: str) -> str:
    """Undo ``safe_cell`` when reading back a CSV that Quadrant wrote.

    Only the one apostrophe ``safe_cell`` added is removed: an apostrophe that
    a person typed at the start of a title ("'t Hoen") stays, so
    ``unsafe_cell(safe_cell(s)) == s`` for every string.
    """
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text
