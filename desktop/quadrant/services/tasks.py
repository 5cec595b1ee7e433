"""Task use cases. Each takes a unit of work and commits once.

``move`` owns the rule that every change of quadrant, due date or order is
logged: capture, edit, keys, drag and drop, replies, imports, escalation and
undo all go through it, so the log cannot miss a change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.matrix import DEFAULT_URGENCY_HORIZON_DAYS, Quadrant, urgency_cutoff
from quadrant.domain.task import (
    Cause,
    Reprioritisation,
    Requester,
    Task,
    TaskStatus,
    clean_effort,
    clean_name,
    clean_notes,
    clean_title,
)
from quadrant.services.clock import end_of_local_day, local_today, utc_now
from quadrant.services.ports import UnitOfWork

POSITION_GAP = 1024
"""Distance between neighbours: room to insert many times before renumbering."""

URGENCY_HORIZON_KEY = "urgency_horizon_days"


class Unchanged:
    """Marker for "leave this field as it is" where None is a real value."""

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED = Unchanged()


@dataclass(frozen=True, slots=True)
class Moved:
    """What a move changed: the task, and its neighbours renumbered to make room."""

    task: Task
    shifted: tuple[Task, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    """Where a task stands: its quadrant, and the task right after it (None: last).

    Undo puts a task back at its place.
    """

    quadrant: Quadrant
    before_id: int | None


def capture(
    uow: UnitOfWork,
    title: str,
    *,
    quadrant: Quadrant,
    requester_name: str | None = None,
    due_at: datetime | None = None,
    notes: str = "",
    effort_minutes: int | None = None,
    now: datetime | None = None,
) -> Task:
    """Add a new task at the end of ``quadrant``; its arrival is logged too."""
    now = now or utc_now()
    with uow:
        requester = requester_in(uow, requester_name, now)
        task = Task(
            title=clean_title(title),
            notes=clean_notes(notes),
            requester_id=requester.id if requester else None,
            requester_name=requester.name if requester else "",
            urgent=quadrant.urgent,
            important=quadrant.important,
            position=_end_position(uow, quadrant),
            due_at=validate_due(due_at),
            effort_minutes=clean_effort(effort_minutes),
            created_at=now,
        )
        task = uow.tasks.add(task)
        assert task.id is not None
        uow.log.append(
            Reprioritisation(
                task_id=task.id,
                at=now,
                from_quadrant=None,
                to_quadrant=quadrant,
                cause=Cause.REQUESTER if requester else Cause.SELF,
                to_due=due_at,
                requester_id=task.requester_id,
            )
        )
        uow.commit()
    return task


def move(
    uow: UnitOfWork,
    task_id: int,
    quadrant: Quadrant | None = None,
    *,
    before_id: int | Unchanged | None = UNCHANGED,
    due_at: datetime | Unchanged | None = UNCHANGED,
    cause: Cause = Cause.SELF,
    requester_id: int | None = None,
    reason: str | None = None,
    note: str = "",
    now: datetime | None = None,
) -> Moved:
    """Move a task to another quadrant, place or due date, and log it.

    Args:
        uow: the unit of work; committed here.
        task_id: the task to move.
        quadrant: the target quadrant; None keeps the current one.
        before_id: place the task before this one; None puts it last;
            UNCHANGED keeps its place (or puts it last in a new quadrant).
        due_at: the new due moment; UNCHANGED keeps it.
        cause: who or what caused the change, for the log.
        requester_id: the requester who caused it, if any.
        reason: a reason category, if the user gave one.
        note: a free note for the log.
        now: the moment of the change (tests pass it).

    Returns:
        The moved task and any neighbours renumbered to make room. When
        nothing changes, nothing is written or logged.
    """
    now = now or utc_now()
    with uow:
        moved = _move_in(
            uow, task_id, quadrant, before_id, due_at, cause, requester_id, reason, note, now
        )
        uow.commit()
    return moved


def _move_in(
    uow: UnitOfWork,
    task_id: int,
    quadrant: Quadrant | None,
    before_id: int | Unchanged | None,
    due_at: datetime | Unchanged | None,
    cause: Cause,
    requester_id: int | None,
    reason: str | None,
    note: str,
    now: datetime,
) -> Moved:
    """The body of ``move``, for use cases that move inside a larger unit of work."""
    why = _Why(cause, requester_id, reason, note, now)
    return _relocate(uow, uow.tasks.get(task_id), quadrant, before_id, due_at, why).moved


@dataclass(frozen=True, slots=True)
class _Why:
    """What a move's log entry says besides the change itself."""

    cause: Cause
    requester_id: int | None
    reason: str | None
    note: str
    at: datetime


