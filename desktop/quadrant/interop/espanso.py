"""Espanso packages: templates out as text-expander matches, static matches back in.

Export writes an Espanso package folder (docs: espanso.org, "Creating a
package" and "Package specification"):

* ``_manifest.yml`` — name, title, description, version, author (all required);
* ``package.yml`` — ``matches``: each template one match with a readable
  trigger such as ``:nee-warm`` and, when it has placeholders, a form
  (``form: |`` with ``[[field]]`` fields), so it expands in any program;
* ``README.md`` — what the package is and which trigger does what.

The folder's name is the package name and follows Espanso's rule: only
``a-z``, ``0-9`` and ``-``. Literal ``{{``, ``}}``, ``[[``, ``]]`` or ``$|$`` in
a text would be read by Espanso as variables, fields or the cursor; such a
template is left out and reported rather than changed behind the user's back.

Import reads a ``package.yml`` (and its ``_manifest.yml`` when it is next to
it) through interop.safe_yaml (size-limited, aliases refused) and turns each
plain-text match — ``replace`` without variables, or a form whose fields are
known placeholders — into a template. Anything else is skipped with a reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import yaml

from quadrant.domain import placeholders
from quadrant.domain.errors import QT_TRANSLATE_NOOP, ExportFailed, fill_template
from quadrant.domain.packs import PackMetadata
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.interop.atomic import write_atomically

MANIFEST: Final = "_manifest.yml"
PACKAGE: Final = "package.yml"
README: Final = "README.md"
DEFAULT_PACKAGE_NAME: Final = "quadrant-templates"

KIND_WORDS: Final[dict[Language, dict[ReplyKind, str]]] = {
    Language.NL: {
        ReplyKind.DECLINE: "nee",
        ReplyKind.POSTPONE: "nietnu",
        ReplyKind.YES_IF: "jaals",
        ReplyKind.DELEGATE: "door",
        ReplyKind.HAND_BACK: "terug",
        ReplyKind.ASK_TO_CHOOSE: "kiezen",
    },
    Language.EN: {
        ReplyKind.DECLINE: "no",
        ReplyKind.POSTPONE: "notnow",
        ReplyKind.YES_IF: "yesif",
        ReplyKind.DELEGATE: "redirect",
        ReplyKind.HAND_BACK: "handback",
        ReplyKind.ASK_TO_CHOOSE: "choose",
    },
}
"""Trigger words per language: distinct across languages, so a trigger tells all three."""

TONE_WORDS: Final[dict[Language, dict[Tone, str]]] = {
    Language.NL: {Tone.WARM: "warm", Tone.NEUTRAL: "zakelijk", Tone.FIRM: "stellig"},
    Language.EN: {Tone.WARM: "warm", Tone.NEUTRAL: "neutral", Tone.FIRM: "firm"},
}

_RESERVED: Final = ("{{", "}}", "[[", "]]", "$|$")
_NAME_CHARS: Final = re.compile(r"[^a-z0-9]+")


def package_name(title: str) -> str:
    """An Espanso package name for ``title``: lowercase a-z, 0-9 and hyphens only."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    name = _NAME_CHARS.sub("-", ascii_title.lower()).strip("-")
    return name[:60].strip("-") or DEFAULT_PACKAGE_NAME


def trigger_for(template: Template) -> str:
    """The readable trigger of a template, before de-duplication: ``:nee-warm``."""
    language = Language(template.language)
    return f":{KIND_WORDS[language][template.kind]}-{TONE_WORDS[language][template.tone]}"


@dataclass(frozen=True)
class Skipped:
    """A template or match left out, and why (shown to the user after the export/import).

    The why is a constant English ``template`` in the "errors" translation
    context with its ``{fields}`` in ``params``, like the project's errors
    (domain.errors): the window translates it (ui.errors.translated), the
    English :attr:`reason` is for logs and the CLI. ``name`` comes from the
    file and is never part of the template.
    """

    name: str
    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """The English reason with its fields filled in."""
        return fill_template(self.template, self.params)


@dataclass(frozen=True)
class EspansoPackage:
    """An Espanso package in memory: its name, its files, and what was left out."""

    name: str
    files: dict[str, bytes]
    triggers: tuple[str, ...]
    skipped: tuple[Skipped, ...]


class _BlockDumper(yaml.SafeDumper):
    """Writes multi-line text as a ``|`` block, the way people write Espanso files."""


class _Quoted(str):
    """A text always written in double quotes (triggers start with ":", as in Espanso's docs)."""

    __slots__ = ()


