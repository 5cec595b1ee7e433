"""Template library use cases: built-ins, the user's own templates, and those from packs.

Each use case takes a unit of work and commits at most once. The rules:

* Built-in templates come from resources/templates/builtin.json and are
  copied into the ``template`` table when the file changed since the last
  start (:func:`ensure_builtins` compares a hash, so an unchanged library
  costs one setting read).
* Built-ins are never destroyed or rewritten by the user: saving an edited
  built-in stores a user copy with a new uid (:func:`save_template`).
  Deleting one only moves it to the bin; :func:`restore_defaults` brings
  every built-in back as shipped.
* Every template is validated through :meth:`Template.validate` before it is
  stored, so an unknown placeholder never reaches the table.
* Deleting is soft (``deleted_at``) so undo and "restore" work.

Template packs (import/export) build on :func:`list_templates`,
:func:`save_template`, :func:`get_by_uid` and the repository in
services.reply_ports.TemplateRepository.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Final

from quadrant.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from quadrant.domain.placeholders import escape, gap_marker
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.search import matches_text
from quadrant.domain.templates import Template, parse_builtin_library
from quadrant.services.clock import utc_now
from quadrant.services.ports import UnitOfWork

BUILTIN_HASH_KEY: Final = "builtin_templates_sha256"
"""Setting that remembers which built-in library the table holds."""

USER_UID_PREFIX: Final = "user."


class TemplateSource(StrEnum):
    """Where a template comes from; the template manager filters on it."""

    BUILTIN = "builtin"
    MINE = "mine"
    PACK = "pack"


def source_of(template: Template) -> TemplateSource:
    """Where ``template`` comes from: shipped, imported from a pack, or the user's own."""
    if template.builtin:
        return TemplateSource.BUILTIN
    if template.pack_uid is not None:
        return TemplateSource.PACK
    return TemplateSource.MINE


@dataclass(frozen=True, slots=True)
class TemplateQuery:
    """A filter over the library; None means "any"."""

    kind: ReplyKind | None = None
    tone: Tone | None = None
    language: Language | None = None
    source: TemplateSource | None = None
    text: str = ""

    def matches(self, template: Template) -> bool:
        """Whether ``template`` passes the kind, tone, language and text filters.

        For templates outside the library (a team pack's); the library
        itself is filtered in the store, the source by where it was found.
        """
        return (
            self.kind in (None, template.kind)
            and self.tone in (None, template.tone)
            and self.language in (None, template.language)
            and self.matches_text(template)
        )

    def matches_text(self, template: Template) -> bool:
        """Whether every word of ``text`` occurs in the name, tags, subject or body.

        The same rule as the matrix's search field (domain.search).
        """
        return matches_text(
            self.text, template.name, " ".join(template.tags), template.subject, template.body
        )


def new_uid() -> str:
    """A fresh, stable uid for a user template (it survives export and re-import)."""
    return f"{USER_UID_PREFIX}{uuid.uuid4()}"


def builtin_library_text() -> str:
    """The shipped built-in library, read from the resources folder."""
    from quadrant.paths import resource_dir

    path = resource_dir() / "templates" / "builtin.json"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The built-in templates cannot be read: {reason}"),
            params={"reason": str(e)},
        ) from e


def library_hash(library_text: str) -> str:
    """The fingerprint :func:`ensure_builtins` compares with the stored one."""
    return hashlib.sha256(library_text.encode("utf-8")).hexdigest()


def ensure_builtins(
    uow: UnitOfWork, library_text: str | None = None, now: datetime | None = None
) -> int:
    """Bring the built-in templates in the table up to date with the shipped library.

    Cheap when nothing changed: one setting read. Otherwise new built-ins are
    added, changed ones rewritten (a built-in in the bin stays there), and
    built-ins no longer shipped are moved to the bin. User copies are never
    touched.

    Args:
        uow: the unit of work; committed here when anything changed.
        library_text: the library JSON; None reads the shipped file.
        now: the moment of the change (tests pass it).

    Returns:
        How many template rows were written (0 when already up to date).

    Raises:
        ValidationError: the library file is missing or invalid.
    """
    with uow:
        stored_hash = uow.settings.get(BUILTIN_HASH_KEY)
    text = builtin_library_text() if library_text is None else library_text
    fingerprint = library_hash(text)
    if stored_hash == fingerprint:
        return 0
    shipped = parse_builtin_library(text)
    now = now or utc_now()
    with uow:
        written = _sync_builtins(uow, shipped, now, undelete=False)
        uow.settings.put(BUILTIN_HASH_KEY, fingerprint)
        uow.commit()
    return written


