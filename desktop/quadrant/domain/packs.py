"""Template packs: the file one assistant exports and a colleague imports.

A pack arrives by e-mail or from a shared drive, so its bytes are untrusted.
:func:`read_pack` checks them in this order, each step bounded:

1. size (``MAX_PACK_BYTES``) before decoding; strict UTF-8;
2. nesting depth before parsing (domain.safe_json), so a 10,000-deep
   document is a ValidationError, never a RecursionError;
3. the ``format`` name and integer version: a newer version is refused with
   "update Quadrant", an older one is upgraded on read (:data:`_UPGRADES`);
4. every field: type, length (``MAX_TEXT_CHARS``), characters, unknown
   fields, at most ``MAX_TEMPLATES`` templates, unique uids, and the safe
   placeholder grammar.

Problems are collected (up to ``MAX_PROBLEMS``) and raised together as one
:class:`PackError`, each with its JSON path and the template's name, so the
author can fix the whole file in one go. The format is documented in
docs/pack-format.md and resources/packs/pack.schema.json.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from quadrant.domain import placeholders
from quadrant.domain.errors import ImportRejected, fill_template
from quadrant.domain.placeholders import MAX_TEMPLATE_CHARS
from quadrant.domain.replies import Language
from quadrant.domain.templates import Template

FORMAT_NAME: Final = "quadrant-template-pack"
FORMAT_VERSION: Final = 2
"""The version this Quadrant writes; it reads every version up to this one."""
FILE_SUFFIX: Final = ".quadrant-pack.json"
MAX_PACK_BYTES: Final = 1024 * 1024
MAX_TEMPLATES: Final = 500
MAX_TEXT_CHARS: Final = MAX_TEMPLATE_CHARS
MAX_PROBLEMS: Final = 20
"""Problems reported at most; a file with more is clearly not worth reading further."""
MAX_DEPTH: Final = 8
"""Deepest nesting a valid pack needs is 4 (root → templates → template → tags)."""

_VERSION_RE: Final = re.compile(r"(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})")


@dataclass(frozen=True)
class PackMetadata:
    """What a pack says about itself.

    Attributes:
        uid: stable identity: a newer file with the same uid is an update.
        name: the title the user sees.
        version: MAJOR.MINOR.PATCH, raised by the author on each change.
        author: who made it (may be empty).
        description: what the pack is for (plain text).
        languages: the reply languages of its templates.
        license: free text, e.g. "CC-BY-4.0" (may be empty).
        created: when the file was written, ISO 8601 (may be empty).
    """

    uid: str
    name: str
    version: str = "1.0.0"
    author: str = ""
    description: str = ""
    languages: tuple[Language, ...] = ()
    license: str = ""
    created: str = ""


@dataclass(frozen=True)
class Pack:
    """A pack read from a file (or about to be written): metadata and templates.

    ``format_version`` is the version the file was written in; a file in an
    older version has already been upgraded to the current model.
    """

    metadata: PackMetadata
    templates: tuple[Template, ...]
    format_version: int = FORMAT_VERSION


@dataclass(frozen=True)
class InstalledPack:
    """A pack as the store remembers it: which version was imported, from where, when."""

    uid: str
    name: str
    version: str
    imported_at: datetime
    author: str = ""
    source_path: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a pack: where (a JSON path and the template's name) and what.

    ``template`` is a constant English message with ``{fields}`` filled from
    ``params``, so the UI can translate it (see domain.errors).
    """

    where: str
    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English message with its fields filled in."""
        return fill_template(self.template, self.params)


class PackError(ImportRejected):
    """A pack that cannot be imported, with every problem found (at most MAX_PROBLEMS).

    ``str(error)`` and ``message`` describe the first problem (and how many
    more there are); :attr:`problems` lists them all for the error dialog.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        first = problems[0]
        # ``where`` holds names from the file: kept out of the template so that
        # braces in a hostile name are never read as format fields.
        super().__init__(first.template, None, params=first.params)
        self.where = first.where or None
        self.problems = tuple(problems)
        text = f"{first.where}: {self.message}" if first.where else self.message
        if len(problems) > 1:
            text += f" (+{len(problems) - 1} more problems)"
        self.args = (text,)

    def details(self) -> str:
        """Every problem on its own line: "where: what"."""
        return "\n".join((f"{p.where}: " if p.where else "") + p.message for p in self.problems)


