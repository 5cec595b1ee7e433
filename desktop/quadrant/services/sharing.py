"""Sharing templates: export a pack, plan an import, apply it in one transaction, undo it.

The rules (see domain.pack_plan for how each template is classified):

* Export writes only what import accepts: the pack is read back through the
  strict reader before its bytes are returned, so a colleague never gets a
  file her Quadrant refuses.
* An import is planned first (nothing written), shown, then applied with one
  decision per template inside **one** unit of work. If anything fails, the
  transaction rolls back and the database is as it was.
* Applying re-plans inside the transaction and refuses if the store changed
  since the preview, so the user's choices always apply to what she saw.
* Re-importing the same pack changes nothing: identical templates are
  skipped, and "keep both" copies have stable uids.
* What an import wrote is returned as an :class:`ImportUndo`;
  :func:`undo_import` puts every row back exactly (updated_at and the bin
  included), so a later import still recognises untouched templates.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from quadrant.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from quadrant.domain.pack_plan import (
    Decision,
    ImportPlan,
    LocalTemplate,
    fingerprint,
    plan_items,
    wanted_uids,
)
from quadrant.domain.packs import (
    InstalledPack,
    Pack,
    PackError,
    PackMetadata,
    pack_to_bytes,
    parse_version,
    read_pack,
    strip_names,
)
from quadrant.domain.replies import first_name_of
from quadrant.domain.templates import Template
from quadrant.services.clock import utc_now
from quadrant.services.pack_ports import SharingUnitOfWork
from quadrant.services.replies import MY_NAME_KEY

PACK_UID_PREFIX = "pack."
EXPORTED_KEY = "packs_exported"
"""Setting: the packs this user exported (JSON), so a new export can update one of them."""


def new_metadata(
    name: str,
    *,
    author: str = "",
    description: str = "",
    version: str = "1.0.0",
    license: str = "",
    uid: str | None = None,
) -> PackMetadata:
    """Metadata for a new pack; a fresh uid unless an earlier pack's is given (an update)."""
    return PackMetadata(
        uid=uid or f"{PACK_UID_PREFIX}{uuid.uuid4()}",
        name=name.strip(),
        version=version.strip(),
        author=author.strip(),
        description=description.strip(),
        license=license.strip(),
    )


def export_pack(
    uow: SharingUnitOfWork,
    selection: list[int] | tuple[int, ...],
    metadata: PackMetadata,
    strip_personal_names: bool = False,
    now: datetime | None = None,
) -> bytes:
    """The bytes of a pack holding the selected templates, checked as an import would.

    Args:
        uow: the unit of work (read only).
        selection: template ids, in the order to write them; repeats are ignored.
        metadata: name, author, version…; languages and created are filled in.
        strip_personal_names: replace the requesters' and the user's own names
            in subjects and bodies by their placeholders.
        now: the moment written as "created" (tests pass it).

    Raises:
        ValidationError: nothing selected, or the pack would not pass import
            (the message names the template and field).
        NotFoundError: a selected template is gone.
    """
    ids = list(dict.fromkeys(selection))
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose at least one template to share."))
    with uow:
        templates = [uow.templates.get(template_id) for template_id in ids]
        names = _personal_names(uow) if strip_personal_names else {}
    shared = tuple(_for_sharing(t, names) for t in templates)
    moment = (now or utc_now()).astimezone(UTC).replace(microsecond=0)
    pack = Pack(
        replace(
            metadata,
            languages=tuple(sorted({t.language for t in shared})),
            created=moment.isoformat().replace("+00:00", "Z"),
        ),
        shared,
    )
    data = pack_to_bytes(pack)
    try:
        read_pack(data)
    except PackError as e:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This selection cannot be shared: {problem}"),
            params={"problem": str(e)},
        ) from e
    return data


def _for_sharing(template: Template, names: dict[str, str]) -> Template:
    shared = replace(template, id=None, builtin=False, pack_uid=None)
    if not names:
        return shared
    return replace(
        shared, subject=strip_names(shared.subject, names), body=strip_names(shared.body, names)
    )


