"""In-memory stand-ins for the reply and template ports (services.reply_ports)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from quadrant.domain.errors import NotFoundError
from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone
from quadrant.domain.reply_record import Reply
from quadrant.domain.templates import Template


class FakeReplies:
    """Replies in a dict; titles and names are looked up in the owning fake unit of work."""

    def __init__(self, uow: Any) -> None:
        self._uow = uow
        self.rows: dict[int, Reply] = {}
        self._next = 1

    def _joined(self, reply: Reply) -> Reply:
        title = name = ""
        if reply.task_id is not None and reply.task_id in self._uow.tasks.rows:
            title = self._uow.tasks.rows[reply.task_id].title
        if reply.requester_id is not None and reply.requester_id in self._uow.requesters.rows:
            name = self._uow.requesters.rows[reply.requester_id].name
        return replace(reply, task_title=title, requester_name=name)

    def add(self, reply: Reply) -> Reply:
        stored = replace(reply, id=self._next)
        self._next += 1
        self.rows[self._next - 1] = stored
        return self._joined(stored)

    def get(self, reply_id: int) -> Reply:
        try:
            return self._joined(self.rows[reply_id])
        except KeyError as e:
            raise NotFoundError(f"There is no reply {reply_id}.") from e

    def set_outcome(self, reply_id: int, outcome: ReplyOutcome, at: datetime | None) -> None:
        self.rows[reply_id] = replace(self.get(reply_id), outcome=outcome, outcome_at=at)

    def remove(self, reply_id: int) -> None:
        self.rows.pop(reply_id, None)

    def follow_ups_due(self, now: datetime, limit: int) -> Sequence[Reply]:
        due = [self._joined(r) for r in self.rows.values() if r.follow_up_due(now)]
        return sorted(due, key=lambda r: (r.follow_up_at or now, r.id or 0))[:limit]

    def for_task(self, task_id: int) -> Sequence[Reply]:
        return [self._joined(r) for r in self.rows.values() if r.task_id == task_id]


class FakeTemplates:
    """Templates in a dict, with a bin of deleted ids."""

    def __init__(self) -> None:
        self.rows: dict[int, Template] = {}
        self.deleted: set[int] = set()
        self.packs: set[str] = set()

    def get(self, template_id: int) -> Template:
        try:
            return self.rows[template_id]
        except KeyError as e:
            raise NotFoundError(f"There is no template {template_id}.") from e

    def by_uid(self, uid: str) -> Template | None:
        return next((t for t in self.rows.values() if t.uid == uid), None)

    def find(
        self,
        *,
        kind: ReplyKind | None = None,
        tone: Tone | None = None,
        language: Language | None = None,
        source: str | None = None,
        deleted: bool = False,
    ) -> Sequence[Template]:
        found = [
            t
            for t in self.rows.values()
            if ((t.id in self.deleted) == deleted)
            and (kind is None or t.kind == kind)
            and (tone is None or t.tone == tone)
            and (language is None or t.language == language)
            and (source is None or _source(t) == source)
        ]
        return sorted(found, key=lambda t: (t.name.lower(), t.id or 0))

    def add(self, template: Template, now: datetime) -> Template:
        if template.pack_uid is not None and template.pack_uid not in self.packs:
            raise NotFoundError(f"There is no template pack {template.pack_uid!r}.")
        stored = replace(template, id=max(self.rows, default=0) + 1)
        self.rows[stored.id or 0] = stored
        return stored

    def update(self, template: Template, now: datetime) -> None:
        assert template.id in self.rows
        self.rows[template.id] = template

    def set_deleted(self, template_id: int, deleted_at: datetime | None) -> None:
        self.get(template_id)
        if deleted_at is None:
            self.deleted.discard(template_id)
        else:
            self.deleted.add(template_id)

    def is_deleted(self, template_id: int) -> bool:
        self.get(template_id)
        return template_id in self.deleted


def _source(template: Template) -> str:
    if template.builtin:
        return "builtin"
    return "pack" if template.pack_uid is not None else "mine"