def restore_defaults(
    uow: UnitOfWork, library_text: str | None = None, now: datetime | None = None
) -> int:
    """Put every built-in back as shipped, out of the bin; user templates stay as they are.

    Returns:
        How many built-in rows were written or brought back.
    """
    text = builtin_library_text() if library_text is None else library_text
    shipped = parse_builtin_library(text)
    now = now or utc_now()
    with uow:
        written = _sync_builtins(uow, shipped, now, undelete=True)
        uow.settings.put(BUILTIN_HASH_KEY, library_hash(text))
        uow.commit()
    return written


def _sync_builtins(
    uow: UnitOfWork, shipped: tuple[Template, ...], now: datetime, *, undelete: bool
) -> int:
    written = 0
    shipped_uids = {t.uid for t in shipped}
    for template in shipped:
        existing = uow.templates.by_uid(template.uid)
        if existing is None:
            uow.templates.add(template, now)
            written += 1
            continue
        assert existing.id is not None
        if not existing.builtin:
            # A user or pack template took this uid first; never overwrite the user's work.
            continue
        wanted = replace(template, id=existing.id, pack_uid=None)
        if wanted != existing:
            uow.templates.update(wanted, now)
            written += 1
        if undelete and uow.templates.is_deleted(existing.id):
            uow.templates.set_deleted(existing.id, None)
            written += 1
    for stale in uow.templates.find(source=TemplateSource.BUILTIN):
        if stale.uid not in shipped_uids and stale.id is not None:
            uow.templates.set_deleted(stale.id, now)
            written += 1
    return written


def list_templates(uow: UnitOfWork, query: TemplateQuery | None = None) -> list[Template]:
    """Templates outside the bin that match ``query``, by name."""
    query = query or TemplateQuery()
    with uow:
        found = uow.templates.find(
            kind=query.kind,
            tone=query.tone,
            language=query.language,
            source=TemplateSource(query.source).value if query.source is not None else None,
        )
    return [t for t in found if query.matches_text(t)]


def deleted_templates(uow: UnitOfWork) -> list[Template]:
    """Templates in the bin, by name."""
    with uow:
        return list(uow.templates.find(deleted=True))


def get_template(uow: UnitOfWork, template_id: int) -> Template:
    """One template, in the bin or not."""
    with uow:
        return uow.templates.get(template_id)


def get_by_uid(uow: UnitOfWork, uid: str) -> Template | None:
    """The template with this uid, in the bin or not, or None."""
    with uow:
        return uow.templates.by_uid(uid)


def is_deleted(uow: UnitOfWork, template_id: int) -> bool:
    """Whether the template is in the bin."""
    with uow:
        return uow.templates.is_deleted(template_id)


def templates_for(
    uow: UnitOfWork, kind: ReplyKind, tone: Tone, language: Language
) -> list[Template]:
    """The templates to draft a reply from, best first: own, then packs, then built-in.

    The user's own phrasing beats a colleague's, which beats the shipped one:
    a template someone took the trouble to write is the one she wants.
    """
    with uow:
        found = uow.templates.find(kind=kind, tone=tone, language=language)
    rank = {TemplateSource.MINE: 0, TemplateSource.PACK: 1, TemplateSource.BUILTIN: 2}
    return sorted(found, key=lambda t: rank[source_of(t)])


def save_template(uow: UnitOfWork, template: Template, now: datetime | None = None) -> Template:
    """Store a new or edited template; editing a built-in stores a user copy instead.

    * ``id`` None: a new template. An empty uid gets a fresh one.
    * an existing built-in: the edit is saved as a new user template (new
      uid, version 1); the built-in stays as shipped.
    * an existing own or pack template: updated in place, version raised by
      one when subject or body changed.

    Returns:
        The stored template, with its id.

    Raises:
        ValidationError: a field breaks a rule (see Template.validate); nothing is stored.
        NotFoundError: the template to update, or its pack, does not exist.
    """
    now = now or utc_now()
    with uow:
        if template.id is None:
            stored = _add_new(uow, template, now)
        else:
            existing = uow.templates.get(template.id)
            if existing.builtin:
                copy = replace(template, id=None, uid=new_uid(), builtin=False, version=1)
                stored = _add_new(uow, replace(copy, pack_uid=None), now)
            else:
                stored = _update(uow, existing, template, now)
        uow.commit()
    return stored


