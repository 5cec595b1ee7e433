"""The example week's look back: a few tasks finished in the past days, and a written reflection.

With these the reflection dialog of a first run has something to show: a
share of completed work per quadrant, focus time on planned work, and the
five questions answered the way a user might answer them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from quadrant.domain.matrix import Quadrant
from quadrant.services import tasks
from quadrant.services.clock import utc_now
from quadrant.services.ports import UnitOfWorkFactory
from quadrant.services.reflection import current_week, reflection_answers, save_reflection

DONE_UID_PREFIX = "demo:done-"
WEEK_MARK_KEY = "example_reflection_week"
"""The week the example answered, so the File menu knows there is something to remove."""


@dataclass(frozen=True, slots=True)
class _DoneTask:
    en: str
    nl: str
    quadrant: Quadrant
    requester: str | None
    captured_days_ago: float
    completed_days_ago: float
    effort: int


_DONE = (
    _DoneTask("Book the venue for the board dinner", "Locatie voor het bestuursdiner boeken",
              Quadrant.DO, "Marieke Jansen", 4, 2.2, 30),
    _DoneTask("Prepare the welcome packs for the new colleagues",
              "Welkomstpakketten voor de nieuwe collega's klaarmaken",
              Quadrant.PLAN, "Sanne Visser", 6, 1.1, 90),
    _DoneTask("Update the team's contact list", "Contactlijst van het team bijwerken",
              Quadrant.PLAN, None, 5, 0.6, 45),
    _DoneTask("Send the quarterly figures to the auditor",
              "Kwartaalcijfers naar de accountant sturen",
              Quadrant.DO, "Pieter de Boer", 3, 1.8, 20),
    _DoneTask("Collect the travel receipts for the expense claim",
              "Reisbonnen voor de declaratie verzamelen",
              Quadrant.DELEGATE, "Ahmed El Amrani", 2, 0.4, 15),
    _DoneTask("Draft the agenda for the team day", "Agenda voor de teamdag opstellen",
              Quadrant.PLAN, "Marieke Jansen", 7, 2.6, 60),
)  # fmt: skip

_ANSWERS = {
    "en": {
        "went_well": "Marieke's board pack was ready a day early, and the welcome packs for "
        "the two new colleagues were finished before Monday.",
        "learned": "When I say yes to a small job straight away, my planned work slips. "
        'Asking "by when do you need it?" first gave me room twice this week.',
        "added_value": "For Pieter: the auditor's questions were answered in one go. "
        "For Sanne: onboarding is ready without last-minute stress.",
        "influence": "I could change how requests reach me. The auditor's new date was not "
        "mine to change, so I let it go and planned around it.",
        "next_week": "Block two mornings for planned work, and say so in Monday's team meeting.",
    },
    "nl": {
        "went_well": "De bestuursstukken voor Marieke waren een dag eerder klaar, en de "
        "welkomstpakketten voor de twee nieuwe collega's lagen er vóór maandag.",
        "learned": "Als ik meteen ja zeg op een klein klusje, schuift mijn geplande werk op. "
        'Eerst vragen "wanneer heb je het nodig?" gaf me deze week twee keer ruimte.',
        "added_value": "Voor Pieter: de vragen van de accountant in één keer beantwoord. "
        "Voor Sanne: de onboarding staat klaar, zonder stress op het laatste moment.",
        "influence": "Hoe verzoeken bij mij binnenkomen, kon ik veranderen. De nieuwe datum "
        "van de accountant niet; die heb ik losgelaten en ik heb eromheen gepland.",
        "next_week": "Twee ochtenden vrijhouden voor gepland werk, en dat maandag in het "
        "teamoverleg zeggen.",
    },
}


def is_example_answer(key: str, text: str) -> bool:
    """Whether an answer is still the example's own words, in either language.

    Compared after trimming, so saving the dialog unchanged keeps it the
    example's; any edit of the words makes it the user's.
    """
    return any(answers.get(key, "").strip() == text.strip() for answers in _ANSWERS.values())


def done_uids() -> list[str]:
    """The external UIDs of the example week's finished tasks (removed with the example)."""
    return [f"{DONE_UID_PREFIX}{number}" for number in range(len(_DONE))]


def add_demo_reflection(
    new_uow: UnitOfWorkFactory, now: datetime | None = None, language: str = "en"
) -> int:
    """Add the finished example tasks and this week's example reflection; returns tasks added.

    A week that already has answers keeps them: the example never overwrites
    what the user wrote.
    """
    now = now or utc_now()
    added = 0
    for number, spec in enumerate(_DONE):
        task = tasks.capture(
            new_uow(),
            spec.nl if language == "nl" else spec.en,
            quadrant=spec.quadrant,
            requester_name=spec.requester,
            effort_minutes=spec.effort,
            now=now - timedelta(days=spec.captured_days_ago),
        )
        assert task.id is not None
        tasks.complete(new_uow(), task.id, now - timedelta(days=spec.completed_days_ago))
        with new_uow() as uow:
            stored = uow.tasks.get(task.id)
            uow.tasks.update(replace(stored, external_uid=f"{DONE_UID_PREFIX}{number}"))
            uow.commit()
        added += 1
    week = current_week(now)
    if not reflection_answers(new_uow(), week):
        save_reflection(new_uow(), week, _ANSWERS.get(language, _ANSWERS["en"]), now)
        with new_uow() as uow:
            uow.settings.put(WEEK_MARK_KEY, str(week))
            uow.commit()
    return added
