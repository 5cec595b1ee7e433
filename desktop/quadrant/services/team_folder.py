"""The team folder: a shared folder of packs, checked for new and updated ones.

A secretarial pool keeps its packs on a shared drive. The folder is a
setting that travels with the data (services.settings.TEAM_FOLDER_KEY, chosen
in the settings dialog). Scanning it reads
every ``*.quadrant-pack.json`` (at most ``MAX_TEAM_FILES``, each within the
pack size limit) and plans its import, so each pack gets a status:

* **new** — not imported yet, and importing it would add something;
* **update** — imported before, and this file is a newer version;
* **current** — nothing to offer;
* **broken** — unreadable or invalid: reported with its reason, and it
  never stops the other packs from being read.

The user answers an offer once: importing it or saying "not now" records
the pack's version (:func:`answer_offer`), so the same version is not
offered again at every start.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from quadrant.domain.errors import QT_TRANSLATE_NOOP, QuadrantError, ValidationError
from quadrant.domain.pack_plan import ImportPlan
from quadrant.domain.packs import FILE_SUFFIX, MAX_PACK_BYTES
from quadrant.domain.safe_json import size_label
from quadrant.services.pack_ports import SharingUnitOfWork
from quadrant.services.settings import TEAM_FOLDER_KEY
from quadrant.services.sharing import plan_import

log = logging.getLogger(__name__)

ANSWERED_KEY: Final = "team_packs_answered"
MAX_TEAM_FILES: Final = 200


class TeamStatus(StrEnum):
    """What a pack in the team folder means for this user."""

    NEW = "new"
    UPDATE = "update"
    CURRENT = "current"
    BROKEN = "broken"


@dataclass(frozen=True)
class TeamPack:
    """One file in the team folder and what it offers.

    Attributes:
        path: the file.
        status: see :class:`TeamStatus`.
        plan: what importing it would do (None when broken).
        error: why it is broken, in English for logs and the CLI ("" otherwise).
        problem: the error behind ``error`` when it is one of the project's,
            so the UI can show it in the user's language.
        digest: a short hash of the file, so a broken file is reported once
            per content, and again only when it changes.
    """

    path: Path
    status: TeamStatus
    plan: ImportPlan | None = None
    error: str = ""
    digest: str = ""
    problem: QuadrantError | None = None

    @property
    def name(self) -> str:
        """The pack's name, or the file name when it cannot be read."""
        return self.plan.pack.metadata.name if self.plan is not None else self.path.name

    @property
    def version(self) -> str:
        """The pack's version, or "" when it cannot be read."""
        return self.plan.pack.metadata.version if self.plan is not None else ""

    @property
    def offered(self) -> bool:
        """Whether this pack has something to offer (new or an update)."""
        return self.status in (TeamStatus.NEW, TeamStatus.UPDATE)


def team_folder(uow: SharingUnitOfWork) -> Path | None:
    """The chosen team folder, or None."""
    with uow:
        value = uow.settings.get(TEAM_FOLDER_KEY)
    return Path(value) if value else None


def set_team_folder(uow: SharingUnitOfWork, folder: Path | None) -> None:
    """Choose the team folder (None forgets it)."""
    with uow:
        uow.settings.put(TEAM_FOLDER_KEY, str(folder) if folder is not None else "")
        uow.commit()


def pack_files(folder: Path) -> list[Path]:
    """The pack files in ``folder``, by name, at most MAX_TEAM_FILES.

    Raises:
        ValidationError: the folder itself cannot be read (unplugged drive).
    """
    try:
        names = sorted(
            entry
            for entry in folder.iterdir()
            if entry.name.lower().endswith(FILE_SUFFIX) and entry.is_file()
        )
    except OSError as e:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The team folder {folder} cannot be read: {reason}"),
            params={"folder": str(folder), "reason": e.strerror or str(e)},
        ) from e
    return names[:MAX_TEAM_FILES]


