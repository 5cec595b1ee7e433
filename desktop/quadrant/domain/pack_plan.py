"""What importing a pack would do: each template new, changed, identical or conflicting.

The plan is computed before anything is written, shown in the preview, and
applied with one decision per template:

* **new** — no local template has its uid: import (default) or skip.
* **identical** — the local template already says exactly this (or an
  earlier "keep both" already stored this very text): nothing to do. This is
  why re-importing the same pack changes nothing.
* **changed** — the local template came from this same pack and was not
  edited here since: replace (the default: it is an update), keep both, or
  skip. An incoming version older than the local one defaults to skip.
* **conflicting** — same uid, but the local one was edited here, is the
  user's own, came from another pack, or is built-in: keep both (default),
  replace (never for a built-in) or skip.

"Keep both" stores the incoming template under a *derived* uid that depends
on the pack and the text, so keeping both twice stores one copy, not two.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Final

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.packs import InstalledPack, Pack, is_newer
from quadrant.domain.templates import MAX_NAME_CHARS, MAX_UID_CHARS, Template


class ItemStatus(StrEnum):
    """How an incoming template relates to what the store has."""

    NEW = "new"
    CHANGED = "changed"
    IDENTICAL = "identical"
    CONFLICTING = "conflicting"


class Decision(StrEnum):
    """What the user chose to do with one incoming template."""

    IMPORT = "import"
    SKIP = "skip"
    REPLACE = "replace"
    KEEP_BOTH = "keep_both"


class Reason(StrEnum):
    """Why a template got its status, for the preview's explanation."""

    NONE = ""
    UPDATE = "update"  # changed in the pack, untouched here
    OLDER = "older"  # the pack's version is older than the one here
    EDITED_HERE = "edited_here"
    YOURS = "yours"  # the user's own template has this uid
    OTHER_PACK = "other_pack"
    BUILTIN = "builtin"
    KEPT_EARLIER = "kept_earlier"  # an earlier "keep both" stored this text
    IN_BIN = "in_bin"  # identical, but the user put it in the bin


@dataclass(frozen=True)
class LocalTemplate:
    """A stored template with what the plan must know beyond its fields.

    Attributes:
        template: the stored template (with id and pack_uid).
        updated_at: when it was last written (restored exactly by undo).
        deleted_at: when it went to the bin, or None.
        edited_after_import: it came from a pack and its text has changed
            here since (so an update from the pack would overwrite an edit).
    """

    template: Template
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    edited_after_import: bool = False


@dataclass(frozen=True)
class PlanItem:
    """One incoming template, what it is relative to the store, and the choices."""

    incoming: Template
    status: ItemStatus
    reason: Reason
    choices: tuple[Decision, ...]
    default: Decision
    copy: Template
    """What "keep both" would store: the incoming text under its derived uid."""
    local: LocalTemplate | None = None

    @property
    def uid(self) -> str:
        """The incoming template's uid: decisions are keyed by it."""
        return self.incoming.uid


@dataclass(frozen=True)
class ImportPlan:
    """What importing ``pack`` into the current store would do, template by template."""

    pack: Pack
    items: tuple[PlanItem, ...]
    installed: InstalledPack | None = None
    source_path: str = ""

    @property
    def is_update(self) -> bool:
        """The store has this pack in an older version: the file offers an update."""
        return self.installed is not None and is_newer(
            self.pack.metadata.version, self.installed.version
        )

    def count(self, status: ItemStatus) -> int:
        """How many incoming templates have ``status``."""
        return sum(1 for item in self.items if item.status == status)

    def defaults(self, *, replace_conflicts: bool = False) -> dict[str, Decision]:
        """The decision for every template when the user does not choose (CLI, "import all").

        ``replace_conflicts`` turns conflicts into replacements where that is
        allowed (never for built-ins), as ``quadrant import --replace`` does.
        """
        chosen: dict[str, Decision] = {}
        for item in self.items:
            decision = item.default
            if (
                replace_conflicts
                and item.status is ItemStatus.CONFLICTING
                and Decision.REPLACE in item.choices
            ):
                decision = Decision.REPLACE
            chosen[item.uid] = decision
        return chosen

    def resolve(self, decisions: Mapping[str, Decision] | None) -> dict[str, Decision]:
        """Every template's decision: the given ones checked, defaults for the rest.

        Raises:
            ValidationError: a decision names no template of the plan, or is not
                one of that template's choices.
        """
        chosen = self.defaults()
        by_uid = {item.uid: item for item in self.items}
        for uid, decision in (decisions or {}).items():
            item = by_uid.get(uid)
            if item is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The pack has no template {uid}."),
                    params={"uid": uid},
                )
            if Decision(decision) not in item.choices:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "“{name}” cannot be imported with “{decision}”."),
                    params={"name": item.incoming.name, "decision": Decision(decision).value},
                )
            chosen[uid] = Decision(decision)
        return chosen

    def has_work(self, decisions: Mapping[str, Decision] | None = None) -> bool:
        """Whether applying the plan with ``decisions`` would write anything."""
        return any(d is not Decision.SKIP for d in self.resolve(decisions).values())


