"""Boundary replies for the example week, sent through the real reply use cases.

Three replies from the past few days: a "no" that was accepted, a "not now"
still waiting for an answer, and a redirect whose follow-up date has come, so
the follow-up list and the weekly figures have something to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from quadrant.domain.matrix import add_working_days
from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone, context_values
from quadrant.services import replies, templates
from quadrant.services.clock import local_today, utc_now
from quadrant.services.ports import UnitOfWorkFactory

DEMO_UID_PREFIX = "demo:"
DEMO_SIGNATURE = "Sandra"
SIGNATURE_MARK_KEY = "example_signature"
"""Set when the example signed as DEMO_SIGNATURE, so its removal can take the name back."""
_CHOICE_KEYS = (replies.TONE_KEY, replies.LANGUAGE_KEY)
"""Sending remembers the tone and language as the user's choice: the example must not."""


@dataclass(frozen=True, slots=True)
class _DemoReply:
    task_number: int  # index into services.demo._TASKS
    kind: ReplyKind
    tone: Tone
    days_ago: float
    outcome: ReplyOutcome = ReplyOutcome.PENDING
    delegate_to: str = ""
    postpone_working_days: int = 0
    follow_up_today: bool = False


_REPLIES = (
    _DemoReply(16, ReplyKind.DECLINE, Tone.WARM, 2.5, ReplyOutcome.ACCEPTED),
    _DemoReply(18, ReplyKind.POSTPONE, Tone.NEUTRAL, 1.5, postpone_working_days=8),
    _DemoReply(
        11, ReplyKind.DELEGATE, Tone.WARM, 4.2, delegate_to="Facilities", follow_up_today=True
    ),
)


def add_demo_replies(
    new_uow: UnitOfWorkFactory, now: datetime | None = None, language: str = "en"
) -> int:
    """Send the example replies about the example tasks; returns how many were sent.

    Tasks that are gone (deleted, finished, or never added) are skipped, so
    this is safe to run on a store the user already changed.
    """
    now = now or utc_now()
    lang = Language.NL if language == "nl" else Language.EN
    templates.ensure_builtins(new_uow(), now=now)
    with new_uow() as uow:
        if uow.settings.get(replies.MY_NAME_KEY) is None:
            uow.settings.put(replies.MY_NAME_KEY, DEMO_SIGNATURE)
            uow.settings.put(SIGNATURE_MARK_KEY, DEMO_SIGNATURE)
            uow.commit()
    with new_uow() as uow:
        chosen = {key: uow.settings.get(key) for key in _CHOICE_KEYS}
    sent = _send_all(new_uow, now, lang)
    _put_back(new_uow, chosen)
    return sent


def _put_back(new_uow: UnitOfWorkFactory, chosen: dict[str, str | None]) -> None:
    """Leave the user's reply tone and language as they were before the example."""
    with new_uow() as uow:
        for key, value in chosen.items():
            if value is not None:
                uow.settings.put(key, value)
        uow.example.remove_settings([key for key, value in chosen.items() if value is None])
        uow.commit()


def _send_all(new_uow: UnitOfWorkFactory, now: datetime, lang: Language) -> int:
    sent = 0
    for spec in _REPLIES:
        with new_uow() as uow:
            task = uow.tasks.by_external_uid(f"{DEMO_UID_PREFIX}{spec.task_number}")
        if task is None or task.id is None or not task.in_matrix:
            continue
        moment = now - timedelta(days=spec.days_ago)
        follow_up = local_today(now) if spec.follow_up_today else None
        draft = _draft(new_uow, task.id, spec, lang, moment, follow_up)
        if draft is None:
            continue
        result = replies.send_reply(new_uow(), draft, moment)
        if spec.outcome is not ReplyOutcome.PENDING and result.reply.id is not None:
            replies.record_outcome(
                new_uow(), result.reply.id, spec.outcome, moment + timedelta(hours=3)
            )
        sent += 1
    return sent


def _draft(
    new_uow: UnitOfWorkFactory,
    task_id: int,
    spec: _DemoReply,
    language: Language,
    moment: datetime,
    follow_up: date | None,
) -> replies.SentReply | None:
    """The reply as the dialog would draft it from the best built-in template."""
    inputs = replies.reply_inputs(new_uow(), task_id, moment)
    found = templates.templates_for(new_uow(), spec.kind, spec.tone, language)
    if not found:
        return None
    template = found[0]
    alternative: date | None = None
    if spec.postpone_working_days:
        alternative = add_working_days(local_today(moment), spec.postpone_working_days)
    context = inputs.context(alternative_date=alternative, delegate_to=spec.delegate_to)
    rendered = template.render(context_values(context, language))
    return replies.SentReply(
        task_id=task_id,
        kind=spec.kind,
        tone=spec.tone,
        language=language,
        subject=rendered.subject.text,
        body=rendered.body.text,
        template_id=template.id,
        alternative_date=alternative,
        delegate_to=spec.delegate_to,
        follow_up=follow_up,
    )
