"""In-memory stand-in for services.pack_ports.PackRepository, and a unit of work with it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from quadrant.domain.errors import NotFoundError
from quadrant.domain.pack_plan import LocalTemplate
from quadrant.domain.packs import InstalledPack
from quadrant.domain.templates import Template
from tests.unit.fakes import FakeUnitOfWork

BINNED = datetime(2026, 1, 1, tzinfo=UTC)
"""The fake bin keeps no moments; every binned template reports this one."""


class FakePacks:
    """Packs in a dict; templates are read from (and removed in) the owning fake unit of work."""

    def __init__(self, uow: FakeSharingUnitOfWork) -> None:
        self._uow = uow
        self.rows: dict[str, InstalledPack] = {}
        self.prints: dict[str, dict[str, str]] = {}

    def by_uid(self, uid: str) -> InstalledPack | None:
        return self.rows.get(uid)

    def all(self) -> Sequence[InstalledPack]:
        return sorted(self.rows.values(), key=lambda p: p.name.lower())

    def add(self, pack: InstalledPack) -> InstalledPack:
        stored = replace(pack, id=len(self.rows) + 1)
        self.rows[pack.uid] = stored
        self._uow.templates.packs.add(pack.uid)
        return stored

    def update(self, pack: InstalledPack) -> None:
        if pack.uid not in self.rows:
            raise NotFoundError(pack.uid)
        self.rows[pack.uid] = pack

    def remove(self, uid: str) -> None:
        self.rows.pop(uid, None)
        self._uow.templates.packs.discard(uid)

    def local_templates(self, uids: Sequence[str]) -> dict[str, LocalTemplate]:
        wanted = set(uids)
        templates = self._uow.templates
        return {
            t.uid: LocalTemplate(t, deleted_at=BINNED if t.id in templates.deleted else None)
            for t in templates.rows.values()
            if t.uid in wanted
        }

    def add_templates(self, templates: Sequence[Template], now: datetime) -> list[int]:
        return [self._uow.templates.add(t, now).id or 0 for t in templates]

    def remove_templates(self, template_ids: Sequence[int]) -> None:
        for template_id in template_ids:
            self._uow.templates.rows.pop(template_id, None)
            self._uow.templates.deleted.discard(template_id)

    def fingerprints(self, pack_uid: str) -> dict[str, str]:
        return dict(self.prints.get(pack_uid, {}))

    def set_fingerprints(self, pack_uid: str, fingerprints: Mapping[str, str]) -> None:
        if fingerprints:
            self.prints[pack_uid] = dict(fingerprints)
        else:
            self.prints.pop(pack_uid, None)


class FakeSharingUnitOfWork(FakeUnitOfWork):
    """The fake unit of work plus packs."""

    def __init__(self) -> None:
        super().__init__()
        self.packs = FakePacks(self)
