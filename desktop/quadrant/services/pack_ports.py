"""The ports the sharing use cases need beyond services.ports, as Protocols.

Kept in their own module so pack sharing grows without every helper editing
services/ports.py: :class:`SharingUnitOfWork` is the ordinary unit of work
plus a ``packs`` repository. store/pack_repository.py satisfies it against
SQLite; tests/unit/fake_packs.py in memory.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Protocol

from quadrant.domain.pack_plan import LocalTemplate
from quadrant.domain.packs import InstalledPack
from quadrant.domain.templates import Template
from quadrant.services.ports import UnitOfWork


class PackRepository(Protocol):
    """Imported packs, and what an import needs to know about templates. Never commits."""

    def by_uid(self, uid: str) -> InstalledPack | None:
        """The installed pack with this uid, or None."""
        ...

    def all(self) -> Sequence[InstalledPack]:
        """Every installed pack, by name."""
        ...

    def add(self, pack: InstalledPack) -> InstalledPack:
        """Remember a newly imported pack; returns it with its id."""
        ...

    def update(self, pack: InstalledPack) -> None:
        """Write every field of an installed pack (found by uid)."""
        ...

    def remove(self, uid: str) -> None:
        """Forget a pack entirely: only for undoing its first import."""
        ...

    def local_templates(self, uids: Sequence[str]) -> dict[str, LocalTemplate]:
        """The stored templates with these uids (in the bin or not), by uid, in one query.

        ``edited_after_import`` is left False: the use case decides it.
        """
        ...

    def add_templates(self, templates: Sequence[Template], now: datetime) -> list[int]:
        """Store many new templates at once (one import); returns their ids, in order."""
        ...

    def remove_templates(self, template_ids: Sequence[int]) -> None:
        """Delete templates for good: only for undoing the import that added them."""
        ...

    def fingerprints(self, pack_uid: str) -> dict[str, str]:
        """What each template of the pack said when it was imported, as fingerprints by uid."""
        ...

    def set_fingerprints(self, pack_uid: str, fingerprints: Mapping[str, str]) -> None:
        """Store the pack's fingerprints (an empty mapping forgets them)."""
        ...


class SharingUnitOfWork(UnitOfWork, Protocol):
    """A unit of work that also reaches the packs."""

    @property
    def packs(self) -> PackRepository: ...
