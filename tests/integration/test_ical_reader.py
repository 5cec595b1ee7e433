"""The to-do reader that parses each distinct line once reads what icalendar reads.

A large import reads its VTODOs through ``ical_reader.TodoReader``, which hands
a property icalendar made for one to-do to every later to-do with the same
line. These tests hold it to ``Todo.from_ical`` on the same lines: real
producers' files, and to-dos built from real and damaged lines in any order
(lines that icalendar reads as BEGIN or END, bad values, nested alarms).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar import Component, Todo

from quadrant.interop import ical_reader
from quadrant.interop.ical import parse_ics
from quadrant.interop.ical_lines import split_calendar
from quadrant.interop.ical_reader import TodoReader, without_cycle_collection

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"

_LINES = [
    "SUMMARY:Offerte catering opvragen",
    "SUMMARY;LANGUAGE=nl:Één taak\\, met komma",
    "DESCRIPTION:Regel 1\\nRegel 2\\; met puntkomma",
    "UID:dezelfde-uid@example.org",
    "UID:",
    "STATUS:NEEDS-ACTION",
    "STATUS:COMPLETED",
    "PRIORITY:1",
    "PRIORITY:99",
    "PRIORITY:hoog",
    "PRIORITY;VALUE=TEXT:3",
    "DUE;VALUE=DATE:20261201",
    "DUE:20261201T100000Z",
    "DUE:20261201T100000",
    "DUE;TZID=Europe/Amsterdam:20261201T170000",
    'DUE;TZID="W. Europe Standard Time":20261201T170000',
    "DUE;TZID=Mars/Olympus_Mons:20261201T170000",
    "DUE:20261345T120000Z",
    "DUE;VALUE=DATE:2026-11-30",
    "CREATED:20251101T090000Z",
    "CREATED:gisteren",
    "COMPLETED:20261105T153000Z",
    "PERCENT-COMPLETE:100",
    "CATEGORIES:Anne de Vries,Werk\\, algemeen",
    'CATEGORIES;X-A="a:b":c,d',
    "CATEGORIES:",
    "X-QUADRANT-URGENT:TRUE",
    "SUM MARY:met spatie in de naam",
    "summary:kleine letters",
    "BEG IN:VALARM",
    "E ND:VALARM",
    "EN D:VTODO",
    "BEGIN:VTODO",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "SUMMARY",
    ":zonder naam",
    ";x:y",
]


def _as_read(component: Component | None) -> object:
    """What a test compares: the to-do as text, or None when it could not be read."""
    if component is None:
        return None
    try:
        return component.to_ical()
    except Exception as e:  # some damaged components cannot be written back; compare that
        return type(e).__name__


def _plain(lines: Sequence[str]) -> object:
    """Todo.from_ical on the same lines, as the importer read every to-do before."""
    try:
        parsed = Todo.from_ical("\r\n".join(["BEGIN:VTODO", *lines, "END:VTODO"]) + "\r\n")
    except Exception:
        return None
    return _as_read(parsed if isinstance(parsed, Component) else None)


def _todos_of(name: str) -> list[list[str]]:
    """The to-dos of a fixture file as property lines (alarms and all), time zones learnt."""
    split = split_calendar((FIXTURES / name).read_bytes())
    for component in split.components:
        if component.name == "VTIMEZONE":
            with contextlib.suppress(ValueError):  # a broken zone stays unknown, as on import
                Component.from_ical("\r\n".join(component.lines) + "\r\n")
    return [c.lines[1:-1] for c in split.components if c.name == "VTODO"]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.ics")))
def test_each_producers_to_dos_read_as_icalendar_reads_them(name: str) -> None:
    todos = _todos_of(name)
    reader = TodoReader()
    for lines in todos + todos:  # the second time round, every line is remembered
        assert _as_read(reader.read(lines)) == _plain(lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_LINES), max_size=8), min_size=1, max_size=6))
@example([["BEGIN:VEVENT", "DUE:20261345T120000Z", "END:VEVENT"]])  # an event keeps bad values
@example([["PRIORITY:1", "BEG IN:VALARM", "PRIORITY:1", "E ND:VALARM"], ["PRIORITY:1"]])
def test_to_dos_that_share_lines_read_as_icalendar_reads_them(todos: list[list[str]]) -> None:
    reader = TodoReader()
    for lines in todos:
        assert _as_read(reader.read(lines)) == _plain(lines)


def test_a_line_seen_before_is_not_parsed_again() -> None:
    reader = TodoReader()
    first = reader.read(["SUMMARY:Een", "PRIORITY:1", "CATEGORIES:Anne,Bram"])
    second = reader.read(["SUMMARY:Twee", "PRIORITY:1", "CATEGORIES:Anne,Bram"])
    assert first is not None and second is not None
    assert second["PRIORITY"] is first["PRIORITY"]
    assert second["CATEGORIES"] is first["CATEGORIES"]
    assert str(second["SUMMARY"]) == "Twee"


def test_a_to_do_icalendar_cannot_read_is_none() -> None:
    reader = TodoReader()
    assert reader.read(["DUE:20261345T120000Z"]) is None
    assert reader.read(["EN D:VTODO", "SUMMARY:na het einde"]) is None
    assert reader.read(["END:VTODO", "BEGIN:VTODO"]) is None  # two to-dos, not one


def test_without_icalendar_7s_parser_the_reader_parses_each_to_do_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = (FIXTURES / "thunderbird.ics").read_bytes()
    expected = parse_ics(data)
    monkeypatch.setattr(ical_reader, "ComponentIcalParser", None)
    assert parse_ics(data) == expected


class _Stop(Exception):
    pass


def _fail_while_paused() -> None:
    with without_cycle_collection():
        assert not gc.isenabled()
        raise _Stop


def test_the_cycle_collector_is_paused_only_while_reading() -> None:
    assert gc.isenabled()
    with pytest.raises(_Stop):
        _fail_while_paused()
    assert gc.isenabled()
    gc.disable()
    try:
        with without_cycle_collection():
            pass
        assert not gc.isenabled()  # it was off before, so it stays off
    finally:
        gc.enable()
