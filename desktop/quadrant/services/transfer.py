"""Importing tasks from files, and choosing tasks to export, as use cases.

An import is one unit of work: every task of a file arrives, or none does.
It is idempotent by external UID: importing the same file twice changes
nothing the second time; importing a changed file updates its tasks, and a
changed quadrant or due date goes through ``tasks.move_in`` with cause
"import", so the reprioritisation log sees it like any other move.

What a re-import may overwrite: the fields the file carries (title, notes,
due date, importance when the file has a priority, status, and requester when
the file names one). What survives: everything the file does not say — the
task's place in its quadrant, effort, a "waiting" status that the file only
calls open, urgency set by hand while the due date stays the same, and tasks
deleted in Quadrant, which an import leaves deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from quadrant.domain.errors import NotFoundError, ValidationError
from quadrant.domain.matrix import Quadrant, is_due_soon
from quadrant.domain.task import (
    Cause,
    Reprioritisation,
    Requester,
    Task,
    TaskStatus,
    clean_effort,
    clean_notes,
    clean_title,
)
from quadrant.domain.transfer import (
    ImportBatch,
    Problem,
    TaskRecord,
    is_local_uid_of,
    parse_local_uid,
    titled_place,
)
from quadrant.services.clock import local_today, utc_now
from quadrant.services.ports import UnitOfWork
from quadrant.services.tasks import (
    POSITION_GAP,
    UNCHANGED,
    Unchanged,
    move_in,
    requester_in,
    urgency_horizon,
    validate_due,
)

Progress = Callable[[int, int], None]
"""Called with (done, total) while an import runs, so a dialog can show a bar."""

PROGRESS_STEPS = 100
"""How many progress reports a long import makes at most (plus the first and last)."""


class ExportScope(StrEnum):
    """Which tasks an export writes."""

    OPEN = "open"  # what the matrix shows: open and waiting
    ALL = "all"  # open, waiting, done and dropped (never deleted ones)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did, for the message after it.

    Attributes:
        created: tasks that were new.
        updated: tasks that existed (same UID) and changed.
        unchanged: tasks that existed and stayed as they were.
        skipped: records or components left out, each with the reason.
        adjusted: records imported with a change the user should know about.
        ignored: counts of things in the file that are not tasks, by kind.
        task_ids: the ids of created and updated tasks, for the UI to refresh.
    """

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: tuple[Problem, ...] = ()
    adjusted: tuple[Problem, ...] = ()
    ignored: Mapping[str, int] = field(default_factory=dict)
    task_ids: tuple[int, ...] = ()

    @property
    def imported(self) -> int:
        """Tasks created or updated."""
        return self.created + self.updated