def _text_representer(dumper: yaml.SafeDumper, value: str) -> Any:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _quoted_representer(dumper: yaml.SafeDumper, value: str) -> Any:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')


_BlockDumper.add_representer(str, _text_representer)
_BlockDumper.add_representer(_Quoted, _quoted_representer)


def _dump(document: object) -> bytes:
    text = yaml.dump(
        document, Dumper=_BlockDumper, allow_unicode=True, sort_keys=False, width=10_000
    )
    return text.encode("utf-8")


def _espanso_text(source: str) -> tuple[str, tuple[str, ...]] | None:
    """Template source as Espanso text with ``[[field]]`` fields; None if it cannot be."""
    pieces: list[str] = []
    fields: list[str] = []
    for segment in placeholders.parse(source):
        if isinstance(segment, placeholders.Placeholder):
            pieces.append(f"[[{segment.name}]]")
            fields.append(segment.name)
        else:
            pieces.append(segment.text)
    text = "".join(pieces)
    literal = "".join(p for p in pieces if not re.fullmatch(r"\[\[[a-z_]+\]\]", p))
    if any(mark in literal for mark in _RESERVED):
        return None
    return text, tuple(dict.fromkeys(fields))


def _match(template: Template, trigger: str) -> dict[str, Any] | None:
    converted = _espanso_text(template.body)
    if converted is None:
        return None
    text, fields = converted
    match: dict[str, Any] = {"trigger": _Quoted(trigger), "label": template.name}
    if not fields:
        match["replace"] = text
        return match
    match["form"] = text
    if "displaced_tasks" in fields:
        match["form_fields"] = {"displaced_tasks": {"multiline": True}}
    return match


def build_package(templates: Sequence[Template], metadata: PackMetadata) -> EspansoPackage:
    """The files of an Espanso package holding ``templates``.

    Raises:
        ExportFailed: no template could be expressed as an Espanso match.
    """
    name = package_name(metadata.name)
    matches: list[dict[str, Any]] = []
    skipped: list[Skipped] = []
    used: set[str] = set()
    for template in templates:
        base = trigger_for(template)
        trigger, n = base, 1
        while trigger in used:
            n += 1
            trigger = f"{base}-{n}"
        match = _match(template, trigger)
        if match is None:
            reason = QT_TRANSLATE_NOOP(
                "errors", "contains {{, }}, [[, ]] or $|$, which Espanso would expand"
            )
            skipped.append(Skipped(template.name, reason))
            continue
        used.add(trigger)
        matches.append(match)
    if not matches:
        raise ExportFailed(
            QT_TRANSLATE_NOOP("errors", "None of these templates can be used in Espanso.")
        )
    manifest = {
        "name": name,
        "title": metadata.name or "Quadrant templates",
        "description": (metadata.description or "Boundary reply templates from Quadrant.")[:300],
        "version": metadata.version or "0.1.0",
        "author": metadata.author or "Quadrant",
    }
    files = {
        MANIFEST: _dump(manifest),
        PACKAGE: _dump({"matches": matches}),
        README: _readme(manifest, matches).encode("utf-8"),
    }
    return EspansoPackage(name, files, tuple(str(m["trigger"]) for m in matches), tuple(skipped))


def _readme(manifest: dict[str, str], matches: list[dict[str, Any]]) -> str:
    lines = [
        f"# {manifest['title']}",
        "",
        manifest["description"],
        "",
        "Exported from Quadrant. Type a trigger in any program; replies with",
        "placeholders open a form to fill them in.",
        "",
        "| trigger | template |",
        "|---|---|",
    ]
    for match in matches:
        label = str(match["label"]).replace("|", "\\|")
        lines.append(f"| `{match['trigger']}` | {label} |")
    return "\n".join(lines) + "\n"


def write_package(package: EspansoPackage, parent: Path) -> Path:
    """Write the package into ``parent/<name>/`` (Espanso wants the folder named so).

    Each file is written atomically; returns the package folder.

    Raises:
        ExportFailed: the folder cannot be created or a file cannot be written.
    """
    folder = parent / package.name
    try:
        folder.mkdir(parents=False, exist_ok=True)
    except OSError as e:
        raise ExportFailed(
            QT_TRANSLATE_NOOP("errors", "Cannot create {folder}: {reason}"),
            params={"folder": str(folder), "reason": e.strerror or str(e)},
        ) from e
    for filename, data in package.files.items():
        write_atomically(folder / filename, data)
    return folder