def _add_new(uow: UnitOfWork, template: Template, now: datetime) -> Template:
    uid = template.uid.strip() if isinstance(template.uid, str) else ""
    candidate = replace(template, uid=uid or new_uid(), builtin=False)
    candidate.validate()
    if uow.templates.by_uid(candidate.uid) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Another template already has this uid."),
            f"template {candidate.uid}",
        )
    return uow.templates.add(candidate, now)


def _update(uow: UnitOfWork, existing: Template, template: Template, now: datetime) -> Template:
    text_changed = (template.subject, template.body) != (existing.subject, existing.body)
    version = max(template.version, existing.version + (1 if text_changed else 0))
    candidate = replace(template, uid=existing.uid, builtin=False, version=version)
    candidate.validate()
    if candidate != existing:
        uow.templates.update(candidate, now)
    assert candidate.id is not None
    return uow.templates.get(candidate.id)


def duplicate_template(
    uow: UnitOfWork, template_id: int, name: str | None = None, now: datetime | None = None
) -> Template:
    """A user copy of any template, with a new uid; ``name`` defaults to the original's."""
    now = now or utc_now()
    with uow:
        original = uow.templates.get(template_id)
        copy = replace(
            original,
            id=None,
            uid=new_uid(),
            name=name if name is not None else original.name,
            builtin=False,
            version=1,
            pack_uid=None,
        )
        stored = _add_new(uow, copy, now)
        uow.commit()
    return stored


def delete_template(uow: UnitOfWork, template_id: int, now: datetime | None = None) -> Template:
    """Move a template to the bin (built-ins too: restore defaults brings them back)."""
    now = now or utc_now()
    with uow:
        template = uow.templates.get(template_id)
        if not uow.templates.is_deleted(template_id):
            uow.templates.set_deleted(template_id, now)
            uow.commit()
    return template


def restore_template(uow: UnitOfWork, template_id: int) -> Template:
    """Take a template out of the bin (undo of a delete)."""
    with uow:
        template = uow.templates.get(template_id)
        if uow.templates.is_deleted(template_id):
            uow.templates.set_deleted(template_id, None)
            uow.commit()
    return template


def require_template(uow: UnitOfWork, template_id: int) -> Template:
    """A template that is usable now: NotFoundError when it is missing or in the bin."""
    with uow:
        template = uow.templates.get(template_id)
        if uow.templates.is_deleted(template_id):
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "The template “{name}” is in the bin."),
                params={"name": template.name},
            )
        return template


def source_from_text(text: str, values: Mapping[str, str | None]) -> str:
    """Template source for a drafted text: the filled-in values become placeholders again.

    Used by "save as template" in the reply dialog, so a reworded reply to
    Anna becomes a template that greets the next requester by her own name.
    Longer values are replaced first ("Anna de Vries" before "Anna"), only
    as whole words; gap markers become their placeholder; literal braces are
    escaped. The result always passes validation.
    """
    source = escape(text)
    for name in values:
        source = source.replace(escape(gap_marker(name)), "{" + name + "}")
    filled = sorted(
        ((name, value.strip()) for name, value in values.items() if value and value.strip()),
        key=lambda pair: len(pair[1]),
        reverse=True,
    )
    for name, value in filled:
        pattern = re.compile(r"(?<!\w)" + re.escape(escape(value)) + r"(?!\w)")
        source = _replace_outside_placeholders(source, pattern, "{" + name + "}")
    return source


def _replace_outside_placeholders(source: str, pattern: re.Pattern[str], new: str) -> str:
    """Replace ``pattern`` in literal stretches only, never inside a placeholder made earlier."""
    pieces = re.split(r"((?<!\{)\{[a-z_]+\}(?!\}))", source)
    return "".join(
        piece if index % 2 else pattern.sub(lambda _m: new, piece)
        for index, piece in enumerate(pieces)
    )