def import_batch(
    uow: UnitOfWork,
    batch: ImportBatch,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import a parsed file: its records, plus what the parser skipped and ignored."""
    summary = import_tasks(uow, batch.records, now=now, progress=progress)
    return replace(
        summary,
        skipped=batch.skipped + summary.skipped,
        adjusted=batch.adjusted + summary.adjusted,
        ignored=dict(batch.ignored),
    )


def import_tasks(
    uow: UnitOfWork,
    records: Sequence[TaskRecord],
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Create or update one task per record, in one unit of work.

    Args:
        uow: the unit of work; committed once, at the end.
        records: the tasks as a file described them, in file order.
        now: the moment of the import (tests pass it).
        progress: called with (done, total) now and then, and at the end.

    Returns:
        Counts of what happened, and the records that were left out with why.
    """
    now = now or utc_now()
    horizon = urgency_horizon(uow)
    importer = _Importer(uow, now, local_today(now), horizon)
    total = len(records)
    step = max(1, total // PROGRESS_STEPS)
    if progress is not None:
        progress(0, total)
    with uow:
        importer.know(
            uow.tasks.by_external_uids([r.external_uid for r in records if r.external_uid])
        )
        for done, record in enumerate(records, start=1):
            importer.take(record)
            if progress is not None and (done % step == 0 or done == total):
                importer.flush()
                progress(done, total)
        importer.flush()
        uow.commit()
    return importer.summary()


class _Importer:
    """The state of one running import: counters, and where each quadrant ends."""

    def __init__(self, uow: UnitOfWork, now: datetime, today: date, horizon: int) -> None:
        self._uow = uow
        self._now = now
        self._today = today
        self._horizon = horizon
        self._ends: dict[Quadrant, int] = {}
        self._requesters: dict[str, Requester] = {}
        self._unknown: set[str] = set()
        self._known: dict[str, Task] = {}
        self._pending: list[Task] = []
        self._pending_uids: set[str] = set()
        self.created = 0
        self.updated = 0
        self.unchanged = 0
        self.skipped: list[Problem] = []
        self.task_ids: list[int] = []

    def summary(self) -> ImportSummary:
        return ImportSummary(
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=tuple(self.skipped),
            task_ids=tuple(self.task_ids),
        )

    def know(self, tasks: dict[str, Task]) -> None:
        """The tasks already in the store with the import's UIDs, read in one go."""
        self._known.update(tasks)

    def flush(self) -> None:
        """Write the new tasks gathered so far, and their "arrived" log entries.

        New tasks are written in batches: one INSERT per task costs ten times
        as much, and a 10,000-task file must import in seconds.
        """
        if not self._pending:
            return
        stored = self._uow.tasks.add_many(self._pending)
        self._uow.log.append_many([_arrival(task, self._now) for task in stored])
        for task in stored:
            assert task.id is not None
            self.task_ids.append(task.id)
            if task.external_uid:
                self._known.setdefault(task.external_uid, task)
        self._pending.clear()
        self._pending_uids.clear()

    def take(self, record: TaskRecord) -> None:
        """Import one record; a record that breaks a rule is skipped, not fatal."""
        try:
            existing = self._existing(record.external_uid)
            if existing is None:
                self._create(record)
            elif existing.deleted_at is not None:
                self.unchanged += 1  # deleted in Quadrant: an import does not bring it back
            else:
                self._update(existing, record)
        except ValidationError as e:
            where = record.where or titled_place(record.title)
            self.skipped.append(Problem(where, e.template, e.params))

    def _existing(self, uid: str | None) -> Task | None:
        if not uid:
            return None
        if uid in self._pending_uids:
            self.flush()  # the same UID twice in one file: the second updates the first
        if uid in self._known:
            return self._known[uid]
        local = parse_local_uid(uid)
        if local is None:
            return None
        try:
            candidate = self._uow.tasks.get(local[0])
        except NotFoundError:
            return None
        return candidate if is_local_uid_of(uid, candidate) else None

    def _urgent_by_due(self, due_at: datetime | None) -> bool:
        if due_at is None:
            return False
        return is_due_soon(due_at.astimezone().date(), self._today, self._horizon)

    def _requester(self, record: TaskRecord) -> Requester | None:
        """The requester a record names, or the first known one among its categories."""
        if record.requester_name:
            return self._named(record.requester_name, create=True)
        for category in record.categories:
            found = self._named(category, create=False)
            if found is not None:
                return found
        return None

    def _named(self, name: str, *, create: bool) -> Requester | None:
        """A requester by name, remembered for the rest of the import (10,000 rows, one query)."""
        cleaned = " ".join(name.split())
        key = cleaned.casefold()
        if not key or (key in self._unknown and not create):
            return self._requesters.get(key)
        if key in self._requesters:
            return self._requesters[key]
        if create:
            found = requester_in(self._uow, cleaned, self._now)
        else:
            found = self._uow.requesters.find_by_name(cleaned)
        if found is None:
            self._unknown.add(key)
            return None
        self._requesters[key] = found
        self._unknown.discard(key)
        return found

    def _end_position(self, quadrant: Quadrant) -> int:
        """The next free position at the end of a quadrant, read once per import."""
        if quadrant not in self._ends:
            siblings = self._uow.tasks.in_quadrant(quadrant)
            self._ends[quadrant] = siblings[-1].position if siblings else 0
        self._ends[quadrant] += POSITION_GAP
        return self._ends[quadrant]

    def _create(self, record: TaskRecord) -> None:
        due_at = validate_due(record.due_at) if record.has_due else None
        requester = self._requester(record)
        important = bool(record.important)
        urgent = record.urgent if record.urgent is not None else self._urgent_by_due(due_at)
        quadrant = Quadrant.of(urgent=urgent, important=important)
        status = record.status or TaskStatus.OPEN
        finished = status in (TaskStatus.DONE, TaskStatus.DROPPED)
        task = Task(
            title=clean_title(record.title),
            notes=clean_notes(record.notes or ""),
            requester_id=requester.id if requester else None,
            requester_name=requester.name if requester else "",
            urgent=urgent,
            important=important,
            position=self._end_position(quadrant),
            due_at=due_at,
            effort_minutes=clean_effort(record.effort_minutes),
            status=status,
            waiting_until=record.waiting_until if status is TaskStatus.WAITING else None,
            external_uid=record.external_uid,
            created_at=record.created_at or self._now,
            completed_at=(record.completed_at or self._now) if finished else None,
        )
        self._pending.append(task)
        if task.external_uid:
            self._pending_uids.add(task.external_uid)
        self.created += 1

    def _update(self, known: Task, record: TaskRecord) -> None:
        """Bring an existing task in line with its record; unchanged ones cost no query."""
        assert known.id is not None
        edited, target, due = self._changes(known, record)
        if edited == known and target == known.quadrant and isinstance(due, Unchanged):
            self.unchanged += 1
            return
        self.flush()  # a move reads its quadrant from the store: new tasks must be there
        task = self._uow.tasks.get(known.id)  # positions may have shifted since it was read
        edited, target, due = self._changes(task, record)
        if edited != task:
            self._uow.tasks.update(edited)
        moved = move_in(
            self._uow,
            known.id,
            target if target != task.quadrant else None,
            due_at=due,
            cause=Cause.IMPORT,
            now=self._now,
        )
        self._ends.pop(target, None)  # a move may have put the task last: read the end again
        if moved.task.external_uid:
            self._known[moved.task.external_uid] = moved.task
        self.updated += 1
        self.task_ids.append(known.id)

    def _changes(
        self, task: Task, record: TaskRecord
    ) -> tuple[Task, Quadrant, datetime | Unchanged | None]:
        """The record applied to a task: edited fields, target quadrant, new due (or UNCHANGED)."""
        edited = self._edited_fields(task, record)
        due_changes = record.has_due and record.due_at != task.due_at
        new_due = validate_due(record.due_at) if due_changes else task.due_at
        important = record.important if record.important is not None else task.important
        if record.urgent is not None:
            urgent = record.urgent
        elif due_changes:
            urgent = self._urgent_by_due(new_due)
        else:
            urgent = task.urgent
        target = Quadrant.of(urgent=urgent, important=important)
        return edited, target, (new_due if due_changes else UNCHANGED)

    def _edited_fields(self, task: Task, record: TaskRecord) -> Task:
        """The task with the record's non-matrix fields; quadrant and due are for move_in."""
        edited = replace(task, title=clean_title(record.title))
        if record.notes is not None:
            edited = replace(edited, notes=clean_notes(record.notes))
        if record.effort_minutes is not None:
            edited = replace(edited, effort_minutes=clean_effort(record.effort_minutes))
        requester = self._requester(record)
        if requester is not None:
            edited = replace(edited, requester_id=requester.id, requester_name=requester.name)
        if record.status is not None:
            edited = self._with_status(edited, record)
        if record.waiting_until is not None and edited.status is TaskStatus.WAITING:
            edited = replace(edited, waiting_until=record.waiting_until)
        return edited

    def _with_status(self, task: Task, record: TaskRecord) -> Task:
        status = record.status
        assert status is not None
        if status is TaskStatus.OPEN and task.status is TaskStatus.WAITING:
            return task  # the file only knows "open"; waiting is Quadrant's own nuance
        finished = status in (TaskStatus.DONE, TaskStatus.DROPPED)
        completed = (record.completed_at or task.completed_at or self._now) if finished else None
        waiting_until = task.waiting_until if status is TaskStatus.WAITING else None
        return replace(task, status=status, completed_at=completed, waiting_until=waiting_until)


def _arrival(task: Task, now: datetime) -> Reprioritisation:
    """The log entry of a task that arrived by import, as capture logs a new task."""
    assert task.id is not None
    return Reprioritisation(
        task_id=task.id,
        at=now,
        from_quadrant=None,
        to_quadrant=task.quadrant,
        cause=Cause.IMPORT,
        to_due=task.due_at,
        requester_id=task.requester_id,
    )


def tasks_to_export(uow: UnitOfWork, scope: ExportScope = ExportScope.OPEN) -> list[Task]:
    """The tasks an export writes: the matrix in its order, then finished ones, newest first."""
    with uow:
        tasks = list(uow.tasks.in_matrix())
        if scope is ExportScope.ALL:
            tasks.extend(uow.tasks.finished(limit=1_000_000))
    return tasks
