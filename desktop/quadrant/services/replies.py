"""Boundary-reply use cases: send (apply the effect), undo, outcome, follow-ups.

Sending is one unit of work: the Reply row and every change it makes to the
matrix commit together or not at all. Quadrant and due-date changes go
through ``tasks.move_in`` with cause "reply", so the reprioritisation log
sees each of them; status changes go through ``tasks.status_in``.

Drafting (the context, the current load, which tasks to offer to move) lives
in services.reply_drafts; its names are re-exported here so callers need one
module for the whole reply feature.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Final

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.matrix import Quadrant, is_due_soon
from quadrant.domain.replies import (
    DisplacedFate,
    Language,
    ReplyContext,
    ReplyKind,
    ReplyOutcome,
    TaskFate,
    Tone,
    effect_of,
    missing_inputs,
)
from quadrant.domain.reply_record import Reply
from quadrant.domain.task import Cause, Task, TaskStatus
from quadrant.services import tasks
from quadrant.services.clock import end_of_local_day, local_today, utc_now
from quadrant.services.ports import UnitOfWork
from quadrant.services.reply_drafts import (
    LANGUAGE_KEY,
    MY_NAME_KEY,
    TONE_KEY,
    ReplyInputs,
    default_follow_up,
    draft_context,
    reply_inputs,
    set_my_name,
    start_of_local_day,
    suggest_displaced,
)
from quadrant.services.tasks import Moved, Place

__all__ = [
    "LANGUAGE_KEY",
    "MY_NAME_KEY",
    "TONE_KEY",
    "DisplacedAction",
    "DisplacedChoice",
    "ReplyInputs",
    "ReplyResult",
    "SentReply",
    "TaskSnapshot",
    "default_follow_up",
    "draft_context",
    "follow_ups_due",
    "record_outcome",
    "replies_for_task",
    "reply_inputs",
    "send_reply",
    "set_my_name",
    "start_of_local_day",
    "suggest_displaced",
    "undo_reply",
]

FOLLOW_UP_LIMIT: Final = 500
"""Most follow-ups listed at once."""


class DisplacedAction(StrEnum):
    """What a "yes, if…" reply does to one displaced task."""

    MOVE = "move"
    """To another quadrant; by default the not-urgent one of the same importance."""
    RESCHEDULE = "reschedule"
    """To a later due date; the quadrant follows from the date and the urgency horizon."""
    DROP = "drop"
    """Let go: the task is dropped."""


@dataclass(frozen=True, slots=True)
class DisplacedChoice:
    """One displaced task and what happens to it (ask-to-choose ignores the action)."""

    task_id: int
    action: DisplacedAction = DisplacedAction.MOVE
    quadrant: Quadrant | None = None
    due_date: date | None = None


@dataclass(frozen=True, slots=True)
class SentReply:
    """A reply the user marks as sent: the text and every choice that shapes its effect."""

    task_id: int
    kind: ReplyKind
    tone: Tone
    language: Language
    subject: str
    body: str
    template_id: int | None = None
    alternative_date: date | None = None
    displaced: tuple[DisplacedChoice, ...] = ()
    delegate_to: str = ""
    follow_up: date | None = None


@dataclass(frozen=True, slots=True)
class TaskSnapshot:
    """A task exactly as it was before a reply touched it, and where it stood."""

    task: Task
    place: Place


@dataclass(frozen=True, slots=True)
class ReplyResult:
    """What sending did: the stored reply, the tasks before, and every task after.

    ``changed`` includes neighbours renumbered to make room, so the UI can
    publish all of them; ``draft`` is kept so redo can send it again.
    """

    reply: Reply
    before: tuple[TaskSnapshot, ...]
    changed: tuple[Task, ...]
    draft: SentReply


def send_reply(uow: UnitOfWork, draft: SentReply, now: datetime | None = None) -> ReplyResult:
    """Record a sent reply and apply its effect to the matrix, in one unit of work.

    decline → the task is dropped; postpone → the alternative date becomes
    its due date and the quadrant follows from it; yes-if → each displaced
    task moves, is rescheduled or dropped as chosen; delegate → the task
    waits until the follow-up date; hand back → it waits on the requester;
    ask-to-choose → it and the listed tasks wait for a decision.

    Raises:
        ValidationError: an input the kind needs is missing, the task is no
            longer in the matrix, or a displaced task is unusable. Nothing changes.
        NotFoundError: the task or a displaced task does not exist.
    """
    now = now or utc_now()
    today = local_today(now)
    kind = ReplyKind(draft.kind)
    with uow:
        task = uow.tasks.get(draft.task_id)
        displaced = _check(uow, draft, task, today)
        # An accepted task (yes-if) stays as it is; every other kind changes it.
        keeps_task = effect_of(kind).task is TaskFate.ACCEPTED
        touched = [*([] if keeps_task else [task]), *displaced]
        before = tuple(TaskSnapshot(t, tasks.place_in(uow, _id(t))) for t in touched)
        follow_up = draft.follow_up or default_follow_up(kind, today)
        follow_up_at = start_of_local_day(follow_up) if follow_up else None
        moved = _apply(uow, draft, task, displaced, follow_up_at, today, now)
        reply = uow.replies.add(
            Reply(
                task_id=task.id,
                requester_id=task.requester_id,
                template_id=draft.template_id,
                kind=kind,
                tone=Tone(draft.tone),
                language=Language(draft.language),
                subject=" ".join(draft.subject.split()),
                body=draft.body,
                at=now,
                follow_up_at=follow_up_at,
            )
        )
        changed = _final_states(uow, [t.id for t in touched], moved)
        uow.settings.put(LANGUAGE_KEY, reply.language.value)
        uow.settings.put(TONE_KEY, reply.tone.value)
        uow.commit()
    return ReplyResult(reply, before, changed, draft)


def _id(task: Task) -> int:
    assert task.id is not None
    return task.id


def _check(uow: UnitOfWork, draft: SentReply, task: Task, today: date) -> tuple[Task, ...]:
    """Refuse a reply that cannot be applied; return the displaced tasks."""
    if not task.in_matrix:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“{title}” is no longer open, so there is nothing to reply to."
            ),
            params={"title": task.title},
        )
    if not draft.body.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The reply has no text."), "body")
    uses_displaced = effect_of(draft.kind).displaced is not DisplacedFate.UNCHANGED
    ids = [c.task_id for c in draft.displaced] if uses_displaced else []
    if len(set(ids)) != len(ids) or task.id in ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Each displaced task can be listed once, and not the task itself."
            )
        )
    displaced = tuple(uow.tasks.get(i) for i in ids)
    for other in displaced:
        if not other.in_matrix:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{title}” is no longer open."),
                "displaced_tasks",
                params={"title": other.title},
            )
    context = ReplyContext(
        task=task.title,
        today=today,
        alternative_date=draft.alternative_date,
        displaced_tasks=tuple(t.title for t in displaced),
        delegate_to=draft.delegate_to,
    )
    missing = missing_inputs(draft.kind, context)
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This reply still needs: {missing}."),
            missing[0],
            params={"missing": ", ".join(missing)},
        )
    if draft.kind is ReplyKind.POSTPONE and draft.alternative_date is not None:
        _check_later(draft.alternative_date, today, "alternative_date")
    if draft.kind is ReplyKind.YES_IF:
        for choice in draft.displaced:
            if choice.action is DisplacedAction.RESCHEDULE:
                if choice.due_date is None:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors", "Choose the new date for each task that moves."
                        ),
                        "due",
                    )
                _check_later(choice.due_date, today, "due")
    return displaced


def _check_later(day: date, today: date, where: str) -> None:
    if day < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A new date cannot lie in the past."), where
        )


def _apply(
    uow: UnitOfWork,
    draft: SentReply,
    task: Task,
    displaced: tuple[Task, ...],
    follow_up_at: datetime | None,
    today: date,
    now: datetime,
) -> list[Moved]:
    """Change the tasks as the reply's kind says; returns the moves (for renumbered neighbours)."""
    kind = ReplyKind(draft.kind)
    task_id = _id(task)
    horizon = tasks.urgency_horizon_in(uow)
    moves: list[Moved] = []

    def move(target: Task, quadrant: Quadrant | None, due: date | None = None) -> None:
        moves.append(
            tasks.move_in(
                uow,
                _id(target),
                quadrant,
                due_at=end_of_local_day(due) if due is not None else tasks.UNCHANGED,
                cause=Cause.REPLY,
                requester_id=task.requester_id,
                now=now,
            )
        )

    def wait(target: Task) -> None:
        tasks.status_in(uow, _id(target), TaskStatus.WAITING, now, waiting_until=follow_up_at)

    if kind is ReplyKind.DECLINE:
        tasks.status_in(uow, task_id, TaskStatus.DROPPED, now)
    elif kind is ReplyKind.POSTPONE:
        assert draft.alternative_date is not None
        urgent = is_due_soon(draft.alternative_date, today, horizon)
        move(task, Quadrant.of(urgent=urgent, important=task.important), draft.alternative_date)
    elif kind is ReplyKind.YES_IF:
        for choice, other in zip(draft.displaced, displaced, strict=True):  # checked in _check
            if choice.action is DisplacedAction.DROP:
                tasks.status_in(uow, _id(other), TaskStatus.DROPPED, now)
            elif choice.action is DisplacedAction.RESCHEDULE:
                assert choice.due_date is not None
                urgent = is_due_soon(choice.due_date, today, horizon)
                move(other, Quadrant.of(urgent=urgent, important=other.important), choice.due_date)
            else:
                move(other, choice.quadrant or Quadrant.of(urgent=False, important=other.important))
    else:
        # delegate, hand back, ask-to-choose: the task waits; ask-to-choose holds the others too.
        wait(task)
        if kind is ReplyKind.ASK_TO_CHOOSE:
            for other in displaced:
                wait(other)
    return moves


