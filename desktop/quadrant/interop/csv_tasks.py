"""Tasks as CSV: an export any spreadsheet opens safely, and an import with a column mapping.

Export: UTF-8 with a byte order mark (so Excel recognises the encoding),
RFC 4180 quoting and CRLF line ends, every text cell through ``safe_cell`` so
no title can run as a formula.

Import: ``read_table`` decodes the file (UTF-8, or Windows-1252 as older
Excel writes), finds the delimiter (comma, semicolon as Dutch Excel writes,
or tab) and the header row (TickTick puts a preamble above it);
``guess_mapping`` proposes what each column means; ``read_rows`` turns the
rows into import records, listing each row it could not use with the reason.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ImportRejected, ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Task, TaskStatus
from quadrant.domain.transfer import (
    THE_FILE,
    ImportBatch,
    NotATask,
    Problem,
    TaskRecord,
    clip_notes,
    clip_title,
    clip_uid,
    local_uid,
    row_place,
)
from quadrant.domain.wording import Wording
from quadrant.interop.csv_fields import (
    CsvField,
    CsvMapping,
    guess_day_first,
    guess_mapping,
    header_score,
    read_flag,
    read_importance,
    read_moment,
    read_status,
)
from quadrant.interop.csv_safety import safe_cell, unsafe_cell
from quadrant.services.clock import end_of_local_day

__all__ = ["CsvTable", "export_csv", "guess_mapping", "read_rows", "read_table"]

MAX_CSV_BYTES = 50 * 1024 * 1024
"""The largest CSV file Quadrant reads (50 MiB), checked before anything is parsed."""

EXPORT_HEADERS = (
    "Title", "Quadrant", "Urgent", "Important", "Due", "Status", "Requester", "Notes",
    "Effort (minutes)", "Waiting until", "Created", "Completed", "UID",
)  # fmt: skip

_T = TypeVar("_T")
_PREAMBLE_ROWS = 12
_QUOTED = re.compile(r'"[^"]*"')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SKIPPED_KINDS = {"section": NotATask.SECTIONS, "note": NotATask.COMMENTS}
_UNREADABLE = {
    CsvField.URGENT: QT_TRANSLATE_NOOP(
        "errors", "its urgency “{value}” could not be read; left out"
    ),
    CsvField.IMPORTANT: QT_TRANSLATE_NOOP(
        "errors", "its importance “{value}” could not be read; left out"
    ),
    CsvField.QUADRANT: QT_TRANSLATE_NOOP(
        "errors", "its quadrant “{value}” could not be read; left out"
    ),
    CsvField.PRIORITY: QT_TRANSLATE_NOOP(
        "errors", "its priority “{value}” could not be read; left out"
    ),
    CsvField.STATUS: QT_TRANSLATE_NOOP(
        "errors", "its status “{value}” could not be read; left out"
    ),
    CsvField.COMPLETED: QT_TRANSLATE_NOOP(
        "errors", "its completion date “{value}” could not be read; left out"
    ),
    CsvField.CREATED: QT_TRANSLATE_NOOP(
        "errors", "its creation date “{value}” could not be read; left out"
    ),
    CsvField.EFFORT: QT_TRANSLATE_NOOP(
        "errors", "its effort “{value}” could not be read; left out"
    ),
    CsvField.WAITING_UNTIL: QT_TRANSLATE_NOOP(
        "errors", "the date it waits until, “{value}”, could not be read; left out"
    ),
}
"""What a row's unreadable cell was, by the column's meaning: one whole clause each."""
_UNREADABLE_CELL = QT_TRANSLATE_NOOP("errors", "its cell “{value}” could not be read; left out")


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A decoded CSV file: its header row and the rows under it, as text.

    Attributes:
        headers: the header row's cells.
        rows: the data rows, each padded or cut to the header's width.
        first_row: the file's line number of the first data row, for messages.
        adjusted: notes about reading the file (its encoding).
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    first_row: int = 2
    adjusted: tuple[Problem, ...] = ()


def read_table(data: bytes) -> CsvTable:
    """The header and rows of a CSV file, whatever its encoding and delimiter.

    Raises:
        ImportRejected: the file is too large, binary, or has no rows.
    """
    if len(data) > MAX_CSV_BYTES:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file is larger than {limit} MiB; Quadrant does not read CSV files that large.",
            ),
            params={"limit": MAX_CSV_BYTES // (1024 * 1024)},
        )
    text, adjusted = _decode(data)
    if "\x00" in text[:4096]:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "This is not a CSV file: it is a binary file.")
        )
    rows = _parse(text)
    if not rows:
        raise ImportRejected(QT_TRANSLATE_NOOP("errors", "This CSV file has no rows."))
    header_at = max(range(min(_PREAMBLE_ROWS, len(rows))), key=lambda i: header_score(rows[i]))
    if header_score(rows[header_at]) == 0:
        header_at = 0
    headers = tuple(cell.strip() for cell in rows[header_at])
    width = len(headers)
    body = tuple(tuple((row + [""] * width)[:width]) for row in rows[header_at + 1 :] if any(row))
    return CsvTable(headers, body, header_at + 2, adjusted)


def _decode(data: bytes) -> tuple[str, tuple[Problem, ...]]:
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding), ()
        except UnicodeDecodeError:
            continue
    note = Problem(
        THE_FILE, QT_TRANSLATE_NOOP("errors", "it is not UTF-8; it was read as Windows-1252")
    )
    return data.decode("cp1252", errors="replace"), (note,)


def _parse(text: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text), delimiter=_delimiter(text), quotechar='"'))
    except csv.Error as e:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "This CSV file cannot be read: {problem}."),
            params={"problem": str(e)},
        ) from e


def _delimiter(text: str) -> str:
    """Comma, semicolon (Dutch Excel) or tab: whichever the first lines use most.

    Quoted text is not counted, so a comma inside a title does not vote.
    csv.Sniffer is not used: it also guesses the quote character, and a
    title that starts with an apostrophe makes it guess wrong.
    """
    head = _QUOTED.sub("", "\n".join(text.splitlines()[:20]))
    counts = {candidate: head.count(candidate) for candidate in (",", ";", "\t")}
    best = max(counts, key=lambda candidate: counts[candidate])
    return best if counts[best] else ","


def read_rows(data: bytes | CsvTable, mapping: CsvMapping | None = None) -> ImportBatch:
    """Import records from a CSV file's rows, one per task row.

    Args:
        data: the file, or a table already read with ``read_table``.
        mapping: what each column means; guessed from the headers when None.

    Raises:
        ImportRejected: the file cannot be read as CSV.
        ValidationError: the mapping has no title column.
    """
    table = data if isinstance(data, CsvTable) else read_table(data)
    mapping = mapping or guess_mapping(table.headers)
    if CsvField.TITLE not in mapping.columns:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the column that holds the task titles."),
            where="title",
        )
    mapping = _with_date_order(table, mapping)
    reader = _RowReader(mapping)
    records: list[TaskRecord] = []
    skipped: list[Problem] = []
    adjusted = list(table.adjusted)
    ignored: Counter[str] = Counter()
    for number, row in enumerate(table.rows, start=table.first_row):
        where = row_place(number)
        kind = reader.cell(row, CsvField.KIND).casefold()
        if kind in _SKIPPED_KINDS:
            if kind == "note" and records:  # a Todoist comment on the task above
                records[-1] = _with_comment(records[-1], reader.cell(row, CsvField.TITLE))
            else:
                ignored[_SKIPPED_KINDS[kind]] += 1
            continue
        try:
            records.append(reader.record(row, where, adjusted))
        except ValidationError as e:
            skipped.append(Problem(where, e.template, e.params))
    return ImportBatch(tuple(records), tuple(skipped), tuple(adjusted), dict(ignored))


def _with_date_order(table: CsvTable, mapping: CsvMapping) -> CsvMapping:
    """The mapping with the day/month order the file's own dates reveal, if they do."""
    columns = [
        mapping.columns[f] for f in (CsvField.DUE, CsvField.COMPLETED) if f in mapping.columns
    ]
    cells = [row[c] for row in table.rows for c in columns if c < len(row)]
    day_first = guess_day_first(cells)
    return mapping if day_first is None else replace(mapping, day_first=day_first)


