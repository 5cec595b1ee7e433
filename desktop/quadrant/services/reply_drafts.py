"""Drafting a boundary reply: what the dialog needs to know before a word is written.

Reads, never writes (except the signature name): the task, its requester and
agreements, the current load, and which tasks a "yes, if…" should offer to
move. Which tasks those are: the lowest-priority urgent open tasks, that is
the *last* ones in the reading order DO (by position), then DELEGATE (by
position). The bottom of "delegate or negotiate" is what a manager gives up
most easily; "do now" is touched only when that runs out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Final, TypeVar

from quadrant.domain.matrix import Quadrant, add_working_days
from quadrant.domain.replies import Language, ReplyContext, ReplyKind, Tone, effect_of
from quadrant.domain.task import Requester, Task, TaskStatus
from quadrant.services import tasks
from quadrant.services.clock import local_today, utc_now
from quadrant.services.ports import UnitOfWork

MY_NAME_KEY: Final = "my_name"
"""Setting: the assistant's name, signed under replies."""
LANGUAGE_KEY: Final = "reply_language"
TONE_KEY: Final = "reply_tone"
"""Settings: the language and tone of the last reply sent, offered first next time."""
DEFAULT_SUGGESTIONS: Final = 2
MAX_SUGGESTIONS: Final = 3
ASSUMED_EFFORT_MINUTES: Final = 30
"""Effort counted for a task without an estimate when choosing what to displace."""
FOLLOW_UP_WORKING_DAYS: Final = 3


@dataclass(frozen=True, slots=True)
class ReplyInputs:
    """Everything the reply dialog needs from storage, read once when it opens."""

    task: Task
    requester: Requester | None
    urgent_open: tuple[Task, ...]
    """Other urgent open tasks, highest priority first (DO, then DELEGATE, by position)."""
    candidates: tuple[Task, ...]
    """What may give way: the other open tasks that compete for time — urgent ones
    (as in ``urgent_open``), then Plan. Tasks in Drop compete with nothing."""
    suggested: tuple[Task, ...]
    """The tasks a yes-if proposes to displace at first."""
    my_name: str | None
    today: date
    horizon_days: int
    last_language: Language | None = None
    last_tone: Tone | None = None

    def context(
        self,
        *,
        alternative_date: date | None = None,
        displaced: Iterable[Task] = (),
        delegate_to: str | None = None,
        my_name: str | None = None,
    ) -> ReplyContext:
        """The placeholder context for the dialog's current choices."""
        return ReplyContext(
            requester=self.requester.name if self.requester else self.task.requester_name,
            task=self.task.title,
            today=self.today,
            due_date=local_today(self.task.due_at) if self.task.due_at else None,
            alternative_date=alternative_date,
            urgent_open_count=len(self.urgent_open),
            displaced_tasks=tuple(t.title for t in displaced),
            delegate_to=delegate_to,
            my_name=my_name if my_name is not None else self.my_name,
            agreement=(self.requester.agreements or None) if self.requester else None,
        )


def reply_inputs(uow: UnitOfWork, task_id: int, now: datetime | None = None) -> ReplyInputs:
    """Read the task, its requester, the current load and the suggestions, in one go."""
    now = now or utc_now()
    with uow:
        task = uow.tasks.get(task_id)
        requester = uow.requesters.get(task.requester_id) if task.requester_id else None
        others = [t for t in uow.tasks.in_matrix() if t.id != task_id]
        my_name = uow.settings.get(MY_NAME_KEY)
        horizon = tasks.urgency_horizon_in(uow)
        language = _member(Language, uow.settings.get(LANGUAGE_KEY))
        tone = _member(Tone, uow.settings.get(TONE_KEY))
    open_others = tuple(t for t in others if t.status is TaskStatus.OPEN)
    urgent = tuple(
        t for q in (Quadrant.DO, Quadrant.DELEGATE) for t in open_others if t.quadrant is q
    )
    planned = tuple(t for t in open_others if t.quadrant is Quadrant.PLAN)
    return ReplyInputs(
        task=task,
        requester=requester,
        urgent_open=urgent,
        candidates=urgent + planned,
        suggested=suggest_displaced(task, urgent),
        my_name=my_name.strip() or None if my_name else None,
        today=local_today(now),
        horizon_days=horizon,
        last_language=language,
        last_tone=tone,
    )


_E = TypeVar("_E", Language, Tone)


def _member(enum: type[_E], raw: str | None) -> _E | None:
    """A stored setting as an enum member; anything unknown counts as unset."""
    try:
        return enum(raw) if raw is not None else None
    except ValueError:
        return None


def suggest_displaced(task: Task, urgent_open: tuple[Task, ...]) -> tuple[Task, ...]:
    """The lowest-priority urgent tasks to give up for ``task``.

    Taken from the end of ``urgent_open`` (highest priority first). With an
    effort estimate on the new task, enough tasks to free that much time (a
    task without estimate counts as 30 minutes), at least one and at most
    three; without one, two.
    """
    lowest_first = [t for t in reversed(urgent_open) if t.id != task.id]
    if task.effort_minutes is None:
        return tuple(lowest_first[:DEFAULT_SUGGESTIONS])
    chosen: list[Task] = []
    freed = 0
    for candidate in lowest_first[:MAX_SUGGESTIONS]:
        if chosen and freed >= task.effort_minutes:
            break
        chosen.append(candidate)
        freed += candidate.effort_minutes or ASSUMED_EFFORT_MINUTES
    return tuple(chosen)


def draft_context(
    uow: UnitOfWork,
    task_id: int,
    *,
    alternative_date: date | None = None,
    displaced_ids: Iterable[int] | None = None,
    delegate_to: str | None = None,
    now: datetime | None = None,
) -> ReplyContext:
    """The placeholder context for a reply about ``task_id``.

    ``displaced_ids`` None takes the suggestions (see :func:`suggest_displaced`).
    """
    inputs = reply_inputs(uow, task_id, now)
    if displaced_ids is None:
        displaced: tuple[Task, ...] = inputs.suggested
    else:
        wanted = list(displaced_ids)
        by_id = {t.id: t for t in inputs.candidates}
        displaced = tuple(by_id[i] for i in wanted if i in by_id)
    return inputs.context(
        alternative_date=alternative_date, displaced=displaced, delegate_to=delegate_to
    )


def default_follow_up(kind: ReplyKind, today: date) -> date | None:
    """When to check back on a reply of ``kind``: three working days for a delegation."""
    return add_working_days(today, FOLLOW_UP_WORKING_DAYS) if effect_of(kind).follow_up else None


def start_of_local_day(day: date) -> datetime:
    """Midnight at the start of a local day, as an aware moment: when a follow-up comes due."""
    return datetime.combine(day, time(0, 0)).astimezone()


def set_my_name(uow: UnitOfWork, name: str) -> None:
    """Remember the name to sign replies with."""
    with uow:
        uow.settings.put(MY_NAME_KEY, " ".join(name.split())[:200])
        uow.commit()