@dataclass(frozen=True, slots=True)
class _Relocated:
    """A move, and the id of the task now right after it (UNCHANGED: it kept its place)."""

    moved: Moved
    following: int | Unchanged | None


def _relocate(
    uow: UnitOfWork,
    task: Task,
    quadrant: Quadrant | None,
    before_id: int | Unchanged | None,
    due_at: datetime | Unchanged | None,
    why: _Why,
    home: Sequence[tuple[int, int]] | None = None,
) -> _Relocated:
    """Move ``task`` (as read in this unit of work) and log it; nothing when nothing changes.

    ``home`` is its quadrant's order when the caller read it already: each
    quadrant is read at most once per move (docs/performance.md).
    """
    assert task.id is not None
    target = quadrant or task.quadrant
    new_due = task.due_at if isinstance(due_at, Unchanged) else validate_due(due_at)
    moved = replace(task.with_quadrant(target), due_at=new_due)
    shifted: tuple[Task, ...] = ()
    following: int | Unchanged | None = UNCHANGED
    changes_quadrant = target != task.quadrant
    if changes_quadrant or not isinstance(before_id, Unchanged):
        reuse = home is not None and not changes_quadrant
        places = home if reuse and home is not None else uow.tasks.places_in(target)
        if changes_quadrant or _next_id(places, task.id) != before_id:
            anchor = None if isinstance(before_id, Unchanged) else before_id
            position, shifted, following = _position_before(uow, target, places, anchor, task.id)
            moved = replace(moved, position=position)
    if moved == task:
        return _Relocated(Moved(task), UNCHANGED)
    uow.tasks.update(moved)
    uow.log.append(
        Reprioritisation(
            task_id=task.id,
            at=why.at,
            from_quadrant=task.quadrant,
            to_quadrant=target,
            cause=why.cause,
            from_due=task.due_at,
            to_due=new_due,
            requester_id=why.requester_id,
            reason_category=why.reason,
            note=why.note,
        )
    )
    return _Relocated(Moved(moved, shifted), following)


def move_in(
    uow: UnitOfWork,
    task_id: int,
    quadrant: Quadrant | None = None,
    *,
    before_id: int | Unchanged | None = UNCHANGED,
    due_at: datetime | Unchanged | None = UNCHANGED,
    cause: Cause = Cause.SELF,
    requester_id: int | None = None,
    reason: str | None = None,
    note: str = "",
    now: datetime,
) -> Moved:
    """``move`` inside a unit of work the caller holds and commits (keyword form of _move_in)."""
    return _move_in(
        uow, task_id, quadrant, before_id, due_at, cause, requester_id, reason, note, now
    )


@dataclass(frozen=True, slots=True)
class PlacedMove:
    """A move, with the task's place before and after it: what an undoable move records."""

    moved: Moved
    before: Place
    after: Place


