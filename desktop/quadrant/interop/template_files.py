"""Template files offered for import: a Quadrant pack or an Espanso match file, by content.

A colleague's attachment may be called anything, so the first bytes decide
(``quadrant import`` does the same for calendars and snapshots). Both kinds
end up as a domain Pack, which services.sharing plans and applies the same
way, whatever the file was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ImportRejected
from quadrant.domain.packs import FILE_SUFFIX, FORMAT_NAME, MAX_PACK_BYTES, Pack, read_pack
from quadrant.domain.safe_json import size_label
from quadrant.interop.espanso import Skipped
from quadrant.interop.espanso_import import Defaults, read_espanso, read_espanso_file

_HEAD: Final = 8192
_MATCHES: Final = re.compile(r"^matches[ \t]*:", re.MULTILINE)


class TemplateFileKind(StrEnum):
    """The template file formats Quadrant imports."""

    PACK = "pack"
    ESPANSO = "espanso"


def template_file_kind(data: bytes, name: str = "") -> TemplateFileKind | None:
    """PACK or ESPANSO when ``data`` starts like one; None for anything else.

    A file named ``*.quadrant-pack.json`` counts as a pack whatever it holds:
    a truncated or damaged pack then gets the pack reader's precise reason
    instead of "not a file Quadrant can import".
    """
    if name.lower().endswith(FILE_SUFFIX):
        return TemplateFileKind.PACK
    head = data[:_HEAD].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if head.startswith("{") and f'"{FORMAT_NAME}"' in head:
        return TemplateFileKind.PACK
    if _MATCHES.search(head) is not None:
        return TemplateFileKind.ESPANSO
    return None


@dataclass(frozen=True)
class TemplateFile:
    """A template file read and checked: its pack, its kind, what was left out."""

    pack: Pack
    kind: TemplateFileKind
    skipped: tuple[Skipped, ...] = ()


def read_template_bytes(data: bytes, path: Path | None = None) -> TemplateFile:
    """Read a pack or an Espanso match file from its bytes (``path`` finds a manifest).

    Raises:
        ImportRejected: not a template file, or one that fails the checks.
    """
    kind = template_file_kind(data, path.name if path is not None else "")
    if kind is TemplateFileKind.PACK:
        return TemplateFile(read_pack(data), kind)
    if kind is TemplateFileKind.ESPANSO:
        # next to a file, its _manifest.yml is read too
        imported = read_espanso_file(path, Defaults()) if path is not None else read_espanso(data)
        return TemplateFile(imported.pack, kind, imported.skipped)
    raise ImportRejected(
        QT_TRANSLATE_NOOP(
            "errors",
            "This is not a template file Quadrant can import "
            "(a .quadrant-pack.json pack or an Espanso package.yml).",
        )
    )


def read_template_file(path: Path) -> TemplateFile:
    """Read a template file from disk, refusing a huge one before reading it.

    Raises:
        ImportRejected: unreadable, too large, not a template file, or invalid.
    """
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise ImportRejected(
                QT_TRANSLATE_NOOP("errors", "The file is {size}; the limit is {limit}."),
                params={"size": size_label(size), "limit": size_label(MAX_PACK_BYTES)},
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_PACK_BYTES + 1)
    except OSError as e:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
            params={"path": str(path), "reason": e.strerror or str(e)},
        ) from e
    return read_template_bytes(data, path)
