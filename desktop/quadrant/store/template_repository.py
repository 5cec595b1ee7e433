"""Reply templates in SQLite: rows in, domain Templates out. Never commits.

Satisfies services.reply_ports.TemplateRepository structurally. A template's
pack is stored as ``pack_id`` but travels as the pack's uid
(``Template.pack_uid``), because uids are what pack files and the domain use.
Tags are stored as a JSON list so a tag may hold any character.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from quadrant.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.store.schema import PackRow, TemplateRow

SOURCE_BUILTIN = "builtin"
SOURCE_MINE = "mine"
SOURCE_PACK = "pack"


def _tags_from(raw: str) -> tuple[str, ...]:
    """Stored tags; unreadable ones are dropped rather than locking the user out."""
    if not raw:
        return ()
    try:
        value = json.loads(raw)
    except ValueError:
        return ()
    if not isinstance(value, list):
        return ()
    return tuple(tag for tag in value if isinstance(tag, str) and tag.strip())


def _template_from(row: TemplateRow, pack_uid: str | None) -> Template:
    return Template(
        id=row.id,
        uid=row.uid,
        name=row.name,
        kind=ReplyKind(row.kind),
        tone=Tone(row.tone),
        language=Language(row.language),
        subject=row.subject,
        body=row.body,
        tags=_tags_from(row.tags),
        builtin=row.builtin,
        version=row.version,
        pack_uid=pack_uid,
    )


class SqlTemplateRepository:
    """Templates in SQLite."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _select(self) -> Select[TemplateRow, str | None]:
        return select(TemplateRow, PackRow.uid).outerjoin(
            PackRow, PackRow.id == TemplateRow.pack_id
        )

    def get(self, template_id: int) -> Template:
        row = self._session.execute(self._select().where(TemplateRow.id == template_id)).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no template {id}."),
                params={"id": template_id},
            )
        return _template_from(row[0], row[1])

    def by_uid(self, uid: str) -> Template | None:
        row = self._session.execute(self._select().where(TemplateRow.uid == uid)).first()
        return _template_from(row[0], row[1]) if row is not None else None

    def find(
        self,
        *,
        kind: ReplyKind | None = None,
        tone: Tone | None = None,
        language: Language | None = None,
        source: str | None = None,
        deleted: bool = False,
    ) -> Sequence[Template]:
        query = self._select().where(
            TemplateRow.deleted_at.is_not(None) if deleted else TemplateRow.deleted_at.is_(None)
        )
        if kind is not None:
            query = query.where(TemplateRow.kind == ReplyKind(kind).value)
        if tone is not None:
            query = query.where(TemplateRow.tone == Tone(tone).value)
        if language is not None:
            query = query.where(TemplateRow.language == Language(language).value)
        if source == SOURCE_BUILTIN:
            query = query.where(TemplateRow.builtin.is_(True))
        elif source == SOURCE_PACK:
            query = query.where(TemplateRow.builtin.is_(False), TemplateRow.pack_id.is_not(None))
        elif source == SOURCE_MINE:
            query = query.where(TemplateRow.builtin.is_(False), TemplateRow.pack_id.is_(None))
        elif source is not None:
            raise ValueError(f"unknown template source {source!r}")
        query = query.order_by(func.lower(TemplateRow.name), TemplateRow.id)
        return [_template_from(row, pack_uid) for row, pack_uid in self._session.execute(query)]

    def add(self, template: Template, now: datetime) -> Template:
        row = TemplateRow(created_at=now, deleted_at=None)
        self._copy(template, row, now)
        self._session.add(row)
        self._session.flush()
        return self.get(row.id)

    def update(self, template: Template, now: datetime) -> None:
        assert template.id is not None
        row = self._session.get(TemplateRow, template.id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no template {id}."),
                params={"id": template.id},
            )
        self._copy(template, row, now)
        self._session.flush()

    def set_deleted(self, template_id: int, deleted_at: datetime | None) -> None:
        row = self._session.get(TemplateRow, template_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no template {id}."),
                params={"id": template_id},
            )
        row.deleted_at = deleted_at
        self._session.flush()

    def is_deleted(self, template_id: int) -> bool:
        row = self._session.get(TemplateRow, template_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no template {id}."),
                params={"id": template_id},
            )
        return row.deleted_at is not None

    def _copy(self, template: Template, row: TemplateRow, now: datetime) -> None:
        row.uid = template.uid
        row.name = template.name
        row.kind = ReplyKind(template.kind).value
        row.tone = Tone(template.tone).value
        row.language = Language(template.language).value
        row.subject = template.subject
        row.body = template.body
        row.tags = json.dumps(list(template.tags), ensure_ascii=False) if template.tags else ""
        row.builtin = template.builtin
        row.version = template.version
        row.pack_id = self._pack_id(template.pack_uid)
        row.updated_at = now

    def _pack_id(self, pack_uid: str | None) -> int | None:
        if pack_uid is None:
            return None
        pack_id = self._session.scalar(select(PackRow.id).where(PackRow.uid == pack_uid))
        if pack_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no template pack {uid}."),
                params={"uid": repr(pack_uid)},
            )
        return int(pack_id)
