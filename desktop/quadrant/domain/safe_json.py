"""Reading JSON that a stranger wrote: bounded size, strict UTF-8, bounded nesting.

``json.loads`` is safe from code execution but not from exhaustion: a
10,000-deep ``[[[[…`` makes the C decoder recurse until Python gives up with
RecursionError, a 4,301-digit number raises a bare ValueError, and ``NaN``
and duplicate keys are accepted silently. :func:`load_json` checks the size
before decoding, the nesting depth before parsing (one linear scan that
skips over strings), refuses non-standard constants, and records duplicate
keys so the caller can report them with their JSON path. Every failure is
an :class:`~quadrant.domain.errors.ImportRejected` that says where.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final, NoReturn

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ImportRejected

_TOKEN: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)
"""A whole string (an unterminated one runs to the end: no backtracking) or a bracket."""

_BOM: Final = b"\xef\xbb\xbf"


class JsonObject(dict[str, Any]):
    """A JSON object that remembers which keys it saw more than once.

    Python keeps the last value of a repeated key; a strict reader reports
    the repetition instead, because two tools could read such a file differently.
    """

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> JsonObject:
    result = JsonObject()
    repeated: list[str] = []
    for key, value in pairs:
        if key in result and key not in repeated:
            repeated.append(key)
        result[key] = value
    if repeated:
        result.duplicates = tuple(repeated)
    return result


def _reject_constant(name: str) -> NoReturn:
    raise ImportRejected(
        QT_TRANSLATE_NOOP("errors", "The file contains {constant}, which is not a JSON value."),
        params={"constant": name},
    )


def size_label(size: int) -> str:
    """A byte count for a message: "2.0 MiB", "812 KiB", "300 bytes"."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MiB"
    if size >= 1024:
        return f"{size // 1024} KiB"
    return f"{size} bytes"


def check_size(data: bytes, max_bytes: int) -> None:
    """Refuse ``data`` longer than ``max_bytes`` before anything reads it.

    Raises:
        ImportRejected: the file is too large.
    """
    if len(data) > max_bytes:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "The file is {size}; the limit is {limit}."),
            params={"size": size_label(len(data)), "limit": size_label(max_bytes)},
        )


def decode_utf8(data: bytes) -> str:
    """``data`` as text: strict UTF-8, one leading byte-order mark allowed.

    Raises:
        ImportRejected: the bytes are not UTF-8; the message gives the byte offset.
    """
    body = data[len(_BOM) :] if data.startswith(_BOM) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        offset = e.start + (len(data) - len(body))
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The file is not UTF-8 text: invalid byte at offset {offset}."
            ),
            params={"offset": offset},
        ) from e


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def check_nesting(text: str, max_depth: int) -> None:
    """Refuse JSON nested deeper than ``max_depth`` arrays and objects, without parsing it.

    Linear in the length of ``text``: strings are skipped whole by one
    regular expression that cannot backtrack, brackets are counted.

    Raises:
        ImportRejected: too deep; the message gives line and column.
    """
    depth = 0
    for match in _TOKEN.finditer(text):
        lexeme = match.group()
        if lexeme in ("[", "{"):
            depth += 1
            if depth > max_depth:
                line, column = _position(text, match.start())
                raise ImportRejected(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The file is nested more than {limit} levels deep "
                        "(line {line}, column {column}).",
                    ),
                    params={"limit": max_depth, "line": line, "column": column},
                )
        elif lexeme in ("]", "}"):
            depth = max(0, depth - 1)


def load_json(data: bytes, *, max_bytes: int, max_depth: int) -> Any:
    """Parse untrusted JSON within limits; objects come back as :class:`JsonObject`.

    Args:
        data: the file's bytes.
        max_bytes: the largest file accepted.
        max_depth: the deepest nesting of arrays and objects accepted.

    Raises:
        ImportRejected: too large, not UTF-8, too deep, cut off, not JSON,
            a number too long to read, or NaN/Infinity. Never RecursionError.
    """
    check_size(data, max_bytes)
    text = decode_utf8(data)
    check_nesting(text, max_depth)
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        template = _JSON_PROBLEMS.get(e.msg, _SOME_JSON_PROBLEM)
        raise ImportRejected(
            template, params={"problem": e.msg, "line": e.lineno, "column": e.colno}
        ) from e
    except (ValueError, RecursionError) as e:  # a 5,000-digit number; depth is checked above
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "The file cannot be read as JSON: {problem}"),
            params={"problem": str(e)[:200]},
        ) from e


_SOME_JSON_PROBLEM = QT_TRANSLATE_NOOP(
    "errors", "The file is not complete JSON: {problem} at line {line}, column {column}."
)
_JSON_PROBLEMS = {
    # Python's own wording is English; each known problem gets a sentence the UI can translate.
    "Expecting value": QT_TRANSLATE_NOOP(
        "errors",
        "The file is not complete JSON: a value is missing at line {line}, column {column}.",
    ),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP(
        "errors",
        "The file is not complete JSON: a comma is missing at line {line}, column {column}.",
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP(
        "errors",
        "The file is not complete JSON: a colon is missing at line {line}, column {column}.",
    ),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "errors",
        "The file is not complete JSON: a field name in double quotes is missing at line {line}, "
        "column {column}.",
    ),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "errors",
        "The file is not complete JSON: the text that starts at line {line}, column {column} "
        "is never closed.",
    ),
    "Extra data": QT_TRANSLATE_NOOP(
        "errors",
        "The file is not complete JSON: something follows the end of the data at line {line}, "
        "column {column}.",
    ),
    "Invalid control character at": QT_TRANSLATE_NOOP(
        "errors",
        "The file is not complete JSON: a control character at line {line}, column {column}.",
    ),
}


def describe(value: object) -> str:
    """What kind of JSON value ``value`` is, in words for a message ("a list", "text")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
