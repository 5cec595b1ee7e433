"""icalendar's parser for thousands of VTODOs, reading each distinct property line once.

A task list repeats itself: ``STATUS:NEEDS-ACTION``, ``PRIORITY:5``, the same
categories and due dates come back in to-do after to-do. icalendar spends
about 25 µs on every content line, whatever it says, and that was three
quarters of a 10,000-to-do import. :class:`TodoReader` still has icalendar
parse every line it has not seen before, inside a VTODO as usual, and hands
the property it made to every later to-do with the same line. What comes
out is what ``Todo.from_ical`` makes of the same lines
(tests/integration/test_ical_reader.py compares the two on damaged files).

Handing a property on is sound because what icalendar makes of a property
line depends on the line alone once the calendar's VTIMEZONEs are known
(the importer reads them before any to-do), and because the importer only
reads the properties, never changes them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from icalendar import Component, Todo
from icalendar.parser import Contentline, Parameters

try:
    from icalendar.parser.ical import ComponentIcalParser
except ImportError:  # icalendar 6 parses inside Component.from_ical: no reuse there
    ComponentIcalParser = None  # type: ignore[assignment,misc]

REUSABLE = frozenset(
    {
        "UID",
        "SUMMARY",
        "DESCRIPTION",
        "DUE",
        "PRIORITY",
        "STATUS",
        "COMPLETED",
        "PERCENT-COMPLETE",
        "CATEGORIES",
        "CREATED",
    }
)
"""Properties whose line icalendar turns into exactly one value, which can be handed on."""

_BEGIN_LINE = Contentline("BEGIN:VTODO")  # type: ignore[no-untyped-call]
_END_LINE = Contentline("END:VTODO")  # type: ignore[no-untyped-call]
"""The lines around every to-do; known by identity, so they cost no parsing."""


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a large file becomes objects.

    Parsing 10,000 to-dos makes a few hundred thousand objects, none of them
    garbage, and the collector walked them (and the whole app's heap) some
    300 times per import: 0.2–0.3 s. Reference counting still frees
    everything; cycles made meanwhile are collected once it runs again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class TodoReader:
    """Reads VTODOs given as unfolded property lines, for one file.

    One reader serves one file: what it remembers holds only while the time
    zones icalendar knows stay the same.
    """

    def __init__(self) -> None:
        self._known: dict[str, tuple[str, object]] = {}
        self._scratch = Todo()

    def read(self, lines: Sequence[str]) -> Component | None:
        """The VTODO made of ``lines`` (without BEGIN/END), or None when icalendar fails.

        Any exception counts as failure: on hostile input a third-party parser
        may raise more than ValueError, and one bad to-do must not end the
        import. ``lines`` hold no line breaks (ical_lines unfolded them).
        """
        try:
            if ComponentIcalParser is None:
                text = "\r\n".join([_BEGIN_LINE, *lines, _END_LINE]) + "\r\n"
                parsed = Todo.from_ical(text)
                return parsed if isinstance(parsed, Component) else None
            content = [_BEGIN_LINE, *map(Contentline, lines), _END_LINE]
            components = _ReusingParser(content, self._known, self._scratch).parse()
        except Exception:
            return None
        # Todo.from_ical's rule: exactly one component, or the lines are not one to-do.
        if len(components) != 1:
            return None
        return components[0]


if ComponentIcalParser is not None:

    class _ReusingParser(ComponentIcalParser):
        """icalendar's component parser, remembering the property lines it has read.

        Only the loop over the lines is refined (icalendar's parser is built
        to be refined in subclasses). A property line straight inside the
        VTODO is looked up first; one not seen yet is parsed by icalendar in
        a scratch VTODO and remembered. Everything else — nested components,
        damaged lines that icalendar reads as BEGIN or END, lines that fail —
        goes icalendar's usual way.
        """

        def __init__(
            self,
            content: list[Contentline],
            known: dict[str, tuple[str, object]],
            scratch: Todo,
        ) -> None:
            super().__init__(content, Todo._get_component_factory(), Todo.types_factory)
            self._known = known
            self._scratch = scratch

        def parse_content_lines(self) -> None:
            """icalendar's loop (ComponentIcalParser.parse_content_lines) with the memory."""
            for line in self._content_lines_iterator:
                if not line:
                    continue
                if line is _BEGIN_LINE:
                    self.handle_begin_component("VTODO")
                    continue
                if line is _END_LINE:
                    self.handle_end_component("VTODO")
                    continue
                todo = self._todo_in_hand()
                if todo is not None and line in self._known:
                    name, value = self._known[line]
                    todo.add(name, value, encode=False)
                    continue
                try:
                    name, params, vals = line.parts()
                except ValueError as e:
                    self.handle_line_parse_error(e)
                    continue
                uname = name.upper()
                if uname == "BEGIN":
                    self.handle_begin_component(vals)
                elif uname == "END":
                    self.handle_end_component(vals)
                elif todo is not None and uname in REUSABLE:
                    value = self._parse_alone(uname, params, vals, line)
                    self._known[line] = (uname, value)
                    todo.add(uname, value, encode=False)
                else:
                    self.handle_property(uname, params, vals, line)

        def _todo_in_hand(self) -> Todo | None:
            """The VTODO being read, when no other component is open inside it."""
            component = self.component
            if len(self._stack) == 1 and type(component) is Todo:
                return component
            return None

        def _parse_alone(
            self, uname: str, params: Parameters, vals: str, line: Contentline
        ) -> object:
            """The value icalendar adds for one property line, made in the scratch VTODO."""
            scratch = self._scratch
            scratch.clear()
            self._stack.append(scratch)
            try:
                self.handle_property(uname, params, vals, line)
            finally:
                self._stack.pop()
            value: object = scratch[uname]
            scratch.clear()
            return value
