"""The first pass over an .ics file: bytes to text, text to top-level components.

icalendar parses a whole calendar at once and gives up on the first bad
line. Files from the wild carry bad lines, so Quadrant cuts the calendar into
its top-level components first and lets icalendar parse each on its own: one
broken to-do costs that to-do, not the file.

This pass needs no icalendar and is cheap: it decodes, unfolds and splits.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ImportRejected
from quadrant.domain.transfer import THE_FILE, Problem
from quadrant.domain.wording import Wording

MAX_ICS_BYTES = 50 * 1024 * 1024
"""The largest .ics file Quadrant reads: 50 MiB, about 150,000 to-dos.

Checked before anything is parsed, so a huge or endless file cannot exhaust
memory; real task lists are a few megabytes at most.
"""

_FOLD = re.compile(r"\n[ \t]")
_SNIFF_CHARS = 4096


@dataclass(slots=True)
class RawComponent:
    """One top-level component: its name, its unfolded lines and where it began.

    ``lines`` starts with its BEGIN line and ends with its END line.
    """

    name: str
    lines: list[str]
    line_number: int


@dataclass(slots=True)
class SplitCalendar:
    """A calendar cut into components, with what was wrong with its structure."""

    components: list[RawComponent] = field(default_factory=list)
    broken: list[Problem] = field(default_factory=list)
    adjusted: list[Problem] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, Problem | None]:
    """The text of an .ics file, whatever encoding it came in.

    RFC 5545 says UTF-8; byte order marks (UTF-8 and UTF-16) are accepted and
    dropped. Text that is not valid UTF-8 is read as Windows-1252, what older
    Outlook versions write, and the user is told to check accented letters.

    Returns:
        The text and, when it was not UTF-8, a note saying so.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as e:
            raise ImportRejected(
                QT_TRANSLATE_NOOP(
                    "errors", "This is not an iCalendar (.ics) file: it is damaged UTF-16 text."
                )
            ) from e
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        note = Problem(
            THE_FILE,
            QT_TRANSLATE_NOOP(
                "errors", "it is not UTF-8; it was read as Windows-1252, so check accented letters"
            ),
        )
        return data.decode("cp1252", errors="replace"), note


def looks_like_ics(data: bytes) -> bool:
    """Whether ``data`` starts like an iCalendar file (for choosing an importer)."""
    head = data[:_SNIFF_CHARS]
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            encoding = "utf-8" if bom == codecs.BOM_UTF8 else "utf-16"
            text = head[len(bom) :].decode(encoding, errors="ignore")
            break
    else:
        text = head.decode("latin-1")
    return text.lstrip().upper().startswith("BEGIN:VCALENDAR")


def split_calendar(data: bytes) -> SplitCalendar:
    """Cut an .ics file into top-level components.

    Raises:
        ImportRejected: the file is too large, or is not iCalendar at all
            (it does not begin with BEGIN:VCALENDAR). Nothing else is fatal:
            a component with broken structure is listed in ``broken``.
    """
    if len(data) > MAX_ICS_BYTES:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file is larger than {limit} MiB; "
                "Quadrant does not read calendar files that large.",
            ),
            params={"limit": MAX_ICS_BYTES // (1024 * 1024)},
        )
    text, note = decode(data)
    lines = _unfold(text)
    first = next((line for line in lines if line.strip()), "")
    if first.strip().upper() != "BEGIN:VCALENDAR":
        if "\x00" in text[:_SNIFF_CHARS]:
            raise ImportRejected(
                QT_TRANSLATE_NOOP(
                    "errors", "This is not an iCalendar (.ics) file: it is a binary file."
                )
            )
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is not an iCalendar (.ics) file: it does not begin with BEGIN:VCALENDAR.",
            )
        )
    result = SplitCalendar()
    if note is not None:
        result.adjusted.append(note)
    _Splitter(result).run(lines)
    return result