def _final_states(
    uow: UnitOfWork, ids: Iterable[int | None], moves: Iterable[Moved]
) -> tuple[Task, ...]:
    """Every touched task as stored now, plus neighbours renumbered on the way; each once."""
    wanted: dict[int, None] = {}
    for moved in moves:
        for shifted in moved.shifted:
            wanted[_id(shifted)] = None
    for task_id in ids:
        if task_id is not None:
            wanted.pop(task_id, None)
            wanted[task_id] = None
    return tuple(uow.tasks.get(task_id) for task_id in wanted)


def undo_reply(
    uow: UnitOfWork, result: ReplyResult, now: datetime | None = None
) -> tuple[Task, ...]:
    """Take a sent reply back: forget its Reply row and put every task back exactly.

    Status, completion moment, waiting date, quadrant, due date and place in
    the quadrant are restored; places are logged as moves with cause "undo"
    (the log is append-only, so the reply's own entries stay, followed by
    their reversal). Deleting the Reply row is right here: undo means the
    reply was never sent.

    Returns:
        Every task as it is after the undo (neighbours renumbered included).
    """
    now = now or utc_now()
    with uow:
        if result.reply.id is not None:
            uow.replies.remove(result.reply.id)
        moves: list[Moved] = []
        for snapshot in _restore_order(result.before):
            original = snapshot.task
            task_id = _id(original)
            current = uow.tasks.get(task_id)
            uow.tasks.update(
                replace(
                    current,
                    status=original.status,
                    completed_at=original.completed_at,
                    waiting_until=original.waiting_until,
                )
            )
            moves.append(
                tasks.move_in(
                    uow,
                    task_id,
                    snapshot.place.quadrant,
                    before_id=snapshot.place.before_id,
                    due_at=original.due_at,
                    cause=Cause.UNDO,
                    requester_id=original.requester_id,
                    now=now,
                )
            )
        changed = _final_states(uow, [s.task.id for s in result.before], moves)
        uow.commit()
    return changed


