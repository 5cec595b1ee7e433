"""iCalendar (RFC 5545) to-dos in and out: Outlook, Thunderbird, Nextcloud, Apple, Google.

Import reads every VTODO it can and says why it left out the others; events,
journal entries and free/busy blocks are counted, not imported. Export writes
one VTODO per task with the standard properties other programs understand
(SUMMARY, DESCRIPTION, DUE, PRIORITY, STATUS, CATEGORIES, COMPLETED) plus
X-QUADRANT-* properties, so a round trip through Quadrant loses nothing.

Choices made here (the user guide repeats them):

- DUE as a date (an all-day due) means the end of that local day, as a due
  date typed in Quadrant does; a date-time keeps its time zone; a floating
  time, or one in a time zone nobody defines, is read as local time.
- PRIORITY 1–4 makes a task important, 5–9 not important, 0 says nothing.
  Urgency follows from the due date and the urgency horizon, unless the file
  is Quadrant's own (X-QUADRANT-URGENT).
- CATEGORIES never create requesters (Outlook's "Red category" is not a
  manager): a category that names a known requester becomes the task's
  requester. X-QUADRANT-REQUESTER names the requester outright.
- A to-do without UID gets one made from its content, so importing the same
  file twice still does not duplicate it.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, date, datetime

from icalendar import Component, vDDDTypes

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.task import TaskStatus
from quadrant.domain.transfer import (
    ImportBatch,
    NotATask,
    Problem,
    TaskRecord,
    clip_notes,
    clip_title,
    clip_uid,
    importance_of_priority,
)
from quadrant.domain.wording import Wording
from quadrant.interop.ical_export import PRODID, export_ics
from quadrant.interop.ical_lines import RawComponent, describe, split_calendar
from quadrant.interop.ical_reader import REUSABLE, TodoReader, without_cycle_collection
from quadrant.services.clock import end_of_local_day

_STATUS_IN = {
    "NEEDS-ACTION": TaskStatus.OPEN,
    "IN-PROCESS": TaskStatus.OPEN,
    "COMPLETED": TaskStatus.DONE,
    "CANCELLED": TaskStatus.DROPPED,
}
_READ = REUSABLE  # the fast reader hands on exactly the properties read here
"""The standard properties Quadrant reads; X-QUADRANT-* come on top."""
_NAME = re.compile(r"[A-Z0-9-]+")
_ESSENTIAL = frozenset({"SUMMARY", "DUE", "STATUS", "UID"})
"""Properties whose loss would import a wrong task; a bad one skips the to-do."""

_IGNORED_KINDS = {
    "VEVENT": NotATask.EVENTS,
    "VJOURNAL": NotATask.JOURNAL_ENTRIES,
    "VFREEBUSY": NotATask.FREE_BUSY,
}
_UNTRUSTED_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_YEARS = range(1971, 3000)
_TEXT_ESCAPES = re.compile(r"\\([\\;,nN])")


__all__ = ["PRODID", "export_ics", "parse_ics"]


class _Skip(ValidationError):
    """A to-do that cannot be imported; the message (a marked template) says why."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message, params=params)


def parse_ics(data: bytes) -> ImportBatch:
    """Read the to-dos of an .ics file.

    Raises:
        ImportRejected: the file is not iCalendar at all, or too large.
            Anything less is reported per component in the batch.
    """
    split = split_calendar(data)
    skipped = list(split.broken)
    adjusted = list(split.adjusted)
    ignored: Counter[str] = Counter()
    todos: list[RawComponent] = []
    with warnings.catch_warnings(), without_cycle_collection():
        warnings.simplefilter("ignore")  # icalendar warns about guessed time zone ids
        for component in split.components:
            if component.name == "VTODO":
                todos.append(component)
            elif component.name == "VTIMEZONE":
                _learn_time_zone(component, adjusted)
            else:
                ignored[_IGNORED_KINDS.get(component.name, component.name.lower())] += 1
        records = _records(todos, skipped, adjusted)
    return ImportBatch(tuple(records), tuple(skipped), tuple(adjusted), dict(ignored))


def _learn_time_zone(component: RawComponent, adjusted: list[Problem]) -> None:
    """Parse a VTIMEZONE, which teaches icalendar the zone for the to-dos that name it."""
    try:
        Component.from_ical("\r\n".join(component.lines) + "\r\n")
    except Exception:  # any failure of a third-party parser on hostile input
        adjusted.append(
            Problem(
                describe(component),
                QT_TRANSLATE_NOOP(
                    "errors", "it could not be read; times in its zone are read as local time"
                ),
            )
        )


def _records(
    todos: list[RawComponent], skipped: list[Problem], adjusted: list[Problem]
) -> list[TaskRecord]:
    records: list[TaskRecord] = []
    seen: set[str] = set()
    reader = TodoReader()
    for raw in todos:
        where = describe(raw)
        try:
            todo = _parse_todo(reader, raw, where, adjusted)
            record = _record(dict(todo.items()), raw, where, adjusted)
        except _Skip as e:
            skipped.append(Problem(where, e.template, e.params))
            continue
        if record.external_uid in seen:
            same_uid = QT_TRANSLATE_NOOP("errors", "another to-do in this file has the same UID")
            skipped.append(Problem(where, same_uid))
            continue
        seen.add(record.external_uid or "")
        records.append(record)
    return records