def _unfold(text: str) -> list[str]:
    """Lines with folding undone; CRLF, LF and lone CR all end a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _FOLD.sub("", text).split("\n")


class _Splitter:
    """Walks the lines once, keeping the stack of open components."""

    def __init__(self, result: SplitCalendar) -> None:
        self._result = result
        self._in_calendar = False
        self._stack: list[str] = []
        self._current: RawComponent | None = None

    def run(self, lines: list[str]) -> None:
        for number, line in enumerate(lines, start=1):
            keyword, _, value = line.partition(":")
            keyword = keyword.strip().upper()
            name = value.strip().upper()
            if keyword == "BEGIN":
                self._begin(name, line, number)
            elif keyword == "END":
                self._end(name, line, number)
            elif self._current is not None:
                self._current.lines.append(line)
        if self._current is not None:
            self._break(
                QT_TRANSLATE_NOOP("errors", "the file ends before END:{name}"),
                name=self._current.name,
            )

    def _begin(self, name: str, line: str, number: int) -> None:
        if name == "VCALENDAR":
            if self._current is not None:
                self._break(
                    QT_TRANSLATE_NOOP("errors", "a new calendar begins before END:{name}"),
                    name=self._current.name,
                )
            self._in_calendar = True
            return
        if not self._in_calendar:
            return
        if self._current is not None and not self._stack_allows(name):
            self._break(
                QT_TRANSLATE_NOOP("errors", "BEGIN:{name} comes before END:{open}"),
                name=name,
                open=self._current.name,
            )
        if self._current is None:
            self._current = RawComponent(name, [line], number)
            self._stack = [name]
        else:
            self._current.lines.append(line)
            self._stack.append(name)

    def _stack_allows(self, name: str) -> bool:
        """Nested components (alarms, time zone rules) may open inside a component."""
        return name not in _TOP_LEVEL

    def _end(self, name: str, line: str, number: int) -> None:
        if name == "VCALENDAR":
            if self._current is not None:
                self._break(
                    QT_TRANSLATE_NOOP("errors", "the calendar ends before END:{name}"),
                    name=self._current.name,
                )
            self._in_calendar = False
            return
        current = self._current
        if current is None:
            return  # a stray END between components closes nothing worth keeping
        if self._stack and self._stack[-1] == name:
            current.lines.append(line)
            self._stack.pop()
            if not self._stack:
                self._result.components.append(current)
                self._current = None
            return
        self._break(
            QT_TRANSLATE_NOOP("errors", "END:{name} does not close BEGIN:{open} (line {line})"),
            name=name,
            open=self._stack[-1],
            line=number,
        )

    def _break(self, template: str, **params: object) -> None:
        """Give up on the component being read: ``template`` says why."""
        current = self._current
        assert current is not None
        self._result.broken.append(Problem(describe(current), template, params))
        self._current = None
        self._stack = []


_TOP_LEVEL = frozenset({"VTODO", "VEVENT", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VAVAILABILITY"})

_PLACES = {
    "VTODO": QT_TRANSLATE_NOOP("errors", "to-do at line {line}"),
    "VEVENT": QT_TRANSLATE_NOOP("errors", "event at line {line}"),
    "VJOURNAL": QT_TRANSLATE_NOOP("errors", "journal entry at line {line}"),
    "VFREEBUSY": QT_TRANSLATE_NOOP("errors", "free/busy block at line {line}"),
    "VTIMEZONE": QT_TRANSLATE_NOOP("errors", "time zone at line {line}"),
}
"""Each kind's place: whole phrases, so that a language can order its own words."""
_NAMED_PLACES = {
    "VTODO": QT_TRANSLATE_NOOP("errors", "to-do “{summary}” at line {line}"),
    "VEVENT": QT_TRANSLATE_NOOP("errors", "event “{summary}” at line {line}"),
    "VJOURNAL": QT_TRANSLATE_NOOP("errors", "journal entry “{summary}” at line {line}"),
    "VFREEBUSY": QT_TRANSLATE_NOOP("errors", "free/busy block “{summary}” at line {line}"),
    "VTIMEZONE": QT_TRANSLATE_NOOP("errors", "time zone “{summary}” at line {line}"),
}
"""Each kind's place when the component has a SUMMARY to quote."""
_OTHER_PLACE = QT_TRANSLATE_NOOP("errors", "{kind} at line {line}")
_OTHER_NAMED_PLACE = QT_TRANSLATE_NOOP("errors", "{kind} “{summary}” at line {line}")
"""A component Quadrant has no word for goes by its iCalendar name (VAVAILABILITY)."""


def describe(component: RawComponent) -> Wording:
    """A component as the user can find it: "to-do “Budget Q3” at line 12"."""
    name = component.name
    summary = summary_hint(component.lines)
    template = (
        _NAMED_PLACES.get(name, _OTHER_NAMED_PLACE) if summary else _PLACES.get(name, _OTHER_PLACE)
    )
    return Wording(template, {"kind": name, "line": component.line_number, "summary": summary})


def summary_hint(lines: list[str]) -> str:
    """The SUMMARY of a component as raw text, for messages about it (never parsed)."""
    for line in lines:
        head, _, value = line.partition(":")
        if head.split(";", 1)[0].strip().upper() == "SUMMARY":
            hint = value.replace("\\,", ",").replace("\\;", ";").strip()
            return hint if len(hint) <= 40 else hint[:39] + "…"
    return ""