def same_text(a: Template, b: Template) -> bool:
    """Whether two templates say the same thing (identity and bookkeeping aside)."""
    return content_key(a) == content_key(b)


def content_key(t: Template) -> tuple[object, ...]:
    """The fields an import compares: everything the user reads or filters on."""
    return (t.name, t.kind.value, t.tone.value, t.language.value, t.subject, t.body, t.tags)


def fingerprint(t: Template) -> str:
    """A short stable digest of a template's text, to tell later whether it was edited."""
    raw = json.dumps(content_key(t), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


COPY_MARK: Final = "~"


def copy_for(incoming: Template, pack: Pack) -> Template:
    """What "keep both" stores: the incoming text, a derived uid, the pack's name added.

    The uid depends on the pack and the text only, so keeping the same text
    twice finds the earlier copy instead of adding another.
    """
    digest = hashlib.sha256(
        (pack.metadata.uid + "\0" + fingerprint(incoming)).encode("utf-8")
    ).hexdigest()[:12]
    suffix = f"{COPY_MARK}{digest}"
    uid = incoming.uid[: MAX_UID_CHARS - len(suffix)] + suffix
    label = f" ({pack.metadata.name})"
    name = incoming.name[: max(1, MAX_NAME_CHARS - len(label))].rstrip() + label
    return replace(incoming, uid=uid, name=name[:MAX_NAME_CHARS], id=None, builtin=False)


def plan_items(pack: Pack, local: Mapping[str, LocalTemplate]) -> tuple[PlanItem, ...]:
    """Classify each incoming template against ``local`` (keyed by uid, copies included)."""
    return tuple(_classify(t, pack, local) for t in pack.templates)


def wanted_uids(pack: Pack) -> list[str]:
    """The uids a plan must look up: each template's own and its keep-both copy's."""
    uids: list[str] = []
    for template in pack.templates:
        uids += [template.uid, copy_for(template, pack).uid]
    return uids


_ALL: Final = (Decision.REPLACE, Decision.KEEP_BOTH, Decision.SKIP)


def _classify(incoming: Template, pack: Pack, local: Mapping[str, LocalTemplate]) -> PlanItem:
    copy = copy_for(incoming, pack)
    found = local.get(incoming.uid)

    def item(
        status: ItemStatus, reason: Reason, choices: Sequence[Decision], default: Decision
    ) -> PlanItem:
        return PlanItem(incoming, status, reason, tuple(choices), default, copy, found)

    if found is None:
        return item(ItemStatus.NEW, Reason.NONE, (Decision.IMPORT, Decision.SKIP), Decision.IMPORT)
    mine = found.template
    if same_text(mine, incoming):
        reason = Reason.IN_BIN if found.deleted_at is not None else Reason.NONE
        return item(ItemStatus.IDENTICAL, reason, (Decision.SKIP,), Decision.SKIP)
    if copy.uid in local:  # kept both earlier (and maybe edited that copy since)
        return item(ItemStatus.IDENTICAL, Reason.KEPT_EARLIER, (Decision.SKIP,), Decision.SKIP)
    if mine.builtin:
        choices = (Decision.KEEP_BOTH, Decision.SKIP)
        return item(ItemStatus.CONFLICTING, Reason.BUILTIN, choices, Decision.KEEP_BOTH)
    if mine.pack_uid == pack.metadata.uid and not found.edited_after_import:
        if incoming.version < mine.version:
            return item(ItemStatus.CHANGED, Reason.OLDER, _ALL, Decision.SKIP)
        return item(ItemStatus.CHANGED, Reason.UPDATE, _ALL, Decision.REPLACE)
    if mine.pack_uid == pack.metadata.uid:
        reason = Reason.EDITED_HERE
    elif mine.pack_uid is None:
        reason = Reason.YOURS
    else:
        reason = Reason.OTHER_PACK
    return item(ItemStatus.CONFLICTING, reason, _ALL, Decision.KEEP_BOTH)


@dataclass(frozen=True)
class DiffRow:
    """One row of a side-by-side diff; None on one side means "no line here"."""

    left: str | None
    right: str | None
    tag: str  # "equal", "replace", "delete" (left only) or "insert" (right only)


def side_by_side(old: str, new: str) -> tuple[DiffRow, ...]:
    """Line-aligned rows for showing ``old`` and ``new`` next to each other.

    Replaced blocks of unequal length are padded with None, so the two
    columns stay aligned line for line.
    """
    a, b = old.splitlines(), new.splitlines()
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        left, right = a[i1:i2], b[j1:j2]
        for index in range(max(len(left), len(right))):
            rows.append(
                DiffRow(
                    left[index] if index < len(left) else None,
                    right[index] if index < len(right) else None,
                    tag,
                )
            )
    return tuple(rows)
