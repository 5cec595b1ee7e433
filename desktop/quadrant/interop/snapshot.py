"""The full snapshot file: every table as readable JSON, with a format version.

A snapshot is the second way back beside backups: a person can read it (one
row per line), another program can parse it, and ``quadrant
restore-snapshot`` rebuilds an identical database from it. This module knows
the file format only; store.snapshot_io moves the rows, cli.py joins them.

Format (version 1)::

    {
     "format": "quadrant-snapshot",
     "format_version": 1,
     "app_version": "0.1.0",
     "created_at": "2026-11-23T09:00:00+00:00",
     "schema_revision": "0001_initial",
     "tables": {
      "task": {
       "columns": ["id", "title", …],
       "rows": [
        [1, "Begroting controleren", …],
        …
       ]
      },
      …
     }
    }

Cells are JSON null, numbers and strings as SQLite stored them; bytes are
``{"base64": "…"}`` and the floats JSON cannot spell are ``{"float": "inf"}``.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ImportRejected

FORMAT = "quadrant-snapshot"
FORMAT_VERSION = 1
MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024
"""The largest snapshot Quadrant reads (256 MiB); decades of heavy use are far below it."""

Cell = None | int | float | str | bytes
"""One value as SQLite stores it."""


@dataclass(frozen=True, slots=True)
class TableData:
    """A table's column names and rows."""

    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything in a database, with what is needed to rebuild it."""

    schema_revision: str
    created_at: datetime
    app_version: str
    tables: Mapping[str, TableData]


def encode_snapshot(snapshot: Snapshot) -> bytes:
    """The snapshot as UTF-8 JSON, one table row per line so people can read it."""
    head = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": snapshot.app_version,
        "created_at": snapshot.created_at.isoformat(),
        "schema_revision": snapshot.schema_revision,
    }
    lines = ["{"]
    lines.extend(f" {_json(key)}: {_json(value)}," for key, value in head.items())
    lines.append(' "tables": {')
    names = sorted(snapshot.tables)
    for position, name in enumerate(names):
        table = snapshot.tables[name]
        lines.append(f"  {_json(name)}: {{")
        lines.append(f'   "columns": {_json(list(table.columns))},')
        lines.append('   "rows": [')
        rows = [_json([_encode_cell(cell) for cell in row]) for row in table.rows]
        lines.extend(f"    {row}," for row in rows[:-1])
        lines.extend(f"    {row}" for row in rows[-1:])
        lines.append("   ]")
        lines.append("  }" + ("," if position < len(names) - 1 else ""))
    lines.append(" }")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _encode_cell(cell: Cell) -> object:
    if isinstance(cell, bytes):
        return {"base64": base64.b64encode(cell).decode("ascii")}
    if isinstance(cell, float) and not math.isfinite(cell):
        return {"float": repr(cell)}
    return cell


def looks_like_snapshot(data: bytes) -> bool:
    """Whether ``data`` starts like a Quadrant snapshot (for choosing an importer)."""
    head = data[:4096].decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    return head.startswith("{") and f'"{FORMAT}"' in head


def decode_snapshot(data: bytes) -> Snapshot:
    """A snapshot file, checked from top to bottom before anything is restored.

    Raises:
        ImportRejected: the file is too large, not JSON, not a Quadrant
            snapshot, from a newer Quadrant, or malformed; the message says where.
    """
    if len(data) > MAX_SNAPSHOT_BYTES:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file is larger than {limit} MiB; it is not a snapshot Quadrant reads.",
            ),
            params={"limit": MAX_SNAPSHOT_BYTES // (1024 * 1024)},
        )
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "This is not a Quadrant snapshot: it is not JSON.")
        ) from e
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRejected(QT_TRANSLATE_NOOP("errors", "This is not a Quadrant snapshot."))
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "The snapshot has no format version."),
            where="format_version",
        )
    if version > FORMAT_VERSION:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "This snapshot has format version {version}; a newer Quadrant made it. "
                "Update Quadrant to restore it.",
            ),
            params={"version": version},
        )
    if version < 1:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "Unknown snapshot format version {version}."),
            where="format_version",
            params={"version": version},
        )
    return Snapshot(
        schema_revision=_text(document, "schema_revision"),
        created_at=_moment(document),
        app_version=_text(document, "app_version"),
        tables=_tables(document.get("tables")),
    )


# The place in the file (a JSON path such as tables.task.rows[3]) is part of
# each whole sentence, so a translation can put it where its grammar wants it.


def _text(document: dict[str, Any], key: str) -> str:
    value = document.get(key)
    if not isinstance(value, str) or not value:
        raise _malformed(
            QT_TRANSLATE_NOOP("errors", "In the snapshot, {place} is missing or is not text."), key
        )
    return value


def _moment(document: dict[str, Any]) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(document, "created_at"))
    except ValueError as e:
        raise _malformed(
            QT_TRANSLATE_NOOP("errors", "In the snapshot, {place} is not a date and time."),
            "created_at",
        ) from e
    if moment.tzinfo is None:
        raise _malformed(
            QT_TRANSLATE_NOOP("errors", "In the snapshot, {place} has no time zone."),
            "created_at",
        )
    return moment


def _tables(value: object) -> dict[str, TableData]:
    if not isinstance(value, dict):
        raise _malformed(
            QT_TRANSLATE_NOOP("errors", "In the snapshot, {place} is missing or is not an object."),
            "tables",
        )
    tables: dict[str, TableData] = {}
    for name, table in value.items():
        where = f"tables.{name}"
        if not isinstance(table, dict):
            raise _malformed(
                QT_TRANSLATE_NOOP("errors", "In the snapshot, {place} is not an object."), where
            )
        columns = table.get("columns")
        if (
            not isinstance(columns, list)
            or not columns
            or not all(isinstance(c, str) and c for c in columns)
            or len(set(columns)) != len(columns)
        ):
            raise _malformed(
                QT_TRANSLATE_NOOP(
                    "errors", "In the snapshot, {place} must be a list of distinct names."
                ),
                f"{where}.columns",
            )
        rows = table.get("rows")
        if not isinstance(rows, list):
            raise _malformed(
                QT_TRANSLATE_NOOP(
                    "errors", "In the snapshot, {place} is missing or is not a list."
                ),
                f"{where}.rows",
            )
        tables[name] = TableData(tuple(columns), _rows(rows, len(columns), where))
    return tables


def _rows(rows: list[Any], width: int, where: str) -> list[tuple[Cell, ...]]:
    decoded: list[tuple[Cell, ...]] = []
    for index, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != width:
            raise _malformed(
                QT_TRANSLATE_NOOP(
                    "errors", "In the snapshot, {place} must be a list of {count} values."
                ),
                f"{where}.rows[{index}]",
                count=width,
            )
        decoded.append(tuple(_cell(cell, f"{where}.rows[{index}]") for cell in row))
    return decoded


def _cell(cell: object, where: str) -> Cell:
    if cell is None or isinstance(cell, str):
        return cell
    if isinstance(cell, float):
        if not math.isfinite(cell):  # json reads NaN and Infinity; SQLite has no NaN
            raise _malformed(
                QT_TRANSLATE_NOOP("errors", "In the snapshot, {place} holds NaN or Infinity."),
                where,
            )
        return cell
    if isinstance(cell, int) and not isinstance(cell, bool):
        if not -(2**63) <= cell < 2**63:
            raise _malformed(
                QT_TRANSLATE_NOOP(
                    "errors", "In the snapshot, {place} holds a number SQLite cannot store."
                ),
                where,
            )
        return cell
    if isinstance(cell, dict) and len(cell) == 1:
        if isinstance(cell.get("base64"), str):
            try:
                return base64.b64decode(cell["base64"], validate=True)
            except (binascii.Error, ValueError) as e:
                raise _malformed(
                    QT_TRANSLATE_NOOP(
                        "errors", "In the snapshot, {place} holds bytes that are not base64."
                    ),
                    where,
                ) from e
        if cell.get("float") in ("inf", "-inf"):
            return float(cell["float"])
    raise _malformed(
        QT_TRANSLATE_NOOP(
            "errors", "In the snapshot, {place} holds a value that is not a database value."
        ),
        where,
    )


def _malformed(template: str, place: str, **params: object) -> ImportRejected:
    """A snapshot refused at ``place``; ``template`` is a marked sentence with ``{place}``."""
    return ImportRejected(template, params={"place": place, **params})