def _with_comment(record: TaskRecord, comment: str) -> TaskRecord:
    notes = "\n\n".join(part for part in (record.notes or "", comment.strip()) if part)
    return replace(record, notes=clip_notes(notes)[0])


class _RowReader:
    """Reads one row into a record under a mapping."""

    def __init__(self, mapping: CsvMapping) -> None:
        self._mapping = mapping

    def has(self, csv_field: CsvField) -> bool:
        return csv_field in self._mapping.columns

    def cell(self, row: Sequence[str], csv_field: CsvField) -> str:
        index = self._mapping.columns.get(csv_field)
        if index is None or index >= len(row):
            return ""
        return _CONTROL.sub("", unsafe_cell(row[index]))

    def record(self, row: Sequence[str], where: Wording, adjusted: list[Problem]) -> TaskRecord:
        title, cut = clip_title(self.cell(row, CsvField.TITLE).replace("\n", " "))
        if cut:
            cut_title = QT_TRANSLATE_NOOP("errors", "its title was too long and was cut off")
            adjusted.append(Problem(where, cut_title))
        notes = None
        if self.has(CsvField.NOTES):
            notes = clip_notes(self.cell(row, CsvField.NOTES).replace("\r\n", "\n"))[0]
        urgent, important = self._matrix(row, where, adjusted)
        status = self._read(row, CsvField.STATUS, where, adjusted, self._status)
        due_known, due = self._due(row, where, adjusted)
        uid_text = self.cell(row, CsvField.UID)
        return TaskRecord(
            title=title,
            external_uid=clip_uid(uid_text) if uid_text.strip() else _row_uid(row),
            notes=notes,
            has_due=due_known,
            due_at=due,
            important=important,
            urgent=urgent,
            status=status,
            completed_at=self._read(row, CsvField.COMPLETED, where, adjusted, self._moment),
            requester_name=self.cell(row, CsvField.REQUESTER).strip() or None,
            categories=_split_labels(self.cell(row, CsvField.CATEGORIES)),
            created_at=self._read(row, CsvField.CREATED, where, adjusted, self._moment),
            effort_minutes=self._read(row, CsvField.EFFORT, where, adjusted, _minutes),
            waiting_until=self._read(row, CsvField.WAITING_UNTIL, where, adjusted, self._moment),
            where=where,
        )

    def _read(
        self,
        row: Sequence[str],
        csv_field: CsvField,
        where: Wording,
        adjusted: list[Problem],
        parse: Callable[[str], _T | None],
    ) -> _T | None:
        """A cell through ``parse``; an unreadable one is left out and mentioned."""
        text = self.cell(row, csv_field).strip()
        if not text:
            return None
        try:
            return parse(text)
        except (ValueError, OverflowError):
            message = _UNREADABLE.get(csv_field, _UNREADABLE_CELL)
            adjusted.append(Problem(where, message, {"value": _shorten(text)}))
            return None

    def _status(self, text: str) -> TaskStatus | None:
        return read_status(text, self._mapping.priority_scale)

    def _importance(self, text: str) -> bool | None:
        return read_importance(text, self._mapping.priority_scale)

    def _moment(self, text: str) -> datetime | None:
        return read_moment(text, day_first=self._mapping.day_first, date_means_end_of_day=False)

    def _due(
        self, row: Sequence[str], where: Wording, adjusted: list[Problem]
    ) -> tuple[bool, datetime | None]:
        """Whether the row says anything about the due date, and what.

        An unreadable due date (Todoist's "every monday") imports the task
        without one rather than losing it, and says so.
        """
        if not self.has(CsvField.DUE):
            return False, None
        text = self.cell(row, CsvField.DUE).strip()
        try:
            due = read_moment(text, day_first=self._mapping.day_first, date_means_end_of_day=True)
        except (ValueError, OverflowError):
            message = QT_TRANSLATE_NOOP(
                "errors", "its due date “{value}” could not be read; imported without one"
            )
            adjusted.append(Problem(where, message, {"value": _shorten(text)}))
            return False, None
        return True, due

    def _matrix(
        self, row: Sequence[str], where: Wording, adjusted: list[Problem]
    ) -> tuple[bool | None, bool | None]:
        """Urgency and importance: explicit columns first, then the quadrant, then priority."""
        urgent = self._read(row, CsvField.URGENT, where, adjusted, read_flag)
        important = self._read(row, CsvField.IMPORTANT, where, adjusted, read_flag)
        quadrant = self._read(row, CsvField.QUADRANT, where, adjusted, Quadrant.from_key)
        if quadrant is not None:
            urgent = quadrant.urgent if urgent is None else urgent
            important = quadrant.important if important is None else important
        if important is None:
            important = self._read(row, CsvField.PRIORITY, where, adjusted, self._importance)
        return urgent, important


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _minutes(text: str) -> int:
    minutes = int(text)
    if not 0 <= minutes <= 60 * 8 * 22:
        raise ValueError(text)
    return minutes