def parse_version(text: str) -> tuple[int, int, int]:
    """A MAJOR.MINOR.PATCH version as a tuple that compares correctly ("1.10.0" > "1.9.3").

    Raises:
        ValueError: ``text`` is not MAJOR.MINOR.PATCH.
    """
    match = _VERSION_RE.fullmatch(text)
    if match is None:
        raise ValueError(text)
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def is_newer(candidate: str, installed: str) -> bool:
    """Whether version ``candidate`` is later than ``installed``; unreadable counts as older."""
    try:
        return parse_version(candidate) > parse_version(installed)
    except ValueError:
        return False


def read_pack(data: bytes) -> Pack:
    """Read and check a pack file completely; nothing is trusted that was not checked.

    See domain.pack_format for the order of the checks.

    Raises:
        ImportRejected: the bytes are too large, not UTF-8, too deep or not JSON.
        PackError: (an ImportRejected) the document breaks the format; every
            problem has its JSON path.
    """
    from quadrant.domain.pack_format import read

    return read(data)


def looks_like_pack(document: object) -> bool:
    """Whether a parsed JSON document claims to be a template pack (any format version)."""
    if not isinstance(document, dict):
        return False
    claimed = document.get("format")
    name = claimed.get("name") if isinstance(claimed, dict) else claimed
    return name == FORMAT_NAME


def pack_document(pack: Pack) -> dict[str, Any]:
    """The JSON document of ``pack`` in the current format (fields in a readable order)."""
    meta = pack.metadata
    return {
        "format": {"name": FORMAT_NAME, "version": FORMAT_VERSION},
        "pack": {
            "uid": meta.uid,
            "name": meta.name,
            "version": meta.version,
            "author": meta.author,
            "description": meta.description,
            "languages": [Language(lang).value for lang in meta.languages],
            "license": meta.license,
            "created": meta.created,
        },
        "templates": [_template_document(t) for t in pack.templates],
    }


def _template_document(template: Template) -> dict[str, Any]:
    return {
        "uid": template.uid,
        "name": template.name,
        "kind": template.kind.value,
        "tone": template.tone.value,
        "language": template.language.value,
        "version": template.version,
        "tags": list(template.tags),
        "subject": template.subject,
        "body": template.body,
    }


def pack_to_bytes(pack: Pack) -> bytes:
    """The file contents for ``pack``: UTF-8 JSON, indented, non-ASCII kept readable."""
    text = json.dumps(pack_document(pack), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def strip_names(source: str, names: Mapping[str, str]) -> str:
    """Template source with personal names replaced by their placeholders.

    ``names`` maps a name as written ("Anna de Vries", "Anna") to the
    placeholder that stands for it ("requester", "requester_first_name").
    Only whole words in the literal text are replaced, longest names first,
    so "Anna de Vries" becomes ``{requester}`` rather than
    ``{requester_first_name} de Vries``; existing placeholders and escaped
    braces are left exactly as they were.

    Raises:
        PlaceholderError: ``source`` is not valid template source.
    """
    ordered = sorted(
        (
            (name.strip(), placeholder)
            for name, placeholder in names.items()
            if len(name.strip()) > 1
        ),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
    if not ordered:
        return source
    pattern = re.compile("|".join(r"(?<!\w)" + re.escape(name) + r"(?!\w)" for name, _ in ordered))
    lookup = {name: placeholder for name, placeholder in ordered}
    pieces: list[str] = []
    for segment in placeholders.parse(source):
        if isinstance(segment, placeholders.Placeholder):
            pieces.append("{" + segment.name + "}")
            continue
        position = 0
        for match in pattern.finditer(segment.text):
            pieces.append(placeholders.escape(segment.text[position : match.start()]))
            pieces.append("{" + lookup[match.group()] + "}")
            position = match.end()
        pieces.append(placeholders.escape(segment.text[position:]))
    return "".join(pieces)