def _parse_todo(
    reader: TodoReader, raw: RawComponent, where: Wording, adjusted: list[Problem]
) -> Component:
    """The icalendar Todo of a component, leaving out lines it cannot read.

    A bad line in a property that decides what the task is (SUMMARY, DUE, …)
    skips the to-do; any other bad line is left out and mentioned.
    """
    lines = _own_properties(raw.lines)
    parsed = reader.read(lines)
    if parsed is not None:
        return parsed
    kept: list[str] = []
    for line in lines:
        if reader.read([line]) is not None:
            kept.append(line)
            continue
        name = line.partition(":")[0].split(";", 1)[0].strip().upper()
        if name in _ESSENTIAL:
            raise _Skip(
                QT_TRANSLATE_NOOP("errors", "its {property} “{value}” cannot be read"),
                property=name,
                value=_shorten(line.partition(":")[2].strip()),
            )
        left_out = QT_TRANSLATE_NOOP("errors", "the line “{line}” could not be read; left out")
        adjusted.append(Problem(where, left_out, {"line": _shorten(line)}))
    repaired = reader.read(kept)
    if repaired is None:
        raise _Skip(QT_TRANSLATE_NOOP("errors", "it is damaged beyond repair"))
    return repaired


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _own_properties(lines: list[str]) -> list[str]:
    """The to-do's property lines that Quadrant reads, and damaged lines to report.

    Nested components (alarms) and properties Quadrant does not use (DTSTAMP,
    RRULE, vendor extensions, …) are left out before parsing: they cost time
    on a large file, and a broken one should not cost the task.
    """
    depth = 0
    own: list[str] = []
    for line in lines[1:-1]:
        name = line.partition(":")[0].split(";", 1)[0].strip().upper()
        if name == "BEGIN":
            depth += 1
        elif name == "END":
            depth = max(0, depth - 1)
        elif depth == 0 and (
            name in _READ or name.startswith("X-QUADRANT-") or not _NAME.fullmatch(name)
        ):
            own.append(line)
    return own


_Properties = Mapping[str, object]
"""A parsed VTODO's properties by upper-case name: a plain dict, read a dozen times per to-do
(icalendar's case-insensitive lookups cost a tenth of a large import)."""


def _record(
    todo: _Properties, raw: RawComponent, where: Wording, adjusted: list[Problem]
) -> TaskRecord:
    """The import record of one parsed VTODO."""
    get = todo.get
    title, notes = _title_and_notes(
        _text(get("SUMMARY")), _text(get("DESCRIPTION")), where, adjusted
    )
    status, completed_at = _status(todo, where, adjusted)
    uid = clip_uid(_text(get("UID"))) or _content_uid(raw)
    return TaskRecord(
        title=title,
        external_uid=uid,
        notes=notes,
        has_due=True,
        due_at=_due(get("DUE"), where, adjusted),
        important=_importance(todo, where, adjusted),
        urgent=_flag(get("X-QUADRANT-URGENT")),
        status=status,
        completed_at=completed_at,
        requester_name=_x_text(get("X-QUADRANT-REQUESTER")) or None,
        categories=_categories(get("CATEGORIES")),
        created_at=_moment(get("CREATED")),
        effort_minutes=_effort(get("X-QUADRANT-EFFORT"), where, adjusted),
        waiting_until=_x_moment(get("X-QUADRANT-WAITING-UNTIL")),
        where=where,
    )


def _title_and_notes(
    summary: str, description: str, where: Wording, adjusted: list[Problem]
) -> tuple[str, str]:
    notes, cut = clip_notes(description)
    if cut:
        long_notes = QT_TRANSLATE_NOOP("errors", "its description was too long and was cut off")
        adjusted.append(Problem(where, long_notes))
    if not summary.strip() and description.strip():
        summary = description.strip().splitlines()[0]
        no_summary = QT_TRANSLATE_NOOP(
            "errors", "it has no SUMMARY; the description's first line is its title"
        )
        adjusted.append(Problem(where, no_summary))
    try:
        title, cut = clip_title(summary)
    except ValidationError as e:
        raise _Skip(QT_TRANSLATE_NOOP("errors", "it has no title (SUMMARY)")) from e
    if cut:
        cut_title = QT_TRANSLATE_NOOP("errors", "its title was too long and was cut off")
        adjusted.append(Problem(where, cut_title))
    return title, notes


def _first(value: object) -> object:
    """The first of a property that a file repeats (some producers do)."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(value: object) -> str:
    """A TEXT property as plain text, without control characters."""
    value = _first(value)
    if value is None:
        return ""
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return _UNTRUSTED_CONTROL.sub("", text)


def _x_text(value: object) -> str:
    """An X- property's text: icalendar hands it over still escaped."""
    text = _text(value)
    return _TEXT_ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text).strip()