def _split_labels(text: str) -> tuple[str, ...]:
    labels: list[str] = []
    for part in re.split(r"[,;]", text):
        label = " ".join(part.split())
        if label and label not in labels:
            labels.append(label)
    return tuple(labels)


def _row_uid(row: Sequence[str]) -> str:
    """A UID for a row without one: the same row imported twice is one task."""
    digest = hashlib.sha256("\x1f".join(row).encode("utf-8", "replace")).hexdigest()
    return f"quadrant-row-{digest[:32]}"


def export_csv(tasks: Iterable[Task]) -> bytes:
    """A CSV file of tasks that spreadsheets open safely and Quadrant reads back.

    Deleted tasks are never written. Dates are local time, a due date without
    a time as a plain date. Control characters (a NUL pasted into a title) are
    dropped: spreadsheets choke on them. The caller chooses open or all tasks.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADERS)
    for task in tasks:
        if task.deleted_at is None:
            writer.writerow([safe_cell(_CONTROL.sub("", cell)) for cell in _export_row(task)])
    return buffer.getvalue().encode("utf-8-sig")


def _export_row(task: Task) -> list[str]:
    return [
        task.title,
        task.quadrant.key,
        "yes" if task.urgent else "no",
        "yes" if task.important else "no",
        _due_text(task.due_at),
        task.status.value,
        task.requester_name,
        task.notes,
        "" if task.effort_minutes is None else str(task.effort_minutes),
        _moment_text(task.waiting_until),
        _moment_text(task.created_at),
        _moment_text(task.completed_at),
        task.external_uid or local_uid(task),
    ]


def _due_text(due: datetime | None) -> str:
    if due is None:
        return ""
    local = due.astimezone()
    if end_of_local_day(local.date()) == due:
        return local.date().isoformat()
    return local.strftime("%Y-%m-%d %H:%M" if local.second == 0 else "%Y-%m-%d %H:%M:%S")


def _moment_text(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else ""
