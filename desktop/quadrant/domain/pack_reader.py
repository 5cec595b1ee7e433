"""Checking a pack document field by field: types, lengths, characters, unknown fields.

Runs after domain.pack_format has parsed the bytes within limits and
upgraded an older format. Each field's type is checked before its value is
used; an unknown field is reported, never silently dropped. Problems
are collected with their JSON path — ``templates[3] (“Nee zeggen”).body`` —
up to ``MAX_PROBLEMS``; a file with more is clearly not worth reading on.

Messages are constant templates; whatever came from the file (a name, a
key, a value) travels in ``params`` only, so no text from a stranger is ever
read as a format string.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from quadrant.domain import placeholders
from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.packs import (
    MAX_PROBLEMS,
    MAX_TEMPLATES,
    MAX_TEXT_CHARS,
    Pack,
    PackMetadata,
    Problem,
    parse_version,
)
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.safe_json import describe
from quadrant.domain.templates import MAX_NAME_CHARS, MAX_TAG_CHARS, MAX_UID_CHARS, Template

MAX_SHORT_CHARS: Final = 200
MAX_TAGS: Final = 20
MAX_TEMPLATE_VERSION: Final = 1_000_000_000

_TOP: Final = ("format", "pack", "templates")
_FORMAT: Final = ("name", "version")
_PACK_REQUIRED: Final = ("uid", "name", "version")
_PACK: Final = (*_PACK_REQUIRED, "author", "description", "languages", "license", "created")
_TEMPLATE_REQUIRED: Final = ("uid", "name", "kind", "tone", "language", "body")
_TEMPLATE: Final = (*_TEMPLATE_REQUIRED, "subject", "tags", "version")

_BIDI_CONTROLS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Direction overrides can make a name read differently from what it is; text may keep them."""
_LINE_BREAKS: Final = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")


def shown(text: str, limit: int = 40) -> str:
    """``text`` made safe to quote in a message: printable, one line, short."""
    clean = "".join(
        ch if ch.isprintable() and ch not in _BIDI_CONTROLS else "\N{REPLACEMENT CHARACTER}"
        for ch in text[: limit + 1]
    )
    return clean if len(clean) <= limit else clean[:limit] + "…"


class TooManyProblems(Exception):
    """Raised inside the reader once MAX_PROBLEMS problems are known."""


