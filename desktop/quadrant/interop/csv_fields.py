"""What the columns of someone else's task CSV mean, and how to read their cells.

Outlook, Todoist and TickTick each export tasks as CSV with their own column
names, priority scales, status words and date formats, in English or Dutch.
``guess_mapping`` recognises their headers so the import dialog opens with
the right columns chosen; the cell readers turn their values into Quadrant's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from quadrant.domain.task import TaskStatus
from quadrant.domain.transfer import importance_of_priority
from quadrant.services.clock import end_of_local_day


class CsvField(StrEnum):
    """What a column can mean to Quadrant."""

    TITLE = "title"
    NOTES = "notes"
    DUE = "due"
    PRIORITY = "priority"
    QUADRANT = "quadrant"
    URGENT = "urgent"
    IMPORTANT = "important"
    STATUS = "status"
    REQUESTER = "requester"  # names a requester; a new name creates one
    CATEGORIES = "categories"  # labels; only a known requester's name is used
    COMPLETED = "completed"
    CREATED = "created"
    EFFORT = "effort"
    WAITING_UNTIL = "waiting_until"
    UID = "uid"
    KIND = "kind"  # Todoist's TYPE: task, section or note


class PriorityScale(StrEnum):
    """How a file numbers priorities. Words (High, Hoog, Low…) are read on any scale."""

    ICAL = "ical"  # 1–9, 1 highest, 0 none (Outlook, Thunderbird, generic)
    TODOIST = "todoist"  # 1–4, 1 highest (p1)
    TICKTICK = "ticktick"  # 0 none, 1 low, 3 medium, 5 high


@dataclass(frozen=True, slots=True)
class CsvMapping:
    """Which column holds what, and how to read numbers and dates.

    Attributes:
        columns: the column index for each field the file has.
        priority_scale: how numeric priorities count.
        day_first: whether 03/04/2026 is the 3rd of April (Europe) or March 4th (US).
    """

    columns: Mapping[CsvField, int] = field(default_factory=dict)
    priority_scale: PriorityScale = PriorityScale.ICAL
    day_first: bool = True


_SYNONYMS: dict[CsvField, tuple[str, ...]] = {
    CsvField.TITLE: (
        "title", "titel", "subject", "onderwerp", "task", "taak", "task name", "taaknaam",
        "name", "naam", "summary", "content",
    ),
    CsvField.NOTES: (
        "notes", "notities", "note", "notitie", "body", "description", "beschrijving",
        "omschrijving", "content", "memo", "opmerkingen", "details",
    ),
    CsvField.DUE: (
        "due", "due date", "vervaldatum", "deadline", "einddatum", "date", "datum", "due_date",
        "uiterste datum",
    ),
    CsvField.PRIORITY: ("priority", "prioriteit", "importance", "urgentie"),
    CsvField.QUADRANT: ("quadrant", "kwadrant"),
    CsvField.URGENT: ("urgent", "dringend"),
    CsvField.IMPORTANT: ("important", "belangrijk"),
    CsvField.STATUS: ("status", "state", "staat"),
    CsvField.REQUESTER: ("requester", "aanvrager", "opdrachtgever", "manager", "for", "voor"),
    CsvField.CATEGORIES: (
        "categories", "categorieën", "categorieen", "category", "categorie", "list name",
        "list", "lijst", "labels", "label",
    ),
    CsvField.COMPLETED: (
        "completed", "date completed", "datum voltooid", "completed time", "completed at",
        "voltooid op", "afgerond op",
    ),
    CsvField.CREATED: ("created", "created time", "created at", "aangemaakt", "creation date"),
    CsvField.EFFORT: ("effort", "effort minutes", "effort (minutes)", "inspanning (minuten)"),
    CsvField.WAITING_UNTIL: ("waiting until", "wacht tot"),
    CsvField.UID: ("uid", "id", "taskid", "task id", "external id"),
    CsvField.KIND: ("type", "kind"),
}  # fmt: skip


def normalise_header(header: str) -> str:
    """A header as compared: lower case, single spaces, no surrounding quotes or BOM."""
    return " ".join(header.replace("\ufeff", "").strip().strip("\"'").casefold().split())


def guess_mapping(headers: Sequence[str]) -> CsvMapping:
    """The likely meaning of each column, from its header.

    Each field takes the first column whose header is one of its names, in the
    order the names are listed (so Todoist's CONTENT is the title next to a
    DESCRIPTION, and TickTick's Content is the notes next to a Title). A
    column serves one field only. The priority scale follows from the
    producer's tell-tale columns.
    """
    names = [normalise_header(h) for h in headers]
    taken: set[int] = set()
    columns: dict[CsvField, int] = {}
    for csv_field, synonyms in _SYNONYMS.items():
        for synonym in synonyms:
            index = next((i for i, n in enumerate(names) if n == synonym and i not in taken), None)
            if index is not None:
                columns[csv_field] = index
                taken.add(index)
                break
    scale = PriorityScale.ICAL
    if {"type", "content"} <= set(names):
        scale = PriorityScale.TODOIST
    elif "list name" in names or ("kind" in names and "title" in names):
        scale = PriorityScale.TICKTICK
    return CsvMapping(columns, scale)


def header_score(cells: Sequence[str]) -> int:
    """How many cells look like known headers: finds the header row under a preamble."""
    known = {name for synonyms in _SYNONYMS.values() for name in synonyms}
    return sum(1 for cell in cells if normalise_header(cell) in known)


_IMPORTANT_WORDS = {"high", "hoog", "hoge", "urgent", "important", "belangrijk", "!!!", "!!"}
_NOT_IMPORTANT_WORDS = {"normal", "normaal", "medium", "gemiddeld", "low", "laag", "lage", "!"}
_NO_PRIORITY_WORDS = {"", "none", "geen", "0"}


def read_importance(text: str, scale: PriorityScale) -> bool | None:
    """Importance from a priority cell; None when it says nothing.

    Raises:
        ValueError: the cell is neither a known word nor a number.
    """
    value = text.strip().casefold()
    if value in _IMPORTANT_WORDS:
        return True
    if value in _NOT_IMPORTANT_WORDS:
        return False
    if value in _NO_PRIORITY_WORDS:
        return None
    number = int(value)
    if scale is PriorityScale.TODOIST:
        return number in (1, 2) if 1 <= number <= 4 else None
    if scale is PriorityScale.TICKTICK:
        return number >= 5 if number > 0 else None
    return importance_of_priority(number)


_TRUE = {"yes", "ja", "true", "waar", "1", "x", "y", "j"}
_FALSE = {"no", "nee", "false", "onwaar", "0", "n", ""}


def read_flag(text: str) -> bool | None:
    """A yes/no cell in English or Dutch; None when empty."""
    value = text.strip().casefold()
    if not value:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(value)


_STATUS_WORDS: dict[str, TaskStatus] = {
    **dict.fromkeys(
        ("open", "not started", "niet gestart", "niet begonnen", "in progress", "bezig",
         "wordt uitgevoerd", "needs-action", "in-process", "deferred", "uitgesteld", "normal",
         "to do", "todo", "te doen"),
        TaskStatus.OPEN,
    ),
    **dict.fromkeys(
        ("waiting", "waiting on someone else", "wachten", "wacht op iemand anders",
         "wachten op iemand anders", "wachtend"),
        TaskStatus.WAITING,
    ),
    **dict.fromkeys(
        ("done", "completed", "complete", "voltooid", "gedaan", "afgerond", "klaar", "archived"),
        TaskStatus.DONE,
    ),
    **dict.fromkeys(
        ("dropped", "cancelled", "canceled", "geannuleerd", "vervallen", "won't do"),
        TaskStatus.DROPPED,
    ),
}  # fmt: skip
_TICKTICK_STATUS = {"0": TaskStatus.OPEN, "1": TaskStatus.DONE, "2": TaskStatus.DONE}
_TICKTICK_STATUS["-1"] = TaskStatus.DROPPED


def read_status(text: str, scale: PriorityScale) -> TaskStatus | None:
    """A status cell; None when empty.

    Raises:
        ValueError: a status word Quadrant does not know.
    """
    value = text.strip().casefold()
    if not value:
        return None
    if scale is PriorityScale.TICKTICK and value in _TICKTICK_STATUS:
        return _TICKTICK_STATUS[value]
    status = _STATUS_WORDS.get(value)
    if status is None:
        raise ValueError(value)
    return status


_NUMERIC_DATE = re.compile(
    r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)
_NO_DATE = {"", "none", "geen", "0-0-00", "00-00-0000"}
_YEARS = range(1971, 3000)


def read_moment(text: str, *, day_first: bool, date_means_end_of_day: bool) -> datetime | None:
    """A date or date-time cell as an aware UTC moment; None for "no date".

    Reads ISO 8601 (with or without time and offset), and day-month-year or
    month-day-year with -, / or . and an optional time (with AM/PM). A date
    without a time is the end of that local day for due dates, its start
    otherwise. Outlook's "no date" (1-1-4501) is no date.

    Raises:
        ValueError: the cell is not a date Quadrant can read.
    """
    value = text.strip()
    if value.casefold() in _NO_DATE or value.endswith("4501"):
        return None
    try:
        moment: date | datetime = _iso(value)
    except ValueError:
        moment = _numeric(value, day_first)
    if moment.year not in _YEARS:
        raise ValueError(value)
    if isinstance(moment, datetime):
        return moment.astimezone(UTC)
    if date_means_end_of_day:
        return end_of_local_day(moment)
    return datetime(moment.year, moment.month, moment.day).astimezone(UTC)


def _iso(value: str) -> date | datetime:
    if len(value) <= 10 and "T" not in value and " " not in value:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)


def _numeric(value: str, day_first: bool) -> date | datetime:
    match = _NUMERIC_DATE.match(value)
    if match is None:
        raise ValueError(value)
    first, second, third, hour, minute, second_s, meridiem = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    else:
        year = int(third) + (2000 if len(third) <= 2 else 0)
        day, month = (int(first), int(second)) if day_first else (int(second), int(first))
    if hour is None:
        return date(year, month, day)
    hours = int(hour)
    if meridiem:
        hours = hours % 12 + (12 if meridiem.lower().startswith("p") else 0)
    return datetime(year, month, day, hours, int(minute), int(second_s or 0))


def guess_day_first(cells: Sequence[str]) -> bool | None:
    """Whether numeric dates in these cells put the day first; None when they do not tell.

    A first number above 12 can only be a day, a second number above 12 only
    a day in US order.
    """
    for cell in cells:
        match = _NUMERIC_DATE.match(cell.strip())
        if match is None or len(match.group(1)) == 4:
            continue
        if int(match.group(1)) > 12:
            return True
        if int(match.group(2)) > 12:
            return False
    return None