def _restore_order(snapshots: tuple[TaskSnapshot, ...]) -> list[TaskSnapshot]:
    """Snapshots ordered so each task's right-hand neighbour is back before it is placed."""
    pending = list(snapshots)
    ordered: list[TaskSnapshot] = []
    while pending:
        waiting_ids = {s.task.id for s in pending}
        ready = next((s for s in pending if s.place.before_id not in waiting_ids), pending[0])
        ordered.append(ready)
        pending.remove(ready)
    return ordered


def record_outcome(
    uow: UnitOfWork, reply_id: int, outcome: ReplyOutcome, now: datetime | None = None
) -> Reply:
    """Record how the requester took a reply (pending clears an earlier answer)."""
    now = now or utc_now()
    outcome = ReplyOutcome(outcome)
    with uow:
        uow.replies.set_outcome(reply_id, outcome, None if outcome is ReplyOutcome.PENDING else now)
        reply = uow.replies.get(reply_id)
        uow.commit()
    return reply


def follow_ups_due(uow: UnitOfWork, now: datetime | None = None) -> list[Reply]:
    """Pending replies whose follow-up date has come, the oldest first."""
    with uow:
        return list(uow.replies.follow_ups_due(now or utc_now(), FOLLOW_UP_LIMIT))


def replies_for_task(uow: UnitOfWork, task_id: int) -> list[Reply]:
    """A task's replies, oldest first."""
    with uow:
        return list(uow.replies.for_task(task_id))
