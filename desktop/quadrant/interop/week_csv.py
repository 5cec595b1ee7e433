"""The week's raw events as CSV: one row per capture, move, completion or reply.

RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte order mark so that
Excel reads accents right. Every cell goes through ``safe_cell``, so a title
like ``=HYPERLINK(...)`` stays text in a spreadsheet. Column names and the
values in the event, quadrant, cause and reply columns are stable keys, not
translated: a CSV is data for other programs.

The value variant leaves out reasons and notes, and with hidden names
replaces other requesters' names (and the titles of their tasks).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime, tzinfo

from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import WeekEvent, WeekReview
from quadrant.interop.csv_safety import safe_cell
from quadrant.interop.report import ReportOptions, one_line, plain
from quadrant.interop.report_labels import Labels

PUBLIC_COLUMNS = (
    "at",
    "week",
    "event",
    "task_id",
    "task",
    "task_requester",
    "requester",
    "from_quadrant",
    "to_quadrant",
    "from_due",
    "to_due",
    "cause",
    "reply_kind",
    "reply_outcome",
)
PRIVATE_COLUMNS = ("reason", "note")


def columns(options: ReportOptions) -> tuple[str, ...]:
    """The header of the CSV for these options."""
    return PUBLIC_COLUMNS + (PRIVATE_COLUMNS if options.private else ())


def _moment(value: datetime | None, tz: tzinfo | None) -> str:
    """A moment in the user's local time, with its offset, to the second."""
    return "" if value is None else value.astimezone(tz).isoformat(timespec="seconds")


def _quadrant(value: Quadrant | None) -> str:
    return "" if value is None else value.key


def _row(event: WeekEvent, week: str, options: ReportOptions, t: Labels) -> dict[str, str]:
    shown_owner = options.shows_name(event.task_requester)
    row = {
        "at": _moment(event.at, options.tz),
        "week": week,
        "event": event.kind.value,
        "task_id": "" if event.task_id is None else str(event.task_id),
        "task": one_line(event.task_title) if shown_owner else t("withheld_title"),
        "task_requester": _name(event.task_requester, options, t),
        "requester": _name(event.requester, options, t),
        "from_quadrant": _quadrant(event.from_quadrant),
        "to_quadrant": _quadrant(event.to_quadrant),
        "from_due": _moment(event.from_due, options.tz),
        "to_due": _moment(event.to_due, options.tz),
        "cause": event.cause,
        "reply_kind": event.reply_kind,
        "reply_outcome": event.reply_outcome,
    }
    if options.private:
        row["reason"] = one_line(event.reason)
        row["note"] = plain(event.note)
    return row


def _name(name: str, options: ReportOptions, t: Labels) -> str:
    if options.shows_name(name):
        return one_line(name)
    return t("other_requesters")


def render_csv(review: WeekReview, options: ReportOptions) -> bytes:
    """The week's events as CSV bytes (UTF-8 with BOM), oldest first.

    The review must have been read ``with_events=True``.
    """
    return events_csv(review.events, str(review.stats.week), options)


def events_csv(events: Iterable[WeekEvent], week: str, options: ReportOptions) -> bytes:
    """Any events as the week CSV; ``week`` fills the week column."""
    header = columns(options)
    labels = Labels(options.language)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for event in events:
        row = _row(event, week, options, labels)
        writer.writerow([safe_cell(row[column]) for column in header])
    return buffer.getvalue().encode("utf-8-sig", errors="replace")
