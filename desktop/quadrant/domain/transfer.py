"""Tasks on their way in: what a file said about a task, before the store sees it.

Every importer (iCalendar, CSV, later others) turns its format into
``TaskRecord``s and lists what it could not use as ``Problem``s; one use case
(services.transfer.import_tasks) turns records into tasks. Keeping the record
format-neutral means the rules of an import — which fields a re-import may
overwrite, how a due date makes a task urgent — live in one place.

A field that is ``None`` means "the file does not say": a re-import leaves the
task's own value alone. Only the due date needs a separate flag, because "no
due date" is something a file can say.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError, fill_template
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import MAX_NOTES_CHARS, MAX_TITLE_CHARS, Task, TaskStatus
from quadrant.domain.wording import Wording

MAX_UID_CHARS = 500
"""The width of task.external_uid."""

LOCAL_UID_DOMAIN = "quadrant.invalid"
"""Domain part of the UIDs Quadrant makes up for its own tasks (.invalid never resolves)."""

_LOCAL_UID = re.compile(r"^quadrant-(\d{1,18})-(\d{8}T\d{6})@" + re.escape(LOCAL_UID_DOMAIN) + "$")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something an import could not use, or had to adjust, with where it was.

    Both halves are translatable (domain.wording): the window and the command
    line show them in the user's language; ``str()`` and :attr:`message` are
    the English text, for logs.

    Attributes:
        where: a place the user can find in the file (:func:`row_place`,
            ``ical_lines.describe``, :data:`THE_FILE`).
        template: what was wrong, a marked English clause that reads after
            the place ("row 3: it has no title"), with ``{fields}``.
        params: the values of the template's fields.
    """

    where: Wording
    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """What was wrong, in English, its fields filled in."""
        return fill_template(self.template, self.params)

    @property
    def reason(self) -> Wording:
        """What was wrong, as words to translate."""
        return Wording(self.template, self.params)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


THE_FILE = Wording(QT_TRANSLATE_NOOP("errors", "the file"))
"""The place of a note about the whole file (its encoding)."""


def row_place(number: int) -> Wording:
    """A row of a table file, by its line number: "row 12"."""
    return Wording(QT_TRANSLATE_NOOP("errors", "row {row}"), {"row": number})


def titled_place(title: str) -> Wording:
    """A record that has no place of its own, by its title."""
    return Wording(QT_TRANSLATE_NOOP("errors", "the task “{title}”"), {"title": title})


@dataclass(frozen=True, slots=True)
class TaskRecord:
    """One task as a file describes it. ``None`` means the file does not say.

    Attributes:
        title: the task's title, already cleaned (one line, bounded).
        external_uid: the file's stable id; a re-import updates the task with it.
        notes: the description.
        has_due: whether the file says anything about the due date.
        due_at: the due moment (aware, UTC), or None for "no due date".
        important: importance from the file's priority, if it has one.
        urgent: urgency stated explicitly (Quadrant's own exports); otherwise
            urgency follows from the due date and the urgency horizon.
        status: open, waiting, done or dropped.
        completed_at: when it was finished (aware, UTC).
        requester_name: a requester named explicitly; created when new.
        categories: labels; one that names a known requester becomes the requester.
        created_at: when the task was created at its source (aware, UTC).
        effort_minutes: an effort estimate.
        waiting_until: until when a waiting task waits (aware, UTC).
        where: how to point at this task in messages; None: by its title.
    """

    title: str
    external_uid: str | None = None
    notes: str | None = None
    has_due: bool = False
    due_at: datetime | None = None
    important: bool | None = None
    urgent: bool | None = None
    status: TaskStatus | None = None
    completed_at: datetime | None = None
    requester_name: str | None = None
    categories: tuple[str, ...] = ()
    created_at: datetime | None = None
    effort_minutes: int | None = None
    waiting_until: datetime | None = None
    where: Wording | None = None


class NotATask(StrEnum):
    """Kinds of things in a file that are not tasks, counted in ``ImportBatch.ignored``."""

    EVENTS = "events"
    JOURNAL_ENTRIES = "journal entries"
    FREE_BUSY = "free/busy"
    SECTIONS = "sections"  # Todoist's section rows
    COMMENTS = "comments"  # Todoist's comment rows with no task above them