def scan_team_folder(uow: SharingUnitOfWork, folder: Path) -> list[TeamPack]:
    """Every pack file in ``folder`` with its status; a broken file never stops the rest.

    Raises:
        ValidationError: the folder itself cannot be read.
    """
    return [_examine(uow, path) for path in pack_files(folder)]


@dataclass(frozen=True)
class TeamSurvey:
    """One look at the team folder: every pack with its status, and what to offer."""

    folder: Path
    packs: list[TeamPack]
    offers: list[TeamPack]


def survey_team_folder(new_uow: Callable[[], SharingUnitOfWork], folder: Path) -> TeamSurvey:
    """Scan ``folder`` and work out the pending offers: all the slow reading in one call.

    A network drive can take seconds to answer, so the UI runs this away from
    the window; ``new_uow`` gives each step its own unit of work.

    Raises:
        ValidationError: the folder itself cannot be read.
    """
    packs = scan_team_folder(new_uow(), folder)
    return TeamSurvey(folder, packs, pending_offers(new_uow(), packs))


def team_packs(uow: SharingUnitOfWork) -> list[TeamPack]:
    """The packs of the chosen team folder ([] when none is chosen), for the "Team" source.

    Raises:
        ValidationError: the folder cannot be read.
    """
    folder = team_folder(uow)
    return [] if folder is None else scan_team_folder(uow, folder)


def _examine(uow: SharingUnitOfWork, path: Path) -> TeamPack:
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            message = QT_TRANSLATE_NOOP("errors", "The file is {size}; the limit is {limit}.")
            error = ValidationError(
                message, params={"size": size_label(size), "limit": size_label(MAX_PACK_BYTES)}
            )
            return _broken(path, error, f"size:{size}")
        data = path.read_bytes()
    except OSError as e:
        unreadable = ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file cannot be read: {reason}"),
            params={"reason": e.strerror or str(e)},
        )
        return _broken(path, unreadable, "unreadable")
    digest = hashlib.sha256(data).hexdigest()[:16]
    try:
        plan = plan_import(uow, data, str(path))
    except QuadrantError as e:
        return _broken(path, e, digest)
    except Exception as e:  # a shared folder: one file must never stop the others
        log.exception("reading team pack %s failed", path)
        unexpected = ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The file could not be read ({reason}); the log has the details."
            ),
            params={"reason": type(e).__name__},
        )
        return _broken(path, unexpected, digest)
    return TeamPack(path, _status(plan), plan, digest=digest)


def _broken(path: Path, error: QuadrantError, digest: str) -> TeamPack:
    return TeamPack(path, TeamStatus.BROKEN, error=str(error), digest=digest, problem=error)


def _status(plan: ImportPlan) -> TeamStatus:
    if not plan.has_work():
        return TeamStatus.CURRENT
    if plan.installed is None:
        return TeamStatus.NEW
    return TeamStatus.UPDATE if plan.is_update else TeamStatus.CURRENT


def _answered(uow: SharingUnitOfWork) -> dict[str, str]:
    raw = uow.settings.get(ANSWERED_KEY) or "{}"
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def pending_offers(uow: SharingUnitOfWork, packs: list[TeamPack]) -> list[TeamPack]:
    """The offered packs whose version the user has not answered yet."""
    with uow:
        answered = _answered(uow)
    return [
        pack
        for pack in packs
        if pack.offered
        and pack.plan is not None
        and answered.get(pack.plan.pack.metadata.uid) != pack.version
    ]


def answer_offer(uow: SharingUnitOfWork, pack: TeamPack) -> None:
    """Remember that the user dealt with this version of a pack (imported or "not now")."""
    if pack.plan is None:
        return
    with uow:
        answered = _answered(uow)
        answered[pack.plan.pack.metadata.uid] = pack.version
        uow.settings.put(ANSWERED_KEY, json.dumps(answered, sort_keys=True))
        uow.commit()
