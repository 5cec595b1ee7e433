"""The example week: a realistic store to try Quadrant with, built through the use cases.

Everything is dated relative to ``now`` so the week always looks current:
some tasks are due soon, some overdue, and the log holds the week's
reprioritisations with their reasons.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, Requester
from quadrant.services import tasks
from quadrant.services.clock import utc_now
from quadrant.services.demo_reflection import add_demo_reflection, done_uids
from quadrant.services.demo_replies import add_demo_replies
from quadrant.services.ports import UnitOfWork, UnitOfWorkFactory

DEMO_UID_PREFIX = "demo:"

_REQUESTERS = (
    ("Marieke Jansen", "marieke.jansen@example.org", "Director",
     "Urgent means: needed before the board meets. Replies within a day."),
    ("Pieter de Boer", "pieter.deboer@example.org", "Finance manager",
     "Prefers a short call over long e-mails. Month-end close comes first."),
    ("Sanne Visser", "sanne.visser@example.org", "HR manager",
     "Agreed: new requests after 15:00 are planned for the next day."),
    ("Ahmed El Amrani", "ahmed.elamrani@example.org", "Project lead",
     "Weekly priorities are set together on Monday at 9:00."),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _DemoTask:
    en: str
    nl: str
    quadrant: Quadrant
    requester: int | None  # index into _REQUESTERS
    due_days: float | None  # relative to now; negative is overdue
    captured_days_ago: float
    effort: int | None = None


_TASKS = (
    _DemoTask("Board pack: collect the last two reports", "Bestuursstukken: laatste twee rapporten verzamelen", Quadrant.DO, 0, 0.3, 3, 90),
    _DemoTask("Reschedule the meeting with the auditor", "Overleg met de accountant verzetten", Quadrant.DO, 1, -0.5, 4, 15),
    _DemoTask("Travel to Brussels: book train and hotel", "Reis naar Brussel: trein en hotel boeken", Quadrant.DO, 0, 1, 2, 45),
    _DemoTask("Minutes of Monday's management team", "Notulen managementteam van maandag", Quadrant.DO, 3, -1, 5, 60),
    _DemoTask("Sign-off list for month-end close", "Aftekenlijst maandafsluiting", Quadrant.DO, 1, 0.8, 1, 30),
    _DemoTask("Prepare onboarding of two new colleagues", "Onboarding van twee nieuwe collega's voorbereiden", Quadrant.PLAN, 2, 9, 6, 120),
    _DemoTask("Propose a new filing structure for the team drive", "Nieuwe mappenstructuur voor de teamschijf voorstellen", Quadrant.PLAN, None, 14, 10, 180),
    _DemoTask("Annual planning: block focus time for Q1", "Jaarplanning: focustijd voor Q1 blokken", Quadrant.PLAN, 0, 20, 4, 60),
    _DemoTask("Learn the new expense tool before roll-out", "Nieuwe declaratietool leren vóór de uitrol", Quadrant.PLAN, None, 12, 8, 90),
    _DemoTask("Draft agenda template for project meetings", "Agendasjabloon voor projectoverleg opstellen", Quadrant.PLAN, 3, 7, 3, 45),
    _DemoTask("Write a checklist for the secretarial pool", "Checklist voor de secretariaatspool schrijven", Quadrant.PLAN, None, None, 12, 120),
    _DemoTask("Order flowers for a colleague's farewell", "Bloemen bestellen voor het afscheid van een collega", Quadrant.DELEGATE, 2, 1, 1, 10),
    _DemoTask("Find a meeting room for eight on Thursday", "Vergaderruimte voor acht personen op donderdag vinden", Quadrant.DELEGATE, 3, 2, 2, 15),
    _DemoTask("Forward the supplier's invoice questions", "Factuurvragen van de leverancier doorsturen", Quadrant.DELEGATE, 1, 0.5, 1, 10),
    _DemoTask("Reply to the conference invitation", "Reageren op de uitnodiging voor het congres", Quadrant.DELEGATE, 0, 3, 2, 10),
    _DemoTask("Collect signatures for the leave forms", "Handtekeningen voor de verlofformulieren verzamelen", Quadrant.DELEGATE, 2, -2, 6, 20),
    _DemoTask("Re-format last year's newsletter archive", "Nieuwsbriefarchief van vorig jaar opnieuw opmaken", Quadrant.DROP, 3, None, 9, 240),
    _DemoTask("Research new coffee machines", "Nieuwe koffiemachines uitzoeken", Quadrant.DROP, None, None, 7, 60),
    _DemoTask("Count the stock of printed brochures", "Voorraad gedrukte brochures tellen", Quadrant.DROP, 1, 10, 5, 45),
    _DemoTask("Update the old intranet page about parking", "Oude intranetpagina over parkeren bijwerken", Quadrant.DROP, None, None, 11, 30),
    _DemoTask("Book the team outing for spring", "Teamuitje voor het voorjaar boeken", Quadrant.PLAN, 2, 30, 2, 60),
    _DemoTask("Check the director's diary for double bookings", "Agenda van de directeur op dubbele afspraken controleren", Quadrant.DO, 0, 0.2, 0.5, 20),
    _DemoTask("Send reminders for the quarterly figures", "Herinneringen voor de kwartaalcijfers versturen", Quadrant.DELEGATE, 1, 1.5, 0.8, 15),
    _DemoTask("Archive last quarter's project folders", "Projectmappen van vorig kwartaal archiveren", Quadrant.DROP, 3, 21, 3, 90),
    _DemoTask("Prepare the one-to-one with my manager", "Mijn een-op-een met mijn leidinggevende voorbereiden", Quadrant.PLAN, 0, 4, 1, 30),
)  # fmt: skip

# (task index, target quadrant, requester index or None, days ago, note)
_MOVES = (
    (1, Quadrant.DO, 1, 2.5, "Auditor moved the date; Pieter needs it sorted first."),
    (2, Quadrant.DO, 0, 1.2, "Marieke's trip became definite."),
    (12, Quadrant.DELEGATE, 3, 1.5, "Asked facilities to help."),
    (18, Quadrant.DROP, None, 3, "Nobody reads the printed count; let it go."),
    (7, Quadrant.PLAN, None, 2, "Own planning: protect Q1 focus time."),
)


def fill_demo(
    new_uow: UnitOfWorkFactory,
    *,
    language: str = "en",
    force: bool = False,
    now: datetime | None = None,
) -> int:
    """Fill the store with the example week; returns the number of tasks added.

    Args:
        new_uow: returns a fresh unit of work (one per action).
        language: "en" or "nl": the language of the example texts.
        force: add the example even when the store already holds tasks.
        now: the moment the week is built around (tests pass it).

    Raises:
        ValidationError: the store is not empty and ``force`` is not set.
    """
    now = now or utc_now()
    with new_uow() as uow:
        existing = uow.tasks.count_all()
    if existing and not force:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The store already holds tasks; use --force to add the example week anyway.",
            )
        )
    _add_requesters(new_uow(), now)
    ids: list[int] = []
    for number, spec in enumerate(_TASKS):
        captured = now - timedelta(days=spec.captured_days_ago)
        task = tasks.capture(
            new_uow(),
            spec.nl if language == "nl" else spec.en,
            quadrant=_first_quadrant(spec),
            requester_name=_REQUESTERS[spec.requester][0] if spec.requester is not None else None,
            due_at=now + timedelta(days=spec.due_days) if spec.due_days is not None else None,
            effort_minutes=spec.effort,
            now=captured,
        )
        assert task.id is not None
        _mark_demo(new_uow(), task.id, number)
        ids.append(task.id)
    _replay_moves(new_uow, ids, now)
    add_demo_replies(new_uow, now, language)
    add_demo_reflection(new_uow, now, language)  # finished tasks and answers: not counted
    return len(ids)


def _first_quadrant(spec: _DemoTask) -> Quadrant:
    """Where a moved task stood before its logged move."""
    for index, target, _requester, _days, _note in _MOVES:
        if _TASKS[index] is spec and target == spec.quadrant:
            return Quadrant.PLAN if spec.quadrant is Quadrant.DO else Quadrant.DO
    return spec.quadrant


def _replay_moves(new_uow: UnitOfWorkFactory, ids: list[int], now: datetime) -> None:
    with new_uow() as uow:
        requester_ids = {r.name: r.id for r in uow.requesters.all()}
    for index, target, requester, days_ago, note in _MOVES:
        requester_id = (
            requester_ids.get(_REQUESTERS[requester][0]) if requester is not None else None
        )
        tasks.move(
            new_uow(),
            ids[index],
            target,
            cause=Cause.REQUESTER if requester is not None else Cause.SELF,
            requester_id=requester_id,
            reason="manager_changed_priority" if requester is not None else "own_planning",
            note=note,
            now=now - timedelta(days=days_ago),
        )


def _add_requesters(uow: UnitOfWork, now: datetime) -> None:
    with uow:
        for name, email, role, agreements in _REQUESTERS:
            if uow.requesters.find_by_name(name) is None:
                uow.requesters.add(
                    Requester(name=name, email=email, role=role, agreements=agreements,
                              created_at=now - timedelta(days=30))
                )  # fmt: skip
        uow.commit()


def _mark_demo(uow: UnitOfWork, task_id: int, number: int) -> None:
    """Tag a task as example data, so it can be found and cleared later."""
    with uow:
        task = uow.tasks.get(task_id)
        uow.tasks.update(replace(task, external_uid=f"{DEMO_UID_PREFIX}{number}"))
        uow.commit()


def example_requesters() -> list[Requester]:
    """The requesters the example week adds, as it adds them (ids and dates left out).

    Removing the example compares with these: a requester whose details the
    user changed is hers now and stays.
    """
    return [
        Requester(name=name, email=email, role=role, agreements=agreements)
        for name, email, role, agreements in _REQUESTERS
    ]


def demo_uids() -> list[str]:
    """The external UIDs the example week gives its tasks."""
    return [f"{DEMO_UID_PREFIX}{number}" for number in range(len(_TASKS))] + done_uids()
