"""Taking the example week out again: everything it added, nothing the user made.

What the example adds, and what removal does with each:

- its tasks (open and finished, tagged ``demo:…``), deleted or not: removed
  for good with their log rows and replies, including moves and replies the
  user made on them while trying the app — they are about example tasks;
- its four requesters: removed when they still carry the example's details
  and nothing that stays refers to them. A requester the user edited, or one
  her own tasks, moves or replies name, is hers and stays;
- its reflection answers: each answer that is still the example's text is
  removed; an answer she rewrote stays (the week keeps only her words, and a
  week left with none is no longer listed as reflected on);
- the signature "Sandra", when the example set it and she never changed it.

Everything happens in one unit of work. It cannot be undone: the rows are
gone from the file (see store/purge.py), so the UI asks first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from quadrant.domain.errors import ValidationError
from quadrant.domain.reflection import IsoWeek
from quadrant.domain.task import Requester
from quadrant.services.clock import utc_now
from quadrant.services.demo import demo_uids, example_requesters
from quadrant.services.demo_reflection import WEEK_MARK_KEY, is_example_answer
from quadrant.services.demo_replies import DEMO_SIGNATURE, SIGNATURE_MARK_KEY
from quadrant.services.ports import UnitOfWork
from quadrant.services.reply_drafts import MY_NAME_KEY


@dataclass(frozen=True, slots=True)
class ExampleRemoval:
    """What removing the example week took out.

    Attributes:
        task_ids: the example tasks removed for good (open, finished and deleted ones).
        requester_ids: the example requesters removed.
        answers: how many reflection answers were removed.
        kept_answers: example-week answers kept because the user rewrote them.
    """

    task_ids: tuple[int, ...] = ()
    requester_ids: tuple[int, ...] = ()
    answers: int = 0
    kept_answers: int = 0

    def __bool__(self) -> bool:
        return bool(self.task_ids or self.requester_ids or self.answers)


def has_example(uow: UnitOfWork) -> bool:
    """Whether any of the example week is still there: the File menu offers removal then.

    Cheap enough for every opening of the menu: one query for the tasks, one
    per example requester, and one week's answers.
    """
    with uow:
        if uow.tasks.by_external_uids(demo_uids()):
            return True
        if _unused_example_requesters(uow):
            return True
        week = _marked_week(uow)
        answers = uow.reflections.answers(week) if week is not None else None
        return any(is_example_answer(key, text) for key, text in (answers or {}).items())


def remove_example(uow: UnitOfWork, now: datetime | None = None) -> ExampleRemoval:
    """Remove everything the example week added and the user did not make her own.

    Args:
        uow: the unit of work; committed once.
        now: when the reflection answers that stay are saved.

    Returns:
        What was removed; falsy when there was nothing left of the example.
    """
    now = now or utc_now()
    with uow:
        found = uow.tasks.by_external_uids(demo_uids())
        task_ids = tuple(sorted(t.id for t in found.values() if t.id is not None))
        uow.example.purge_tasks(task_ids)
        requester_ids = tuple(_unused_example_requesters(uow))
        uow.example.remove_requesters(requester_ids)
        answers, kept = _remove_example_answers(uow, now)
        _forget_marks(uow)
        uow.commit()
    return ExampleRemoval(task_ids, requester_ids, answers, kept)


def _unused_example_requesters(uow: UnitOfWork) -> list[int]:
    """Ids of the requesters that still carry exactly the example's details, and serve nothing."""
    found = []
    for spec in example_requesters():
        stored = uow.requesters.find_by_name(spec.name)
        if stored is not None and stored.id is not None and _same_details(stored, spec):
            found.append(stored.id)
    return uow.example.unused_requesters(found)


def _same_details(stored: Requester, spec: Requester) -> bool:
    return (stored.name, stored.email, stored.role, stored.agreements) == (
        spec.name,
        spec.email,
        spec.role,
        spec.agreements,
    )


def _marked_week(uow: UnitOfWork) -> IsoWeek | None:
    label = uow.settings.get(WEEK_MARK_KEY)
    try:
        return IsoWeek.parse(label) if label else None
    except ValidationError:  # a hand-edited mark is no week: nothing to point at
        return None


def _remove_example_answers(uow: UnitOfWork, now: datetime) -> tuple[int, int]:
    """Drop the example's answers from every week; returns (removed, kept) counts.

    Every week is looked at, not only the marked one: a store filled before
    the mark existed has its example answers in the week it was filled.
    """
    removed = kept = 0
    for week in uow.reflections.weeks():
        answers = uow.reflections.answers(week) or {}
        own = {k: v for k, v in answers.items() if not is_example_answer(k, v)}
        if len(own) == len(answers):
            continue
        removed += len(answers) - len(own)
        kept += len(own)
        if any(text.strip() for text in own.values()):
            uow.reflections.save(week, own, now)
        else:
            uow.example.remove_reflection(week)
    return removed, kept


def _forget_marks(uow: UnitOfWork) -> None:
    """Take back the example's signature if it is unchanged, and its bookkeeping."""
    keys = [WEEK_MARK_KEY, SIGNATURE_MARK_KEY]
    if uow.settings.get(SIGNATURE_MARK_KEY) == DEMO_SIGNATURE == uow.settings.get(MY_NAME_KEY):
        keys.append(MY_NAME_KEY)
    uow.example.remove_settings(keys)