def _personal_names(uow: SharingUnitOfWork) -> dict[str, str]:
    """Every name to strip, mapped to the placeholder that replaces it."""
    names: dict[str, str] = {}
    for requester in uow.requesters.all():
        first = first_name_of(requester.name)
        if first and first != requester.name:
            names.setdefault(first, "requester_first_name")
        names[requester.name] = "requester"
    own = (uow.settings.get(MY_NAME_KEY) or "").strip()
    if own:
        names[own] = "my_name"
        first = first_name_of(own)
        if first:
            names.setdefault(first, "my_name")
    return names


def plan_import(uow: SharingUnitOfWork, data: bytes, source_path: str = "") -> ImportPlan:
    """Read a pack file and work out what importing it would do; nothing is written.

    Raises:
        ImportRejected: the file is not a valid pack (PackError lists every problem).
    """
    return plan_pack(uow, read_pack(data), source_path)


def plan_pack(uow: SharingUnitOfWork, pack: Pack, source_path: str = "") -> ImportPlan:
    """What importing an already read pack (e.g. from Espanso) would do; nothing is written."""
    with uow:
        return _plan_in(uow, pack, source_path)


def _plan_in(uow: SharingUnitOfWork, pack: Pack, source_path: str) -> ImportPlan:
    installed = uow.packs.by_uid(pack.metadata.uid)
    local = uow.packs.local_templates(wanted_uids(pack))
    prints: dict[str, dict[str, str]] = {}
    for found in local.values():
        pack_uid = found.template.pack_uid
        if pack_uid is not None and pack_uid not in prints:
            prints[pack_uid] = uow.packs.fingerprints(pack_uid)
    marked = {uid: _mark_edits(found, prints) for uid, found in local.items()}
    return ImportPlan(pack, plan_items(pack, marked), installed, source_path)


def _mark_edits(found: LocalTemplate, prints: dict[str, dict[str, str]]) -> LocalTemplate:
    """Whether a pack template's text differs from what its pack delivered."""
    pack_uid = found.template.pack_uid
    if pack_uid is None:
        return found
    delivered = prints.get(pack_uid, {}).get(found.template.uid)
    return replace(found, edited_after_import=delivered != fingerprint(found.template))


@dataclass(frozen=True)
class ImportUndo:
    """Everything needed to put the store back as it was before one import."""

    pack_uid: str
    previous_pack: InstalledPack | None
    created_ids: tuple[int, ...]
    replaced: tuple[LocalTemplate, ...]
    previous_fingerprints: dict[str, str]


@dataclass(frozen=True)
class ImportResult:
    """What an import did, for the one-line message after it."""

    pack_name: str
    version: str
    added: int = 0
    replaced: int = 0
    kept_both: int = 0
    unchanged: int = 0
    skipped: int = 0
    undo: ImportUndo | None = None

    @property
    def changed(self) -> bool:
        """Whether anything was written."""
        return self.undo is not None

    def summary(self) -> str:
        """One line in English (the CLI's output; the UI builds its own, translated)."""
        if not self.changed:
            return (
                f"Nothing to import from “{self.pack_name}” {self.version}: "
                f"{self.unchanged} unchanged, {self.skipped} skipped."
            )
        return (
            f"Imported “{self.pack_name}” {self.version}: {self.added} new, "
            f"{self.replaced} replaced, {self.kept_both} kept both, "
            f"{self.unchanged} unchanged, {self.skipped} skipped."
        )


