"""The week report as CommonMark, with GitHub-style pipe tables.

Every piece of user text is escaped, so a task titled ``# Done | *all*``
shows as written instead of becoming a heading, a table column or emphasis,
and no raw HTML or link can be smuggled in through a title or an answer
(``tests/integration/test_reports.py`` checks this against markdown-it-py).
Charts are left out: their numbers are in the tables next to them.
"""

from __future__ import annotations

import re

from quadrant.interop.report import BulletList, Chart, Heading, Paragraph, Report, Table, plain

_INLINE = re.compile(r"([\\`*_\[\]<>&|~#])")
_LINE_START = re.compile(r"^([-+=>])|^(\d+)([.)])")


def escape(text: str) -> str:
    """One line of user text, escaped so that it shows exactly as written.

    Backslash escapes every character that starts inline markup anywhere
    (emphasis, code, links, raw HTML, entities, table pipes, strikethrough,
    heading marks), and the few that start a block at the beginning of a line
    (a list's ``-``/``+``/``1.``, a quote's ``>``, a setext ``=``). Ordinary
    punctuation stays readable in the Markdown file itself.
    """
    return _LINE_START.sub(_escape_marker, escape_inline(text), count=1)


def escape_inline(text: str) -> str:
    """One line of user text for a place where no block can start (a table cell, a heading)."""
    return _INLINE.sub(r"\\\1", " ".join(plain(text).split()))


def _escape_marker(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def _paragraph(text: str) -> str:
    """A paragraph whose line breaks stay line breaks (a backslash before the newline)."""
    lines = [escape(line) for line in plain(text).split("\n")]
    return "\\\n".join(line for line in lines if line) or escape(text)


def _table(table: Table) -> str:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(escape_inline(cell) or " " for cell in cells) + " |"

    rule = "| " + " | ".join("---:" if n else "---" for n in table.numeric) + " |"
    return "\n".join([row(table.headers), rule, *(row(cells) for cells in table.rows)])


def render_markdown(report: Report) -> str:
    """The report as Markdown text, ending with one newline."""
    parts = [f"# {escape_inline(report.title)}", escape(report.subtitle)]
    for block in report.blocks:
        if isinstance(block, Heading):
            parts.append(f"{'#' * max(1, min(6, block.level))} {escape_inline(block.text)}")
        elif isinstance(block, Paragraph):
            parts.append(_paragraph(block.text))
        elif isinstance(block, Table):
            parts.append(_table(block))
        elif isinstance(block, BulletList):
            parts.append("\n".join(f"- {escape(item)}" for item in block.items))
        elif isinstance(block, Chart):
            continue
    return "\n\n".join(parts) + "\n"