class PackReader:
    """Checks a (current-format) pack document and builds the Pack, collecting problems."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, where: str, template: str, **params: object) -> None:
        """Record a problem; stops the reading once there are MAX_PROBLEMS."""
        self.problems.append(Problem(where, template, params))
        if len(self.problems) >= MAX_PROBLEMS:
            raise TooManyProblems

    # Structure ------------------------------------------------------------

    def fields(
        self, obj: object, where: str, known: tuple[str, ...], required: tuple[str, ...]
    ) -> dict[str, Any] | None:
        """``obj`` as an object whose repeated, unknown and missing fields are reported."""
        if not isinstance(obj, dict):
            self.add(
                where,
                QT_TRANSLATE_NOOP("errors", "Expected an object, found {found}."),
                found=describe(obj),
            )
            return None
        prefix = f"{where}." if where else ""
        for key in getattr(obj, "duplicates", ()):
            self.add(
                prefix + shown(key),
                QT_TRANSLATE_NOOP("errors", "This field appears more than once."),
            )
        for key in obj:
            if key not in known:
                self.add(
                    prefix + shown(key),
                    QT_TRANSLATE_NOOP(
                        "errors", 'Unknown field "{field}"; the fields here are: {known}.'
                    ),
                    field=shown(key),
                    known=", ".join(known),
                )
        for key in required:
            if key not in obj:
                self.add(where, QT_TRANSLATE_NOOP("errors", 'Missing field "{field}".'), field=key)
        return obj

    def pack(self, document: Mapping[str, Any], version: int) -> Pack | None:
        """The whole document: format, metadata, templates."""
        top = self.fields(document, "", _TOP, _TOP)
        if top is None:
            return None
        if "format" in top:
            self.fields(top["format"], "format", _FORMAT, _FORMAT)
        templates = self.templates(top["templates"]) if "templates" in top else ()
        metadata = self.metadata(top["pack"], templates) if "pack" in top else None
        if metadata is None or self.problems:
            return None
        return Pack(metadata, templates, format_version=version)

    def metadata(self, obj: object, templates: tuple[Template, ...]) -> PackMetadata | None:
        """The "pack" object: who made the pack, which version, for which languages."""
        data = self.fields(obj, "pack", _PACK, _PACK_REQUIRED)
        if data is None:
            return None
        short = MAX_SHORT_CHARS
        return PackMetadata(
            uid=self.uid(data.get("uid"), "pack.uid"),
            name=self.text(data, "name", "pack", max_chars=short, name=True, required=True),
            version=self.version(data),
            author=self.text(data, "author", "pack", max_chars=short, name=True),
            description=self.text(
                data, "description", "pack", max_chars=MAX_TEXT_CHARS, lines=True
            ),
            languages=self.languages(data, templates),
            license=self.text(data, "license", "pack", max_chars=short, name=True),
            created=self.created(data),
        )

    def version(self, data: Mapping[str, Any]) -> str:
        """The pack's MAJOR.MINOR.PATCH version."""
        version = self.text(data, "version", "pack", max_chars=32, required=True)
        if version:
            try:
                parse_version(version)
            except ValueError:
                self.add(
                    "pack.version",
                    QT_TRANSLATE_NOOP(
                        "errors", 'The version "{value}" is not MAJOR.MINOR.PATCH, such as 1.2.0.'
                    ),
                    value=shown(version),
                )
        return version

    def created(self, data: Mapping[str, Any]) -> str:
        """The optional "created" moment: ISO 8601, or empty."""
        created = self.text(data, "created", "pack", max_chars=64)
        if created:
            try:
                datetime.fromisoformat(created)
            except ValueError:
                self.add(
                    "pack.created",
                    QT_TRANSLATE_NOOP(
                        "errors", '"{value}" is not a date and time such as 2026-11-18T09:00:00Z.'
                    ),
                    value=shown(created),
                )
        return created

    def languages(
        self, data: Mapping[str, Any], templates: tuple[Template, ...]
    ) -> tuple[Language, ...]:
        """The pack's languages; derived from the templates when the file leaves them out."""
        if "languages" not in data:
            return tuple(sorted({t.language for t in templates}))
        value = data["languages"]
        if not isinstance(value, list):
            self.add(
                "pack.languages",
                QT_TRANSLATE_NOOP("errors", "Expected a list of language codes, found {found}."),
                found=describe(value),
            )
            return ()
        found: list[Language] = []
        for index, item in enumerate(value[: len(Language) + 1]):
            language = self.choice(item, f"pack.languages[{index}]", Language)
            if language is not None and language not in found:
                found.append(language)
        return tuple(found)

    # Templates ------------------------------------------------------------

    def templates(self, value: object) -> tuple[Template, ...]:
        """The "templates" list: at most MAX_TEMPLATES, uids unique."""
        if not isinstance(value, list):
            self.add(
                "templates",
                QT_TRANSLATE_NOOP("errors", "Expected a list of templates, found {found}."),
                found=describe(value),
            )
            return ()
        if len(value) > MAX_TEMPLATES:
            self.add(
                "templates",
                QT_TRANSLATE_NOOP(
                    "errors", "The pack has {count} templates; the limit is {limit}."
                ),
                count=len(value),
                limit=MAX_TEMPLATES,
            )
            return ()
        found: list[Template] = []
        first_use: dict[str, str] = {}
        for index, entry in enumerate(value):
            template = self.template(entry, index)
            if template is None:
                continue
            where = self.where(index, entry)
            if template.uid in first_use:
                self.add(
                    f"{where}.uid",
                    QT_TRANSLATE_NOOP("errors", "This uid is used twice (first at {other})."),
                    other=first_use[template.uid],
                )
                continue
            first_use[template.uid] = where
            found.append(template)
        return tuple(found)

    def where(self, index: int, entry: object) -> str:
        """The path of a template, with its name when it has a readable one."""
        name = entry.get("name") if isinstance(entry, dict) else None
        if isinstance(name, str) and name.strip():
            return f"templates[{index}] (“{shown(name.strip())}”)"
        return f"templates[{index}]"

    def template(self, entry: object, index: int) -> Template | None:
        """One template; None when any of its fields has a problem (all are reported)."""
        where = self.where(index, entry)
        data = self.fields(entry, where, _TEMPLATE, _TEMPLATE_REQUIRED)
        if data is None:
            return None
        before = len(self.problems)
        uid = self.uid(data.get("uid"), f"{where}.uid") if "uid" in data else ""
        name = self.text(data, "name", where, max_chars=MAX_NAME_CHARS, name=True, required=True)
        kind = self.choice(data.get("kind"), f"{where}.kind", ReplyKind) if "kind" in data else None
        tone = self.choice(data.get("tone"), f"{where}.tone", Tone) if "tone" in data else None
        language = (
            self.choice(data.get("language"), f"{where}.language", Language)
            if "language" in data
            else None
        )
        subject = self.text(data, "subject", where, max_chars=MAX_TEXT_CHARS)
        body = self.text(data, "body", where, max_chars=MAX_TEXT_CHARS, lines=True, required=True)
        tags = self.tags(data.get("tags", []), f"{where}.tags")
        version = self.template_version(data.get("version", 1), f"{where}.version")
        for key, text in (("subject", subject), ("body", body)):
            self.grammar(text, f"{where}.{key}")
        if len(self.problems) > before or kind is None or tone is None or language is None:
            return None
        template = Template(uid, name, kind, tone, language, subject, body, tags, version=version)
        try:
            template.validate()  # the library's own rules, so a pack can never store less
        except ValidationError as e:
            self.add(where, e.template, **e.params)  # its own template: translated in the UI
            return None
        return template

    def grammar(self, text: str, where: str) -> None:
        """The safe placeholder grammar: known names only, no attribute access, balanced braces."""
        if not text:
            return
        try:
            placeholders.validate(text)
        except ValidationError as e:
            self.add(where, e.template, **e.params)  # its own template: translated in the UI

    def tags(self, value: object, where: str) -> tuple[str, ...]:
        """Free labels: a short list of short texts."""
        if not isinstance(value, list):
            self.add(
                where,
                QT_TRANSLATE_NOOP("errors", "Expected a list of tags, found {found}."),
                found=describe(value),
            )
            return ()
        if len(value) > MAX_TAGS:
            self.add(
                where,
                QT_TRANSLATE_NOOP("errors", "There are {count} tags; the limit is {limit}."),
                count=len(value),
                limit=MAX_TAGS,
            )
            return ()
        tags: list[str] = []
        for index, item in enumerate(value):
            tag = self.value_text(item, f"{where}[{index}]", max_chars=MAX_TAG_CHARS, name=True)
            if tag is not None:
                if not tag.strip():
                    self.add(
                        f"{where}[{index}]", QT_TRANSLATE_NOOP("errors", "A tag may not be empty.")
                    )
                else:
                    tags.append(tag)
        return tuple(tags)

    def template_version(self, value: object, where: str) -> int:
        """A template's version: a whole number from 1."""
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not 1 <= value <= MAX_TEMPLATE_VERSION
        ):
            self.add(
                where,
                QT_TRANSLATE_NOOP(
                    "errors", "The version must be a whole number from 1, not {found}."
                ),
                found=describe(value) if not isinstance(value, int) else str(value)[:20],
            )
            return 1
        return value

    # Values ---------------------------------------------------------------

    def uid(self, value: object, where: str) -> str:
        """A stable identity: printable, no spaces, at most MAX_UID_CHARS."""
        text = self.value_text(value, where, max_chars=MAX_UID_CHARS, name=True)
        if text is None:
            return ""
        if not text or any(ch.isspace() or not ch.isprintable() for ch in text):
            self.add(
                where,
                QT_TRANSLATE_NOOP(
                    "errors", "A uid must be non-empty, without spaces or control characters."
                ),
            )
        return text

    def choice(self, value: object, where: str, enum: type[ReplyKind | Tone | Language]) -> Any:
        """One of the values of ``enum``, or None after reporting what is allowed."""
        if isinstance(value, str):
            for member in enum:
                if member.value == value:
                    return member
        allowed = ", ".join(member.value for member in enum)
        shown_value = f'"{shown(value)}"' if isinstance(value, str) else describe(value)
        self.add(
            where,
            QT_TRANSLATE_NOOP("errors", "{value} is not allowed here; use one of: {allowed}."),
            value=shown_value,
            allowed=allowed,
        )
        return None

    def text(
        self,
        data: Mapping[str, Any],
        key: str,
        where: str,
        *,
        max_chars: int,
        name: bool = False,
        lines: bool = False,
        required: bool = False,
    ) -> str:
        """An optional (or required) text field of an object; "" when absent or wrong."""
        if key not in data:
            return ""
        text = self.value_text(
            data[key], f"{where}.{key}", max_chars=max_chars, name=name, lines=lines
        )
        if text is None:
            return ""
        if required and not text.strip():
            self.add(f"{where}.{key}", QT_TRANSLATE_NOOP("errors", "This may not be empty."))
        return text

    def value_text(
        self, value: object, where: str, *, max_chars: int, name: bool = False, lines: bool = False
    ) -> str | None:
        """``value`` if it is acceptable text; otherwise None after reporting why.

        ``lines`` allows line breaks and tabs (bodies, descriptions); ``name``
        refuses ``<`` and ``>`` and direction overrides, because names appear
        in lists, menus and messages all over the app.
        """
        if not isinstance(value, str):
            self.add(
                where,
                QT_TRANSLATE_NOOP("errors", "Expected text, found {found}."),
                found=describe(value),
            )
            return None
        if len(value) > max_chars:
            self.add(
                where,
                QT_TRANSLATE_NOOP(
                    "errors", "This text is {count} characters long; the limit is {limit}."
                ),
                count=len(value),
                limit=max_chars,
            )
            return None
        bad = _first_bad_character(value, lines=lines, name=name)
        if bad is not None:
            position, character = bad
            self.add(
                where,
                _bad_character_message(character),
                code=f"U+{ord(character):04X}",
                position=position + 1,
            )
            return None
        return value


def _first_bad_character(text: str, *, lines: bool, name: bool) -> tuple[int, str] | None:
    for position, ch in enumerate(text):
        if lines and ch in "\n\t\r":
            continue
        if "\ud800" <= ch <= "\udfff" or ch in _LINE_BREAKS or ch == "\ufeff":
            return position, ch
        if unicodedata.category(ch) == "Cc":
            return position, ch
        if name and (ch in "<>" or ch in _BIDI_CONTROLS):
            return position, ch
    return None


def _bad_character_message(character: str) -> str:
    if character in "<>":
        return QT_TRANSLATE_NOOP(
            "errors",
            "Names may not contain < or > (character {position}): markup is refused so that "
            "no screen can ever show it as a link.",
        )
    if character in _LINE_BREAKS:
        return QT_TRANSLATE_NOOP(
            "errors", "A line break is not allowed here (character {position})."
        )
    return QT_TRANSLATE_NOOP(
        "errors", "Character {position} ({code}) is a control or invalid character."
    )