def apply_import(
    uow: SharingUnitOfWork,
    plan: ImportPlan,
    decisions: dict[str, Decision] | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Carry out a plan with the user's decisions, in one transaction.

    Args:
        uow: the unit of work; committed once, only when something is written.
        plan: from :func:`plan_import`, shown to the user.
        decisions: by template uid; templates left out get their default.
        now: the moment of the import (tests pass it).

    Returns:
        The counts, and the undo record (None when nothing was written).

    Raises:
        ValidationError: a decision is not allowed, or the templates changed
            since the plan was made (nothing is written then).
    """
    chosen = plan.resolve(decisions)
    meta = plan.pack.metadata
    counts = {decision: 0 for decision in Decision}
    for decision in chosen.values():
        counts[decision] += 1
    unchanged = sum(1 for item in plan.items if item.choices == (Decision.SKIP,))
    result = ImportResult(
        meta.name,
        meta.version,
        added=counts[Decision.IMPORT],
        replaced=counts[Decision.REPLACE],
        kept_both=counts[Decision.KEEP_BOTH],
        unchanged=unchanged,
        skipped=counts[Decision.SKIP] - unchanged,
    )
    if not plan.has_work(chosen):
        return result
    moment = now or utc_now()
    with uow:
        if _plan_in(uow, plan.pack, plan.source_path).items != plan.items:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The templates changed since the preview. Open the pack again."
                )
            )
        undo = _write(uow, plan, chosen, moment)
        uow.commit()
    return replace(result, undo=undo)


def _write(
    uow: SharingUnitOfWork, plan: ImportPlan, chosen: dict[str, Decision], now: datetime
) -> ImportUndo:
    meta = plan.pack.metadata
    previous = uow.packs.by_uid(meta.uid)
    installed = InstalledPack(meta.uid, meta.name, meta.version, now, meta.author, plan.source_path)
    if previous is None:
        uow.packs.add(installed)
    else:
        uow.packs.update(replace(installed, id=previous.id))
    before = uow.packs.fingerprints(meta.uid)
    prints = dict(before)
    new: list[Template] = []
    replaced: list[LocalTemplate] = []
    for item in plan.items:
        decision = chosen[item.uid]
        if decision is Decision.IMPORT or decision is Decision.KEEP_BOTH:
            added = item.incoming if decision is Decision.IMPORT else item.copy
            new.append(replace(added, id=None, builtin=False, pack_uid=meta.uid))
            prints[added.uid] = fingerprint(added)
        elif decision is Decision.REPLACE:
            local = item.local
            if local is None or local.template.id is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The template to replace is gone."))
            template_id = local.template.id
            replaced.append(local)
            uow.templates.update(replace(item.incoming, id=template_id, pack_uid=meta.uid), now)
            if local.deleted_at is not None:
                uow.templates.set_deleted(template_id, None)
            prints[item.incoming.uid] = fingerprint(item.incoming)
    created = uow.packs.add_templates(new, now) if new else []
    uow.packs.set_fingerprints(meta.uid, prints)
    return ImportUndo(meta.uid, previous, tuple(created), tuple(replaced), before)


def undo_import(uow: SharingUnitOfWork, undo: ImportUndo) -> None:
    """Put the store back exactly as it was before the import ``undo`` came from."""
    with uow:
        uow.packs.remove_templates(undo.created_ids)
        for local in undo.replaced:
            template_id = local.template.id
            assert template_id is not None
            uow.templates.update(local.template, local.updated_at or utc_now())
            uow.templates.set_deleted(template_id, local.deleted_at)
        uow.packs.set_fingerprints(undo.pack_uid, undo.previous_fingerprints)
        if undo.previous_pack is None:
            uow.packs.remove(undo.pack_uid)
        else:
            uow.packs.update(undo.previous_pack)
        uow.commit()


def installed_packs(uow: SharingUnitOfWork) -> list[InstalledPack]:
    """Every imported pack, by name."""
    with uow:
        return list(uow.packs.all())


def next_version(version: str) -> str:
    """The version an updated pack gets: the minor number raised ("1.2.3" → "1.3.0")."""
    try:
        major, minor, _patch = parse_version(version)
    except ValueError:
        return "1.0.0"
    return f"{major}.{minor + 1}.0"


def exported_packs(uow: SharingUnitOfWork) -> list[PackMetadata]:
    """The packs this user exported before, newest first, to update one of them."""
    with uow:
        raw = uow.settings.get(EXPORTED_KEY) or "[]"
    try:
        entries = json.loads(raw)
    except ValueError:
        return []
    found: list[PackMetadata] = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and all(isinstance(v, str) for v in entry.values()):
            try:
                found.append(PackMetadata(**entry))
            except TypeError:
                continue
    return found


def remember_export(uow: SharingUnitOfWork, metadata: PackMetadata) -> None:
    """Note an export, so the next one can keep its uid and raise its version."""
    keep = [m for m in exported_packs(uow) if m.uid != metadata.uid][:19]
    fields = ("uid", "name", "version", "author", "description", "license")
    entries = [{f: getattr(m, f) for f in fields} for m in (metadata, *keep)]
    with uow:
        uow.settings.put(EXPORTED_KEY, json.dumps(entries, ensure_ascii=False))
        uow.commit()