def move_placed(
    uow: UnitOfWork,
    task_id: int,
    quadrant: Quadrant | None,
    *,
    before_id: int | Unchanged | None = UNCHANGED,
    cause: Cause = Cause.SELF,
    now: datetime | None = None,
) -> PlacedMove:
    """``move``, also reading where the task stood before and stands after, in one transaction.

    The undo command needs both places; one unit of work instead of three
    keeps a drag or a Ctrl+1…4 within a frame, and the place after is known
    from the placing itself rather than read back (docs/performance.md).
    """
    why = _Why(cause, None, None, "", now or utc_now())
    with uow:
        task = uow.tasks.get(task_id)
        home = uow.tasks.places_in(task.quadrant)
        before = Place(task.quadrant, _next_id(home, task_id))
        relocated = _relocate(uow, task, quadrant, before_id, UNCHANGED, why, home)
        moved = relocated.moved.task
        if isinstance(relocated.following, Unchanged):
            after = before
        else:  # a task outside the matrix (done, deleted) has no neighbours there
            after = Place(moved.quadrant, relocated.following if moved.in_matrix else None)
        uow.commit()
    return PlacedMove(relocated.moved, before, after)


def place_in(uow: UnitOfWork, task_id: int) -> Place:
    """``place_of`` inside a unit of work the caller holds."""
    task = uow.tasks.get(task_id)
    return Place(task.quadrant, _following_id(uow, task))


def place_of(uow: UnitOfWork, task_id: int) -> Place:
    """Where a task stands now, so that undo can put it back exactly there."""
    with uow:
        task = uow.tasks.get(task_id)
        return Place(task.quadrant, _following_id(uow, task))


def _following_id(uow: UnitOfWork, task: Task) -> int | None:
    """The id of the task right after ``task`` in its quadrant; None when it is last."""
    assert task.id is not None
    return _next_id(uow.tasks.places_in(task.quadrant), task.id)


def _next_id(places: Sequence[tuple[int, int]], task_id: int) -> int | None:
    """The id after ``task_id`` in a quadrant's (id, position) order; None when last or absent."""
    siblings = [place_id for place_id, _ in places]
    if task_id not in siblings:
        return None
    index = siblings.index(task_id)
    return siblings[index + 1] if index + 1 < len(siblings) else None


def edit(
    uow: UnitOfWork,
    task_id: int,
    *,
    title: str,
    notes: str,
    requester_name: str | None,
    due_at: datetime | None,
    quadrant: Quadrant,
    effort_minutes: int | None,
    before_id: int | Unchanged | None = UNCHANGED,
    cause: Cause = Cause.SELF,
    now: datetime | None = None,
) -> Moved:
    """Change a task's fields; a new quadrant, place or due date goes through the log.

    ``before_id`` lets undo put an edited task back exactly where it stood.
    """
    now = now or utc_now()
    with uow:
        task = uow.tasks.get(task_id)
        requester = requester_in(uow, requester_name, now)
        edited = replace(
            task,
            title=clean_title(title),
            notes=clean_notes(notes),
            requester_id=requester.id if requester else None,
            requester_name=requester.name if requester else "",
            effort_minutes=clean_effort(effort_minutes),
        )
        if edited != task:
            uow.tasks.update(edited)
        target = None if quadrant == task.quadrant else quadrant
        moved = _move_in(uow, task_id, target, before_id, due_at, cause, None, None, "", now)
        uow.commit()
    return moved


def complete(uow: UnitOfWork, task_id: int, now: datetime | None = None) -> Task:
    """Mark a task done: it leaves the matrix and stays findable."""
    return _set_status(uow, task_id, TaskStatus.DONE, now or utc_now())


def reopen(uow: UnitOfWork, task_id: int) -> Task:
    """Put a done, dropped or waiting task back in the matrix as open, where it stood."""
    return _set_status(uow, task_id, TaskStatus.OPEN, utc_now())


def set_status(
    uow: UnitOfWork,
    task_id: int,
    status: TaskStatus,
    now: datetime | None = None,
) -> Task:
    """Give a task a status directly (undo uses this to restore an exact state)."""
    return _set_status(uow, task_id, status, now or utc_now())


def _set_status(uow: UnitOfWork, task_id: int, status: TaskStatus, now: datetime) -> Task:
    with uow:
        task = uow.tasks.get(task_id)
        changed = status_in(uow, task_id, status, now)
        if changed != task:
            uow.commit()
    return changed


