"""A boundary reply as it was sent: the record the reply log keeps.

:mod:`quadrant.domain.replies` says what a reply *does*; this module holds
what is *remembered* about one that was sent, so the store can return it and
the follow-up list and the weekly reflection can read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone


@dataclass(frozen=True, slots=True)
class Reply:
    """One sent reply.

    Attributes:
        task_id: the task the reply answered (None once that task is purged).
        requester_id: whom it went to, if known.
        template_id: the template it was drafted from, if any.
        kind: decline, postpone, yes-if, …
        tone: warm, neutral or firm.
        language: the reply's language.
        subject: the mail subject as sent.
        body: the mail text as sent.
        at: when it was marked as sent (UTC).
        outcome: pending until the user records how it was taken.
        outcome_at: when the outcome was recorded.
        follow_up_at: when to check back (UTC); None for no follow-up.
        id: database id, None until stored.
        task_title: the task's title, filled in when read back (display only).
        requester_name: the requester's name, filled in when read back (display only).
    """

    task_id: int | None
    requester_id: int | None
    template_id: int | None
    kind: ReplyKind
    tone: Tone
    language: Language
    subject: str
    body: str
    at: datetime
    outcome: ReplyOutcome = ReplyOutcome.PENDING
    outcome_at: datetime | None = None
    follow_up_at: datetime | None = None
    id: int | None = None
    task_title: str = ""
    requester_name: str = ""

    @property
    def pending(self) -> bool:
        """Whether the requester's answer has not been recorded yet."""
        return self.outcome is ReplyOutcome.PENDING

    def follow_up_due(self, now: datetime) -> bool:
        """Whether it is time to check back on this reply."""
        return self.pending and self.follow_up_at is not None and self.follow_up_at <= now
