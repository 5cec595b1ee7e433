"""The ports the reply and template use cases need, as Protocols.

Kept apart from services.ports so the reply feature can grow without every
helper editing the same file; services.ports.UnitOfWork names them.
The store satisfies them in store/reply_repository.py and
store/template_repository.py; tests/unit/fakes.py satisfies them in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone
from quadrant.domain.reply_record import Reply
from quadrant.domain.templates import Template


class ReplyRepository(Protocol):
    """Sent replies. Never commits."""

    def add(self, reply: Reply) -> Reply:
        """Store a sent reply; returns it with its id."""
        ...

    def get(self, reply_id: int) -> Reply:
        """The reply with this id; NotFoundError when there is none."""
        ...

    def set_outcome(self, reply_id: int, outcome: ReplyOutcome, at: datetime | None) -> None:
        """Record how the requester took the reply (PENDING with None clears it)."""
        ...

    def remove(self, reply_id: int) -> None:
        """Forget a reply entirely: only for undoing the send itself."""
        ...

    def follow_ups_due(self, now: datetime, limit: int) -> Sequence[Reply]:
        """Pending replies whose follow-up moment is at or before ``now``, oldest first."""
        ...

    def for_task(self, task_id: int) -> Sequence[Reply]:
        """One task's replies, oldest first."""
        ...


class TemplateRepository(Protocol):
    """Reply templates: built-in, the user's own, and those from packs. Never commits.

    ``source`` filters are the values of services.templates.TemplateSource:
    "builtin" (shipped), "mine" (the user's own), "pack" (imported from a pack).
    """

    def get(self, template_id: int) -> Template:
        """The template with this id, deleted or not; NotFoundError when there is none."""
        ...

    def by_uid(self, uid: str) -> Template | None:
        """The template with this uid, deleted or not, or None."""
        ...

    def find(
        self,
        *,
        kind: ReplyKind | None = None,
        tone: Tone | None = None,
        language: Language | None = None,
        source: str | None = None,
        deleted: bool = False,
    ) -> Sequence[Template]:
        """Templates matching every given filter, by name; ``deleted`` lists the bin instead."""
        ...

    def add(self, template: Template, now: datetime) -> Template:
        """Store a new template; returns it with its id. NotFoundError for an unknown pack."""
        ...

    def update(self, template: Template, now: datetime) -> None:
        """Write every field of an existing template (found by id)."""
        ...

    def set_deleted(self, template_id: int, deleted_at: datetime | None) -> None:
        """Move a template to the bin (a moment) or back out of it (None)."""
        ...

    def is_deleted(self, template_id: int) -> bool:
        """Whether the template is in the bin."""
        ...