def status_in(
    uow: UnitOfWork,
    task_id: int,
    status: TaskStatus,
    now: datetime,
    *,
    waiting_until: datetime | Unchanged | None = UNCHANGED,
) -> Task:
    """The body of ``set_status``, for use cases that hold a unit of work (replies).

    A finished task keeps its first completion moment; an unfinished one has
    none. ``waiting_until`` sets when a waiting task is due back.
    """
    task = uow.tasks.get(task_id)
    finished = status in (TaskStatus.DONE, TaskStatus.DROPPED)
    changed = replace(
        task,
        status=status,
        completed_at=(task.completed_at or now) if finished else None,
    )
    if not isinstance(waiting_until, Unchanged):
        changed = replace(changed, waiting_until=validate_due(waiting_until))
    if changed != task:
        uow.tasks.update(changed)
    return changed


def delete(uow: UnitOfWork, task_id: int, now: datetime | None = None) -> Task:
    """Delete a task softly: it disappears everywhere but can be restored."""
    now = now or utc_now()
    with uow:
        task = uow.tasks.get(task_id)
        deleted = replace(task, deleted_at=task.deleted_at or now)
        uow.tasks.update(deleted)
        uow.commit()
    return deleted


def restore(uow: UnitOfWork, task_id: int) -> Task:
    """Bring back a deleted task, with its place and history intact."""
    with uow:
        task = uow.tasks.get(task_id)
        restored = replace(task, deleted_at=None)
        uow.tasks.update(restored)
        uow.commit()
    return restored


def purge_deleted(
    uow: UnitOfWork, older_than: timedelta = timedelta(0), now: datetime | None = None
) -> int:
    """Empty the bin: remove for good the tasks deleted at least ``older_than`` ago.

    Unlike ``delete`` this cannot be undone. The task goes with its log rows
    and the replies about it, so its title and notes leave the database file
    (docs/reliability.md); requesters stay. Returns how many tasks went.
    """
    if older_than < timedelta(0):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The age of deleted tasks cannot be negative."),
            where="older_than",
        )
    cutoff = (now or utc_now()) - older_than
    with uow:
        purged = uow.tasks.purge_deleted(cutoff)
        uow.commit()
    return purged


def urgency_horizon(uow: UnitOfWork) -> int:
    """The urgency horizon in working days, from the settings."""
    with uow:
        return urgency_horizon_in(uow)


def urgency_horizon_in(uow: UnitOfWork) -> int:
    """``urgency_horizon`` inside a unit of work the caller holds."""
    return horizon_from_setting(uow.settings.get(URGENCY_HORIZON_KEY))


def horizon_from_setting(raw: str | None) -> int:
    """The stored urgency horizon as working days: 0 to 30, the default when unset or unreadable."""
    try:
        return max(0, min(30, int(raw))) if raw is not None else DEFAULT_URGENCY_HORIZON_DAYS
    except ValueError:
        return DEFAULT_URGENCY_HORIZON_DAYS


def escalation_pending(
    tasks: Iterable[Task], horizon_setting: str | None, now: datetime | None = None
) -> bool:
    """Whether ``escalate_deadlines`` would move any of these matrix tasks.

    Start-up asks this of the tasks it read before the database layer loads:
    when nothing is due, it shows them at once (see app.py).
    """
    now = now or utc_now()
    horizon = horizon_from_setting(horizon_setting)
    cutoff = end_of_local_day(urgency_cutoff(local_today(now), horizon))
    return any(
        task.in_matrix and not task.urgent and task.due_at is not None and task.due_at <= cutoff
        for task in tasks
    )


