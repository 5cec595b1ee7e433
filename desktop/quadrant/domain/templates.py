"""Reply templates: the reusable texts a boundary reply is drafted from.

A template is a subject and a body in the safe placeholder grammar
(:mod:`quadrant.domain.placeholders`), labelled with the reply kind, tone and
language it is for. Built-in templates ship in resources/templates/builtin.json;
packs from colleagues carry the same fields. Both are validated here, before
anything is stored, so a bad template is refused with its uid named instead
of failing later in the middle of drafting a reply.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from quadrant.domain import placeholders
from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.placeholders import PlaceholderError, Rendered
from quadrant.domain.replies import Language, ReplyKind, Tone

MAX_NAME_CHARS: Final = 200
MAX_UID_CHARS: Final = 200
MAX_TAG_CHARS: Final = 50
BUILTIN_FORMAT: Final = "quadrant-builtin-templates"

_FIELDS: Final = frozenset(
    {"uid", "name", "kind", "tone", "language", "subject", "body", "tags", "version"}
)


@dataclass(frozen=True)
class RenderedReply:
    """A template filled in: subject and body, and every gap in either (once, in order)."""

    subject: Rendered
    body: Rendered

    @property
    def gaps(self) -> tuple[str, ...]:
        """Names missing in the subject or the body."""
        return tuple(dict.fromkeys((*self.subject.gaps, *self.body.gaps)))


@dataclass(frozen=True)
class Template:
    """One reply template.

    Attributes:
        uid: stable identity across packs and versions ("builtin.decline.warm.nl").
        name: what the user sees in the template list.
        kind: the reply kind it is written for.
        tone: warm, neutral or firm.
        language: the language of subject and body.
        subject: the mail subject (one line; may be empty).
        body: the mail text.
        tags: free labels for searching.
        builtin: shipped with Quadrant (read-only in the UI).
        version: raised by the author on each change, so an import can tell newer from older.
        id: database id, None until stored.
        pack_uid: the pack it came from, None for built-in and own templates.
    """

    uid: str
    name: str
    kind: ReplyKind
    tone: Tone
    language: Language
    subject: str
    body: str
    tags: tuple[str, ...] = ()
    builtin: bool = False
    version: int = 1
    id: int | None = None
    pack_uid: str | None = None

    def validate(self) -> None:
        """Check every field; return quietly when the template can be stored and used.

        Raises:
            ValidationError: a field breaks a rule; ``where`` names the uid and field.
                Placeholder errors keep their line and column (PlaceholderError).
        """
        uid = self.uid if isinstance(self.uid, str) else ""
        where = f"template {_shorten(uid) or '(no uid)'}"
        _check_uid(self.uid, where)
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A template needs a name."), f"{where}, name"
            )
        if len(self.name) > MAX_NAME_CHARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The name is longer than {limit} characters."),
                f"{where}, name",
                params={"limit": MAX_NAME_CHARS},
            )
        _check_enum(self.kind, ReplyKind, "kind", where)
        _check_enum(self.tone, Tone, "tone", where)
        _check_enum(self.language, Language, "language", where)
        if not isinstance(self.subject, str) or "\n" in self.subject or "\r" in self.subject:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The subject must be a single line of text."),
                f"{where}, subject",
            )
        if not isinstance(self.body, str) or not self.body.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A template needs a body text."), f"{where}, body"
            )
        for field_name, text in (("subject", self.subject), ("body", self.body)):
            try:
                placeholders.validate(text)
            except PlaceholderError as e:
                raise e.located(f"{where}, {field_name}") from e
        if not isinstance(self.tags, tuple) or not all(
            isinstance(tag, str) and tag.strip() and len(tag) <= MAX_TAG_CHARS for tag in self.tags
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Tags must be non-empty texts of at most {limit} characters."
                ),
                f"{where}, tags",
                params={"limit": MAX_TAG_CHARS},
            )
        if isinstance(self.version, bool) or not isinstance(self.version, int) or self.version < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The version must be a whole number of 1 or more."),
                where,
            )

    @property
    def placeholders(self) -> tuple[str, ...]:
        """The placeholder names used in subject and body, each once, in order."""
        names = (
            *placeholders.placeholders_in(self.subject),
            *placeholders.placeholders_in(self.body),
        )
        return tuple(dict.fromkeys(names))

    def render(self, values: Mapping[str, str | None]) -> RenderedReply:
        """Subject and body filled with ``values``; missing ones become visible gaps.

        Raises:
            ValidationError: the template is malformed or a value is not text.
        """
        return RenderedReply(
            subject=placeholders.render(self.subject, values),
            body=placeholders.render(self.body, values),
        )


def _shorten(text: str) -> str:
    """``text`` cut short for use in a message (a hostile uid can be very long)."""
    return text if len(text) <= 60 else text[:60] + "…"


def _check_uid(uid: object, where: str) -> None:
    if not isinstance(uid, str) or not uid.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A template needs a uid."), where)
    if len(uid) > MAX_UID_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The uid is longer than {limit} characters."),
            where,
            params={"limit": MAX_UID_CHARS},
        )
    if any(ch.isspace() or not ch.isprintable() for ch in uid):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The uid may not contain spaces or control characters."),
            where,
        )


_UNKNOWN_CHOICE: Final = {
    "kind": QT_TRANSLATE_NOOP("errors", "Unknown kind {value}; use one of: {allowed}."),
    "tone": QT_TRANSLATE_NOOP("errors", "Unknown tone {value}; use one of: {allowed}."),
    "language": QT_TRANSLATE_NOOP("errors", "Unknown language {value}; use one of: {allowed}."),
}
"""One whole sentence per field: a translation cannot glue "unknown" to a field name."""


def _check_enum(
    value: object, enum: type[ReplyKind | Tone | Language], name: str, where: str
) -> None:
    if not isinstance(value, enum):
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError(
            _UNKNOWN_CHOICE[name],
            f"{where}, {name}",
            params={"value": repr(value), "allowed": allowed},
        )


def missing_combinations(
    templates: Iterable[Template],
) -> tuple[tuple[ReplyKind, Tone, Language], ...]:
    """Every kind × tone × language for which ``templates`` has no template.

    The reply dialog relies on the built-in library filling every combination,
    so there is always a starting text; this is how that promise is checked.
    """
    present = {(t.kind, t.tone, t.language) for t in templates}
    return tuple(
        (kind, tone, language)
        for kind in ReplyKind
        for tone in Tone
        for language in Language
        if (kind, tone, language) not in present
    )


def parse_builtin_library(json_text: str) -> tuple[Template, ...]:
    """Read and validate the built-in template library (resources/templates/builtin.json).

    The file is an object ``{"format": "quadrant-builtin-templates",
    "version": 1, "templates": [...]}``; each template has uid, name, kind,
    tone, language, subject, body (a string, or a list of lines joined with
    newlines so the file stays readable) and optionally tags and version.
    Unknown fields are refused so a typo cannot silently drop a text.

    Raises:
        ValidationError: the JSON is malformed, or a template is invalid; the
            message or ``where`` names the template's uid.
    """
    try:
        data = json.loads(json_text)
    except (json.JSONDecodeError, RecursionError) as e:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The built-in template library is not valid JSON: {problem}"
            ),
            params={"problem": str(e)},
        ) from e
    if not isinstance(data, dict) or data.get("format") != BUILTIN_FORMAT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", 'The built-in template library must have "format": "{format}".'
            ),
            params={"format": BUILTIN_FORMAT},
        )
    entries = data.get("templates")
    if not isinstance(entries, list):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", 'The built-in template library needs a "templates" list.')
        )
    templates: list[Template] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        template = _template_from_entry(entry, index)
        if template.uid in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This uid is used twice."), f"template {template.uid}"
            )
        seen.add(template.uid)
        templates.append(template)
    return tuple(templates)


def _template_from_entry(entry: Any, index: int) -> Template:
    """One template from its JSON object; errors name the uid (or the position)."""
    if not isinstance(entry, dict):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Each template must be a JSON object."),
            f"templates[{index}]",
        )
    uid = entry.get("uid")
    where = f"template {uid}" if isinstance(uid, str) and uid else f"templates[{index}]"
    unknown = sorted(str(key) for key in entry if key not in _FIELDS)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown field(s): {fields}."),
            where,
            params={"fields": ", ".join(unknown)},
        )
    for key in ("uid", "name", "kind", "tone", "language", "subject", "body"):
        if key not in entry:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", 'Missing field "{field}".'),
                where,
                params={"field": key},
            )
    if not isinstance(uid, str):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", '"uid" must be text.'), where)
    body = entry["body"]
    if isinstance(body, list) and all(isinstance(line, str) for line in body):
        body = "\n".join(body)
    tags = entry.get("tags", [])
    if not isinstance(tags, list):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", '"tags" must be a list of texts.'), where)
    try:
        template = Template(
            uid=uid,
            name=entry["name"],
            kind=ReplyKind(entry["kind"]),
            tone=Tone(entry["tone"]),
            language=Language(entry["language"]),
            subject=entry["subject"],
            body=body,
            tags=tuple(tags),
            builtin=True,
            version=entry.get("version", 1),
        )
    except ValueError as e:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind, tone or language: {problem}"),
            where,
            params={"problem": str(e)},
        ) from e
    template.validate()
    return template