def _due(value: object, where: Wording, adjusted: list[Problem]) -> datetime | None:
    prop = _first(value)
    if prop is None:
        return None
    moment = getattr(prop, "dt", None)
    if isinstance(moment, datetime):
        if moment.tzinfo is None and getattr(prop, "params", {}).get("TZID"):
            zone = prop.params.get("TZID")  # type: ignore[attr-defined]
            unknown_zone = QT_TRANSLATE_NOOP(
                "errors", "its time zone “{zone}” is unknown; the due time is read as local"
            )
            adjusted.append(Problem(where, unknown_zone, {"zone": zone}))
        return _utc(moment)
    if isinstance(moment, date):
        if moment.year not in _YEARS:
            raise _Skip(
                QT_TRANSLATE_NOOP("errors", "its due date {date} is out of range"),
                date=moment.isoformat(),
            )
        return end_of_local_day(moment)
    raise _Skip(QT_TRANSLATE_NOOP("errors", "its DUE is not a date"))


def _utc(moment: datetime) -> datetime:
    """A date-time in UTC; a naive one is local time (floating, or an unknown zone)."""
    if moment.year not in _YEARS:
        raise _Skip(
            QT_TRANSLATE_NOOP("errors", "its date {date} is out of range"),
            date=moment.date().isoformat(),
        )
    try:
        return moment.astimezone(UTC)
    except (OverflowError, OSError, ValueError) as e:
        raise _Skip(QT_TRANSLATE_NOOP("errors", "its date cannot be placed in time")) from e


def _moment(value: object) -> datetime | None:
    """A secondary moment (CREATED, COMPLETED): None when absent or unusable."""
    prop = _first(value)
    moment = getattr(prop, "dt", None)
    try:
        if isinstance(moment, datetime):
            return _utc(moment)
        if isinstance(moment, date) and moment.year in _YEARS:
            return end_of_local_day(moment)
    except _Skip:
        return None
    return None


def _x_moment(value: object) -> datetime | None:
    text = _x_text(value)
    if not text:
        return None
    try:
        return _moment(vDDDTypes(vDDDTypes.from_ical(text)))  # type: ignore[no-untyped-call]
    except Exception:  # icalendar's date parser on free text
        return None


def _importance(todo: _Properties, where: Wording, adjusted: list[Problem]) -> bool | None:
    get = todo.get
    explicit = _flag(get("X-QUADRANT-IMPORTANT"))
    if explicit is not None:
        return explicit
    prop = _first(get("PRIORITY"))
    if prop is None:
        return None
    try:
        priority = int(str(prop))
    except (TypeError, ValueError):
        return None
    importance = importance_of_priority(priority)
    if importance is None and priority != 0:
        odd = QT_TRANSLATE_NOOP("errors", "its PRIORITY {priority} is not 0–9 and was ignored")
        adjusted.append(Problem(where, odd, {"priority": priority}))
    return importance


def _flag(value: object) -> bool | None:
    text = _x_text(value).upper()
    if text in ("TRUE", "YES", "1"):
        return True
    if text in ("FALSE", "NO", "0"):
        return False
    return None


def _status(
    todo: _Properties, where: Wording, adjusted: list[Problem]
) -> tuple[TaskStatus, datetime | None]:
    get = todo.get
    text = _text(get("STATUS")).strip().upper()
    completed = _moment(get("COMPLETED")) or _x_moment(get("X-QUADRANT-COMPLETED"))
    if text in _STATUS_IN:
        status = _STATUS_IN[text]
    else:
        if text:
            unknown = QT_TRANSLATE_NOOP("errors", "its STATUS “{status}” is unknown; read as open")
            adjusted.append(Problem(where, unknown, {"status": text[:20]}))
        percent = _text(get("PERCENT-COMPLETE")).strip()
        status = TaskStatus.DONE if completed is not None or percent == "100" else TaskStatus.OPEN
    if status is TaskStatus.OPEN and _x_text(get("X-QUADRANT-STATUS")).lower() == "waiting":
        status = TaskStatus.WAITING
    finished = status in (TaskStatus.DONE, TaskStatus.DROPPED)
    return status, completed if finished else None


def _categories(value: object) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        for category in getattr(item, "cats", ()) or ():
            name = " ".join(_text(category).split())
            if name and name not in names:
                names.append(name)
    return tuple(names)


def _effort(value: object, where: Wording, adjusted: list[Problem]) -> int | None:
    text = _x_text(value)
    if not text:
        return None
    if text.isdigit() and int(text) <= 60 * 8 * 22:
        return int(text)
    odd = QT_TRANSLATE_NOOP("errors", "its effort “{effort}” is not a number of minutes")
    adjusted.append(Problem(where, odd, {"effort": text[:20]}))
    return None


def _content_uid(raw: RawComponent) -> str:
    """A UID for a to-do that has none, stable as long as its content is."""
    volatile = ("DTSTAMP", "LAST-MODIFIED", "SEQUENCE")
    lines = [line for line in raw.lines if not line.upper().startswith(volatile)]
    digest = hashlib.sha256("\n".join(lines).encode("utf-8", "replace")).hexdigest()
    return f"quadrant-content-{digest[:32]}"
