"""Imported packs in SQLite, and the template look-ups an import needs. Never commits.

Satisfies services.pack_ports.PackRepository structurally.

Fingerprints (what each template of a pack said when it was imported) live
in the ``setting`` table under a key derived from the pack's uid, because
the schema has no column for them; moving them into a ``template`` column
later changes only this module.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from quadrant.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from quadrant.domain.pack_plan import LocalTemplate
from quadrant.domain.packs import InstalledPack
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.store.schema import PackRow, SettingRow, TemplateRow
from quadrant.store.template_repository import _template_from

FINGERPRINT_KEY_PREFIX = "pack_fingerprints."
_CHUNK = 400
"""Uids per IN (...) query: SQLite allows 999 bound parameters in older builds."""


def fingerprint_key(pack_uid: str) -> str:
    """The setting key of a pack's fingerprints (short, whatever the uid's length)."""
    return FINGERPRINT_KEY_PREFIX + hashlib.sha256(pack_uid.encode("utf-8")).hexdigest()[:32]


def _pack_from(row: PackRow) -> InstalledPack:
    return InstalledPack(
        uid=row.uid,
        name=row.name,
        version=row.version,
        imported_at=row.imported_at,
        author=row.author,
        source_path=row.source_path,
        id=row.id,
    )


class SqlPackRepository:
    """Packs in SQLite."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def by_uid(self, uid: str) -> InstalledPack | None:
        row = self._session.scalar(select(PackRow).where(PackRow.uid == uid))
        return _pack_from(row) if row is not None else None

    def all(self) -> Sequence[InstalledPack]:
        rows = self._session.scalars(select(PackRow).order_by(func.lower(PackRow.name), PackRow.id))
        return [_pack_from(row) for row in rows]

    def add(self, pack: InstalledPack) -> InstalledPack:
        row = PackRow(uid=pack.uid)
        self._copy(pack, row)
        self._session.add(row)
        self._session.flush()
        return _pack_from(row)

    def update(self, pack: InstalledPack) -> None:
        row = self._session.scalar(select(PackRow).where(PackRow.uid == pack.uid))
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no template pack {uid}."),
                params={"uid": repr(pack.uid)},
            )
        self._copy(pack, row)
        self._session.flush()

    def remove(self, uid: str) -> None:
        pack_id = self._session.scalar(select(PackRow.id).where(PackRow.uid == uid))
        if pack_id is None:
            return
        # The foreign key says SET NULL; say it here too, so it holds without the pragma.
        self._session.execute(
            update(TemplateRow).where(TemplateRow.pack_id == pack_id).values(pack_id=None)
        )
        self._session.execute(delete(PackRow).where(PackRow.id == pack_id))
        self._session.flush()

    def local_templates(self, uids: Sequence[str]) -> dict[str, LocalTemplate]:
        wanted = list(dict.fromkeys(uids))
        found: dict[str, LocalTemplate] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            query = (
                select(TemplateRow, PackRow.uid)
                .outerjoin(PackRow, PackRow.id == TemplateRow.pack_id)
                .where(TemplateRow.uid.in_(chunk))
            )
            for row, pack_uid in self._session.execute(query):
                found[row.uid] = LocalTemplate(
                    template=_template_from(row, pack_uid),
                    updated_at=row.updated_at,
                    deleted_at=row.deleted_at,
                )
        return found

    def add_templates(self, templates: Sequence[Template], now: datetime) -> list[int]:
        """Insert many templates of one import with a single flush; returns their ids, in order.

        The columns are written as SqlTemplateRepository writes them (tags as a
        JSON list, the pack by uid); doing it here saves a pack look-up and a
        flush per template, which is what makes a 500-template pack fast.
        """
        pack_ids: dict[str, int] = {}
        rows: list[TemplateRow] = []
        for template in templates:
            pack_id = None
            if template.pack_uid is not None:
                if template.pack_uid not in pack_ids:
                    found = self._session.scalar(
                        select(PackRow.id).where(PackRow.uid == template.pack_uid)
                    )
                    if found is None:
                        raise NotFoundError(
                            QT_TRANSLATE_NOOP("errors", "There is no template pack {uid}."),
                            params={"uid": repr(template.pack_uid)},
                        )
                    pack_ids[template.pack_uid] = int(found)
                pack_id = pack_ids[template.pack_uid]
            rows.append(
                TemplateRow(
                    uid=template.uid,
                    name=template.name,
                    kind=ReplyKind(template.kind).value,
                    tone=Tone(template.tone).value,
                    language=Language(template.language).value,
                    subject=template.subject,
                    body=template.body,
                    tags=json.dumps(list(template.tags), ensure_ascii=False)
                    if template.tags
                    else "",
                    pack_id=pack_id,
                    builtin=template.builtin,
                    version=template.version,
                    created_at=now,
                    updated_at=now,
                    deleted_at=None,
                )
            )
        self._session.add_all(rows)
        self._session.flush()
        return [row.id for row in rows]

    def remove_templates(self, template_ids: Sequence[int]) -> None:
        ids = list(template_ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            self._session.execute(delete(TemplateRow).where(TemplateRow.id.in_(chunk)))
        self._session.flush()

    def fingerprints(self, pack_uid: str) -> dict[str, str]:
        raw = self._session.scalar(
            select(SettingRow.value).where(SettingRow.key == fingerprint_key(pack_uid))
        )
        if not raw:
            return {}
        try:
            value = json.loads(raw)
        except ValueError:
            return {}  # unreadable: every template then counts as edited, the safe side
        if not isinstance(value, dict):
            return {}
        return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}

    def set_fingerprints(self, pack_uid: str, fingerprints: Mapping[str, str]) -> None:
        key = fingerprint_key(pack_uid)
        row = self._session.get(SettingRow, key)
        if not fingerprints:
            if row is not None:
                self._session.delete(row)
                self._session.flush()
            return
        value = json.dumps(dict(sorted(fingerprints.items())), separators=(",", ":"))
        if row is None:
            self._session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        self._session.flush()

    def _copy(self, pack: InstalledPack, row: PackRow) -> None:
        row.name = pack.name
        row.author = pack.author
        row.version = pack.version
        row.source_path = pack.source_path
        row.imported_at = pack.imported_at