_ONE_IGNORED: dict[str, str] = {
    NotATask.EVENTS: QT_TRANSLATE_NOOP("errors", "{count} event"),
    NotATask.JOURNAL_ENTRIES: QT_TRANSLATE_NOOP("errors", "{count} journal entry"),
    NotATask.FREE_BUSY: QT_TRANSLATE_NOOP("errors", "{count} free/busy block"),
    NotATask.SECTIONS: QT_TRANSLATE_NOOP("errors", "{count} section"),
    NotATask.COMMENTS: QT_TRANSLATE_NOOP("errors", "{count} comment"),
}
_MANY_IGNORED: dict[str, str] = {
    NotATask.EVENTS: QT_TRANSLATE_NOOP("errors", "{count} events"),
    NotATask.JOURNAL_ENTRIES: QT_TRANSLATE_NOOP("errors", "{count} journal entries"),
    NotATask.FREE_BUSY: QT_TRANSLATE_NOOP("errors", "{count} free/busy blocks"),
    NotATask.SECTIONS: QT_TRANSLATE_NOOP("errors", "{count} sections"),
    NotATask.COMMENTS: QT_TRANSLATE_NOOP("errors", "{count} comments"),
}
_OTHER_IGNORED = QT_TRANSLATE_NOOP("errors", "{count} × {kind}")
"""A kind Quadrant has no words for (an iCalendar component it does not know): its own name."""


def ignored_wording(kind: str, count: int) -> Wording:
    """How many things of one kind an import left alone: "2 events", "1 section".

    The count picks the form in the code: Dutch and English share the
    one/many rule, so the English text needs no catalogue.
    """
    template = (_ONE_IGNORED if count == 1 else _MANY_IGNORED).get(kind, _OTHER_IGNORED)
    return Wording(template, {"count": count, "kind": kind})


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """What one file gave: the records, what was skipped, and what was not a task.

    Attributes:
        records: the tasks to import, in file order.
        skipped: components or rows left out, each with the reason.
        adjusted: records imported with a change the user should know about
            (an unknown time zone read as local time, a cut-off title, …).
        ignored: counts of things that are not tasks (events, journals), by kind.
    """

    records: tuple[TaskRecord, ...] = ()
    skipped: tuple[Problem, ...] = ()
    adjusted: tuple[Problem, ...] = ()
    ignored: Mapping[str, int] = field(default_factory=dict)


def clip_title(raw: str) -> tuple[str, bool]:
    """A title as one line, cut to the maximum length.

    Returns:
        The title and whether it had to be cut.

    Raises:
        ValidationError: the title is empty.
    """
    cleaned = " ".join(raw.split())
    if not cleaned:
        # Read after the item's place in an import report ("row 3: it has no title"),
        # like every other note there: a clause of its own, never glued into a sentence.
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "it has no title"))
    if len(cleaned) > MAX_TITLE_CHARS:
        return cleaned[: MAX_TITLE_CHARS - 1].rstrip() + "…", True
    return cleaned, False


def clip_notes(raw: str) -> tuple[str, bool]:
    """Notes cut to the maximum length; returns them and whether they were cut."""
    if len(raw) > MAX_NOTES_CHARS:
        return raw[: MAX_NOTES_CHARS - 1] + "…", True
    return raw, False


def clip_uid(raw: str) -> str | None:
    """An external UID stripped of surrounding space, or None when empty or too long.

    A UID longer than the column would not match itself after storage, so it
    is treated as absent (the task imports, but a re-import cannot find it).
    """
    cleaned = raw.strip()
    if not cleaned or len(cleaned) > MAX_UID_CHARS:
        return None
    return cleaned


def importance_of_priority(priority: int) -> bool | None:
    """Importance from an RFC 5545 PRIORITY: 1–4 high, 5 medium, 6–9 low, 0 undefined.

    High priority means important; medium and low mean not important; an
    undefined or out-of-range priority says nothing.
    """
    if 1 <= priority <= 4:
        return True
    if 5 <= priority <= 9:
        return False
    return None


def priority_of_quadrant(quadrant: Quadrant) -> int:
    """An RFC 5545 PRIORITY that other programs show sensibly for a quadrant.

    Important tasks are "high" (1 for do-now, 3 for plan), urgent but not
    important is "medium" (5) and the rest "low" (9); reading these back with
    ``importance_of_priority`` gives the same importance.
    """
    return {Quadrant.DO: 1, Quadrant.PLAN: 3, Quadrant.DELEGATE: 5, Quadrant.DROP: 9}[quadrant]


def local_uid(task: Task) -> str:
    """A stable UID for a task that came from no file, so a re-import finds it again.

    It is built from the task's id and creation moment: a re-import into the
    same database recognises its own task, another database does not
    mistake one of its tasks for it.
    """
    created = task.created_at or datetime(1970, 1, 1, tzinfo=UTC)
    stamp = created.astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    return f"quadrant-{task.id}-{stamp}@{LOCAL_UID_DOMAIN}"


def parse_local_uid(uid: str) -> tuple[int, str] | None:
    """The task id and creation stamp inside a ``local_uid``; None for any other UID."""
    match = _LOCAL_UID.match(uid)
    if match is None:
        return None
    return int(match.group(1)), match.group(2)


def is_local_uid_of(uid: str, task: Task) -> bool:
    """Whether ``uid`` is the UID ``local_uid`` gives this very task."""
    return task.id is not None and local_uid(task) == uid
