"""The pack file's outer layer: bounded parsing, the format name and version, upgrades.

:func:`read` is what :func:`quadrant.domain.packs.read_pack` runs: the size
is checked before decoding, the nesting depth before parsing
(domain.safe_json), the format version before any field is read; an older
format is upgraded step by step (:data:`_UPGRADES`) and then every field is
checked by :class:`~quadrant.domain.pack_reader.PackReader`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any, Final

from quadrant.domain.errors import QT_TRANSLATE_NOOP
from quadrant.domain.pack_reader import PackReader, TooManyProblems
from quadrant.domain.packs import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_DEPTH,
    MAX_PACK_BYTES,
    MAX_TEMPLATES,
    Pack,
    PackError,
    Problem,
)
from quadrant.domain.safe_json import JsonObject, describe, load_json


def read(data: bytes) -> Pack:
    """Read a pack file; see :func:`quadrant.domain.packs.read_pack`."""
    document = load_json(data, max_bytes=MAX_PACK_BYTES, max_depth=MAX_DEPTH)
    if not isinstance(document, dict):
        raise PackError(
            [
                _found(
                    "",
                    QT_TRANSLATE_NOOP("errors", "A pack is a JSON object, not {found}."),
                    document,
                )
            ]
        )
    version = format_version_of(document)
    for step in range(version, FORMAT_VERSION):
        document = _UPGRADES[step](document)
    reader = PackReader()
    pack = None
    with contextlib.suppress(TooManyProblems):  # what was found so far is reported
        pack = reader.pack(document, version)
    if reader.problems or pack is None:
        raise PackError(
            reader.problems or [Problem("", QT_TRANSLATE_NOOP("errors", "The pack is empty."))]
        )
    return pack


def format_version_of(document: Mapping[str, Any]) -> int:
    """The format version a pack document claims, checked against what this Quadrant reads.

    Version 1 wrote ``"format": "quadrant-template-pack", "format_version": 1``;
    from version 2 on ``format`` is an object ``{"name": …, "version": …}``.

    Raises:
        PackError: not a pack, a version that is not a whole number, or a
            version newer than this Quadrant reads (the message says to update).
    """
    claimed = document.get("format")
    if isinstance(claimed, dict):
        name, version, where = claimed.get("name"), claimed.get("version"), "format.version"
    else:
        name, version, where = claimed, document.get("format_version"), "format_version"
    if name != FORMAT_NAME:
        message = QT_TRANSLATE_NOOP(
            "errors", 'This is not a Quadrant template pack: "format" must name {name}.'
        )
        raise PackError([Problem("format", message, {"name": FORMAT_NAME})])
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        message = QT_TRANSLATE_NOOP(
            "errors", "The format version must be a whole number, not {found}."
        )
        raise PackError([_found(where, message, version)])
    if version > FORMAT_VERSION:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "This pack was made by a newer Quadrant (pack format {version}; this Quadrant "
            "reads up to {supported}). Update Quadrant to import it.",
        )
        raise PackError(
            [Problem(where, message, {"version": version, "supported": FORMAT_VERSION})]
        )
    return version


def _found(where: str, template: str, value: object) -> Problem:
    return Problem(where, template, {"found": describe(value)})


_V1_METADATA: Final = ("uid", "name", "version", "author", "description", "license")


def _upgrade_v1(document: Mapping[str, Any]) -> dict[str, Any]:
    """Format 1 → 2: metadata moves under "pack"; body lines and comma tags become lists.

    Format 1 kept the metadata at the top level, allowed a body as a list of
    lines (like the built-in library) and tags as one comma-separated text,
    and had no "languages" (now derived from the templates) or "created".
    Anything else is carried over untouched, so the strict reader still
    reports unknown fields where they are.
    """
    rest = {k: v for k, v in document.items() if k not in (*_V1_METADATA, "format_version")}
    pack: dict[str, Any] = {k: document[k] for k in _V1_METADATA if k in document}
    templates = rest.get("templates")
    if isinstance(templates, list):
        rest["templates"] = [_upgrade_v1_template(t) for t in templates[: MAX_TEMPLATES + 1]]
        languages = {t.get("language") for t in templates if isinstance(t, dict)}
        pack["languages"] = sorted(lang for lang in languages if isinstance(lang, str))
    rest["format"] = {"name": FORMAT_NAME, "version": 2}
    rest["pack"] = pack
    return rest


def _upgrade_v1_template(entry: object) -> object:
    if not isinstance(entry, dict):
        return entry
    upgraded = JsonObject(entry)
    upgraded.duplicates = getattr(entry, "duplicates", ())
    body = upgraded.get("body")
    if isinstance(body, list) and all(isinstance(line, str) for line in body):
        upgraded["body"] = "\n".join(body)
    tags = upgraded.get("tags")
    if isinstance(tags, str):
        upgraded["tags"] = [tag.strip() for tag in tags.split(",") if tag.strip()]
    return upgraded


_UPGRADES: Final[Mapping[int, Callable[[Mapping[str, Any]], dict[str, Any]]]] = {1: _upgrade_v1}
"""Version n → n+1, applied in order on read; a new format version adds one entry."""