def escalate_deadlines(uow: UnitOfWork, now: datetime | None = None) -> list[Moved]:
    """Make every task whose due date entered the urgency horizon urgent, logged as "deadline".

    Runs at start and whenever the local day changes.
    """
    now = now or utc_now()
    cutoff = end_of_local_day(urgency_cutoff(local_today(now), urgency_horizon(uow)))
    moves: list[Moved] = []
    with uow:
        for task in uow.tasks.due_not_urgent(cutoff):
            assert task.id is not None
            target = Quadrant.of(urgent=True, important=task.important)
            moves.append(
                _move_in(
                    uow,
                    task.id,
                    target,
                    UNCHANGED,
                    UNCHANGED,
                    Cause.DEADLINE,
                    None,
                    None,
                    "",
                    now,
                )
            )
        uow.commit()
    return moves


def matrix_tasks(uow: UnitOfWork) -> Sequence[Task]:
    """Everything the matrix shows, in order."""
    with uow:
        return uow.tasks.in_matrix()


def finished_tasks(uow: UnitOfWork, limit: int = 2000) -> Sequence[Task]:
    """Done and dropped tasks, newest first, for the "done" view."""
    with uow:
        return uow.tasks.finished(limit)


def history(uow: UnitOfWork, task_id: int) -> Sequence[Reprioritisation]:
    """A task's reprioritisations, oldest first."""
    with uow:
        return uow.log.for_task(task_id)


def get_task(uow: UnitOfWork, task_id: int) -> Task:
    """One task, as stored now."""
    with uow:
        return uow.tasks.get(task_id)


def requesters(uow: UnitOfWork) -> Sequence[Requester]:
    """Every requester, by name."""
    with uow:
        return uow.requesters.all()


def requester_in(uow: UnitOfWork, name: str | None, now: datetime) -> Requester | None:
    """The requester with this name, created on the fly when new; None for no name."""
    if name is None or not name.strip():
        return None
    cleaned = clean_name(name)
    existing = uow.requesters.find_by_name(cleaned)
    if existing is not None:
        return existing
    return uow.requesters.add(Requester(name=cleaned, created_at=now))


def _end_position(uow: UnitOfWork, quadrant: Quadrant) -> int:
    siblings = uow.tasks.places_in(quadrant)
    return (siblings[-1][1] + POSITION_GAP) if siblings else POSITION_GAP


def _position_before(
    uow: UnitOfWork,
    quadrant: Quadrant,
    order: Sequence[tuple[int, int]],
    before_id: int | None,
    exclude: int,
) -> tuple[int, tuple[Task, ...], int | None]:
    """A position just before ``before_id`` (or last), renumbering when there is no room.

    Args:
        uow: the unit of work, for renumbering.
        quadrant: the quadrant the task goes to.
        order: that quadrant's (id, position) order, as ``places_in`` read it.
        before_id: the task to go before; None (or one not there) puts it last.
        exclude: the task being placed.

    Returns:
        The position, the siblings whose positions had to change, and the id
        of the task that now follows (None: it is last).
    """
    places = [place for place in order if place[0] != exclude]
    ids = [task_id for task_id, _ in places]
    # A neighbour that has left the quadrant since (undo of an old move) puts the task last.
    index = ids.index(before_id) if before_id in ids else len(places)
    low = places[index - 1][1] if index > 0 else 0
    if index == len(places):
        return low + POSITION_GAP, (), None
    high = places[index][1]
    if high - low >= 2:
        return (low + high) // 2, (), ids[index]
    # No room: renumber the quadrant (rare; only now are whole tasks read).
    siblings = [t for t in uow.tasks.in_quadrant(quadrant) if t.id != exclude]
    shifted = []
    for rank, sibling in enumerate(siblings):
        slot = (rank + (1 if rank >= index else 0) + 1) * POSITION_GAP
        if sibling.position != slot:
            renumbered = replace(sibling, position=slot)
            uow.tasks.update(renumbered)
            shifted.append(renumbered)
    following = siblings[index].id if index < len(siblings) else None
    return (index + 1) * POSITION_GAP, tuple(shifted), following


def validate_due(due_at: datetime | None) -> datetime | None:
    """A due moment must carry a time zone; naive ones are a programming error."""
    if due_at is not None and due_at.tzinfo is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A due date needs a time zone."), where="due_at"
        )
    return due_at
