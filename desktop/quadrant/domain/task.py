"""Tasks, requesters and the reprioritisation log entries, as plain dataclasses."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.search import found_in, query_words, requester_passes, searchable

MAX_TITLE_CHARS = 500
MAX_NOTES_CHARS = 100_000
MAX_NAME_CHARS = 200


class TaskStatus(StrEnum):
    """Where a task is in its life. Open and waiting tasks stand in the matrix."""

    OPEN = "open"
    WAITING = "waiting"  # delegated, handed back, or awaiting a manager's decision
    DONE = "done"
    DROPPED = "dropped"  # declined or let go

    @property
    def in_matrix(self) -> bool:
        """Whether a task with this status is shown in the matrix."""
        return self in (TaskStatus.OPEN, TaskStatus.WAITING)


class Cause(StrEnum):
    """Who or what caused a reprioritisation."""

    SELF = "self"
    REQUESTER = "requester"
    DEADLINE = "deadline"
    REPLY = "reply"
    IMPORT = "import"
    UNDO = "undo"


@dataclass(frozen=True, slots=True)
class Requester:
    """An internal client: a manager or colleague the assistant works for."""

    name: str
    id: int | None = None
    email: str = ""
    role: str = ""
    agreements: str = ""
    created_at: datetime | None = None

    @property
    def first_name(self) -> str:
        """The name to greet someone with: the first word of the name."""
        parts = self.name.split()
        return parts[0] if parts else ""


@dataclass(frozen=True, slots=True)
class Task:
    """A piece of work with a place in the matrix.

    Times are timezone-aware UTC. ``position`` orders tasks inside their
    quadrant (lower first).
    """

    title: str
    id: int | None = None
    notes: str = ""
    requester_id: int | None = None
    requester_name: str = ""
    urgent: bool = False
    important: bool = False
    position: int = 0
    due_at: datetime | None = None
    effort_minutes: int | None = None
    status: TaskStatus = TaskStatus.OPEN
    waiting_until: datetime | None = None
    external_uid: str | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def quadrant(self) -> Quadrant:
        """The quadrant this task stands in."""
        return Quadrant.of(urgent=self.urgent, important=self.important)

    @property
    def in_matrix(self) -> bool:
        """Whether the matrix shows this task (not done, dropped or deleted)."""
        return self.deleted_at is None and self.status.in_matrix

    def with_quadrant(self, quadrant: Quadrant) -> Task:
        """A copy standing in ``quadrant``."""
        return replace(self, urgent=quadrant.urgent, important=quadrant.important)

    def is_overdue(self, now: datetime) -> bool:
        """Whether the due moment has passed while the task is still to do."""
        return self.due_at is not None and self.in_matrix and self.due_at < now


@dataclass(frozen=True, slots=True)
class Reprioritisation:
    """One entry of the append-only log: a task changed quadrant, due date or order."""

    task_id: int
    at: datetime
    from_quadrant: Quadrant | None
    to_quadrant: Quadrant
    cause: Cause
    from_due: datetime | None = None
    to_due: datetime | None = None
    requester_id: int | None = None
    reason_category: str | None = None
    note: str = ""
    id: int | None = None
    task_title: str = ""
    requester_name: str = ""


def _without_nul(text: str) -> str:
    """Text with NUL characters removed.

    SQLite compares text only up to a NUL, so "Anne\x00x" would match the
    requester "Anne"; no one types a NUL on purpose.
    """
    return text.replace("\x00", "")


def check_length(text: str, limit: int, message: str, where: str) -> str:
    """``text`` unchanged if it has at most ``limit`` characters, else a ValidationError.

    Every free-text field is bounded so that a pasted novel cannot bloat the
    store or a reply; the message names the limit through its ``{limit}``
    field, so translations show the number.

    Args:
        text: the text as it will be stored.
        limit: the most characters the field may hold.
        message: a QT_TRANSLATE_NOOP("errors", ...) template with ``{limit}``.
        where: the field the error points at.
    """
    if len(text) > limit:
        raise ValidationError(message, where=where, params={"limit": limit})
    return text


def clean_title(title: str) -> str:
    """A task title with its surrounding white space removed, or a ValidationError.

    Line breaks inside a title become spaces: a title is one line everywhere
    it is shown.
    """
    cleaned = " ".join(_without_nul(title).split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A task needs a title."), where="title")
    return check_length(
        cleaned,
        MAX_TITLE_CHARS,
        QT_TRANSLATE_NOOP("errors", "A title can be at most {limit} characters."),
        "title",
    )


def clean_name(name: str) -> str:
    """A requester name with collapsed white space, or a ValidationError."""
    cleaned = " ".join(_without_nul(name).split())
    if not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A requester needs a name."), where="name"
        )
    return check_length(
        cleaned,
        MAX_NAME_CHARS,
        QT_TRANSLATE_NOOP("errors", "A name can be at most {limit} characters."),
        "name",
    )


def clean_notes(notes: str) -> str:
    """Notes as typed, but bounded in size."""
    return check_length(
        notes,
        MAX_NOTES_CHARS,
        QT_TRANSLATE_NOOP("errors", "Notes can be at most {limit} characters."),
        "notes",
    )


def clean_effort(minutes: int | None) -> int | None:
    """An effort estimate in minutes: None, or between 0 and a working month."""
    if minutes is None:
        return None
    if not 0 <= minutes <= 60 * 8 * 22:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Effort must be between 0 minutes and a month."),
            where="effort",
        )
    return minutes


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """What the user narrowed the matrix to: one requester, and words to find."""

    requester_id: int | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        """Whether the filter hides anything at all."""
        return self.requester_id is not None or bool(query_words(self.text))

    def matches(self, task: Task) -> bool:
        """Whether a task passes: the requester matches and every word is found.

        Words are found in the title, the notes or the requester's name, by
        the app-wide rule in :mod:`quadrant.domain.search`.
        """
        return bool(self.passing((task,)))

    def passing(self, tasks: Iterable[Task]) -> list[Task]:
        """The tasks that pass ``matches``, in the order given; the words are split once.

        The matrix filters thousands of tasks at every keystroke.
        """
        wanted = self.requester_id
        chosen = [task for task in tasks if requester_passes(wanted, task.requester_id)]
        words = query_words(self.text)
        if not words:
            return chosen
        return [
            task
            for task in chosen
            if found_in(words, searchable(task.title, task.requester_name, task.notes))
        ]
