"""The safe template grammar: parse, validate and render reply templates.

Templates arrive from colleagues' packs, so their text is untrusted. Python's
own formatting (``str.format``, ``format_map``, ``string.Template``) resolves
attribute and index look-ups such as ``{0.__init__.__globals__}``; one
imported template could then read any object in the process. This module
therefore has its own tiny grammar that can only ever *name* a value:

* ``{name}`` inserts a value; ``name`` matches ``[a-z_]+`` and must be one of
  :data:`PLACEHOLDERS` (the single source of truth, also used by the docs).
* ``{{`` and ``}}`` are a literal ``{`` and ``}``.
* Everything else is literal text. Nothing is ever evaluated, and inserted
  values are never expanded again.

A missing value does not break rendering: it becomes a visible gap marker
(``[alternative_date?]``) so the assistant sees what to fill in before sending.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, NamedTuple, NoReturn

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_TEMPLATE_CHARS: Final = 10 * 1024
"""Longest subject or body accepted (characters). Pack import uses the same limit."""

_NAME_RE: Final = re.compile(r"[a-z_]+")
_BRACE_RE: Final = re.compile(r"[{}]")
_SHOWN_NAME_CHARS: Final = 40  # keep error messages readable for hostile input


@dataclass(frozen=True)
class PlaceholderSpec:
    """One documented placeholder: its name, what it means, and an example value.

    Descriptions and examples are plain data in both reply languages so the
    template editor and docs/templates.md can show them without a translator.
    """

    name: str
    description_en: str
    description_nl: str
    example_en: str
    example_nl: str

    def description(self, language: str) -> str:
        """The description in ``language`` ("nl" or "en"; anything else gives English)."""
        return self.description_nl if language == "nl" else self.description_en

    def example(self, language: str) -> str:
        """An example value in ``language`` ("nl" or "en"; anything else gives English)."""
        return self.example_nl if language == "nl" else self.example_en


PLACEHOLDERS: Final[tuple[PlaceholderSpec, ...]] = (
    PlaceholderSpec(
        "requester",
        "Full name of the person who asked.",
        "Volledige naam van degene die het vroeg.",
        "Anna de Vries",
        "Anna de Vries",
    ),
    PlaceholderSpec(
        "requester_first_name",
        "First name of the requester, for the greeting.",
        "Voornaam van de aanvrager, voor de aanhef.",
        "Anna",
        "Anna",
    ),
    PlaceholderSpec(
        "task",
        "Title of the task the reply is about.",
        "Titel van de taak waar het antwoord over gaat.",
        "Board pack for Thursday",
        "Stukken voor het MT-overleg",
    ),
    PlaceholderSpec(
        "due_date",
        "The date the requester asked for.",
        "De datum waarop de aanvrager het wilde hebben.",
        "Friday 20 November 2026",
        "vrijdag 20 november 2026",
    ),
    PlaceholderSpec(
        "alternative_date",
        "The date you propose instead.",
        "De datum die jij in plaats daarvan voorstelt.",
        "Monday 23 November 2026",
        "maandag 23 november 2026",
    ),
    PlaceholderSpec(
        "current_load",
        "How many urgent tasks you have open, as a phrase.",
        "Hoeveel urgente taken je hebt openstaan, als zinsdeel.",
        "3 urgent tasks",
        "3 urgente taken",
    ),
    PlaceholderSpec(
        "displaced_tasks",
        "The tasks that would have to move or wait, as a list.",
        "De taken die zouden moeten schuiven of wachten, als opsomming.",
        "Expenses, Travel plan and Minutes",
        "Declaraties, Reisplan en Notulen",
    ),
    PlaceholderSpec(
        "delegate_to",
        "Who can help instead.",
        "Wie het in plaats van jou kan oppakken.",
        "Mark from Facilities",
        "Mark van Facilitair",
    ),
    PlaceholderSpec(
        "my_name",
        "Your own name, for the signature.",
        "Je eigen naam, voor de ondertekening.",
        "Sandra",
        "Sandra",
    ),
    PlaceholderSpec(
        "agreement",
        "The working agreement you have with this requester.",
        "De werkafspraak die je met deze aanvrager hebt.",
        "new requests after 3 pm are picked up the next day",
        "nieuwe verzoeken na drie uur pak ik de volgende dag op",
    ),
    PlaceholderSpec(
        "today",
        "Today's date.",
        "De datum van vandaag.",
        "Wednesday 18 November 2026",
        "woensdag 18 november 2026",
    ),
)

PLACEHOLDER_NAMES: Final[tuple[str, ...]] = tuple(spec.name for spec in PLACEHOLDERS)
_SPECS: Final[Mapping[str, PlaceholderSpec]] = {spec.name: spec for spec in PLACEHOLDERS}


def spec_for(name: str) -> PlaceholderSpec:
    """The documentation entry for ``name``.

    Raises:
        ValidationError: ``name`` is not a known placeholder.
    """
    try:
        return _SPECS[name]
    except KeyError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown placeholder {placeholder}."),
            params={"placeholder": "{" + _shown(name) + "}"},
        ) from None


def gap_marker(name: str) -> str:
    """The visible text that stands in for a missing value, e.g. ``[task?]``.

    Square brackets and a question mark survive any mail client and read as
    "fill this in", so an unfinished draft cannot pass for a finished one.
    """
    return f"[{name}?]"


class PlaceholderError(ValidationError):
    """A template whose placeholder syntax is wrong, with where it went wrong.

    The UI can put the cursor at ``line``/``column`` (1-based, in characters)
    and translate the message by ``code`` if it wants.

    Args:
        message: what is wrong, in words for the user (includes the position).
        code: one of "unknown", "illegal_name", "empty", "unclosed",
            "unmatched_close", "too_long".
        placeholder: the offending name or fragment, if there is one.
        offset: 0-based character offset in the text.
        line: 1-based line number.
        column: 1-based column number.
        where: optional location (for example a template uid and field).
    """

    def __init__(
        self,
        message: str,
        *,
        code: str,
        placeholder: str | None = None,
        offset: int = 0,
        line: int = 1,
        column: int = 1,
        where: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, where, params=params)
        self.code = code
        self.placeholder = placeholder
        self.offset = offset
        self.line = line
        self.column = column

    def located(self, where: str) -> PlaceholderError:
        """A copy of this error with ``where`` set, keeping the position data."""
        return PlaceholderError(
            self.template,
            code=self.code,
            placeholder=self.placeholder,
            offset=self.offset,
            line=self.line,
            column=self.column,
            where=where,
            params=self.params,
        )


@dataclass(frozen=True)
class LiteralText:
    """Literal text between placeholders, with escaped braces already unescaped."""

    text: str
    offset: int


@dataclass(frozen=True)
class Placeholder:
    """A ``{name}`` in the template; position of its ``{`` (line, column 1-based)."""

    name: str
    offset: int
    line: int
    column: int


Segment = LiteralText | Placeholder


class Part(NamedTuple):
    """One run of rendered text; ``is_gap`` marks a gap marker to highlight."""

    text: str
    is_gap: bool


@dataclass(frozen=True)
class Rendered:
    """The result of rendering: the plain text, what is missing, and runs to highlight."""

    text: str
    gaps: tuple[str, ...]
    parts: tuple[Part, ...]

    @property
    def complete(self) -> bool:
        """True when every placeholder had a value, so the text is ready to send."""
        return not self.gaps


class _Lines:
    """Maps offsets to 1-based (line, column), computed once per text."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1


def _shown(fragment: str) -> str:
    """A fragment short enough to quote in a message (hostile input can be long)."""
    if len(fragment) <= _SHOWN_NAME_CHARS:
        return fragment
    return fragment[:_SHOWN_NAME_CHARS] + "…"


def _check_size(text: str) -> None:
    if len(text) > MAX_TEMPLATE_CHARS:
        raise PlaceholderError(
            QT_TRANSLATE_NOOP(
                "errors", "Template text is {length} characters long; the maximum is {limit}."
            ),
            code="too_long",
            params={"length": len(text), "limit": MAX_TEMPLATE_CHARS},
        )


def _fail(
    code: str, lines: _Lines, offset: int, name: str | None, template: str, **params: object
) -> NoReturn:
    """Raise a PlaceholderError from a constant template with {line} and {column}.

    User text travels only in ``params``: it is filled in once and never read
    as a template itself (domain.errors.fill_template).
    """
    line, column = lines.position(offset)
    raise PlaceholderError(
        template,
        code=code,
        placeholder=name,
        offset=offset,
        line=line,
        column=column,
        params={"line": line, "column": column, **params},
    )


def _check_name(name: str, lines: _Lines, offset: int) -> None:
    shown = _shown(name)
    if not name:
        _fail(
            "empty",
            lines,
            offset,
            name,
            QT_TRANSLATE_NOOP(
                "errors",
                "Empty placeholder {} at line {line}, column {column}: write a name such as "
                "{task}, or {{ and }} for literal braces.",
            ),
        )
    elif _NAME_RE.fullmatch(name) is None:
        _fail(
            "illegal_name",
            lines,
            offset,
            name,
            QT_TRANSLATE_NOOP(
                "errors",
                "Unknown placeholder {placeholder} at line {line}, column {column}: a name uses "
                "only lowercase letters a-z and underscores.",
            ),
            placeholder="{" + shown + "}",
        )
    elif name not in _SPECS:
        close = difflib.get_close_matches(name, PLACEHOLDER_NAMES, n=1)
        known = ", ".join(PLACEHOLDER_NAMES)
        if close:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "Unknown placeholder {placeholder} at line {line}, column {column}. Did you mean "
                "{suggestion}? Known placeholders: {known}.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "Unknown placeholder {placeholder} at line {line}, column {column}. Known "
                "placeholders: {known}.",
            )
        _fail(
            "unknown",
            lines,
            offset,
            name,
            template,
            placeholder="{" + shown + "}",
            suggestion="{" + close[0] + "}" if close else "",
            known=known,
        )


def parse(text: str) -> tuple[Segment, ...]:
    """Split a template into literal text and placeholders.

    Adjacent literal text is merged, so the result is canonical: literal and
    placeholder segments alternate (starting with either).

    Raises:
        PlaceholderError: (a ValidationError) for an unknown placeholder, a name
            with characters outside ``[a-z_]``, an empty ``{}``, an unclosed
            ``{``, a lone ``}``, or text longer than MAX_TEMPLATE_CHARS. The
            message names the placeholder and its line and column.
    """
    _check_size(text)
    lines = _Lines(text)
    segments: list[Segment] = []
    literal: list[str] = []
    literal_start = 0
    i = 0
    n = len(text)

    def flush() -> None:
        if literal:
            segments.append(LiteralText("".join(literal), literal_start))
            literal.clear()

    while i < n:
        ch = text[i]
        if ch in "{}" and i + 1 < n and text[i + 1] == ch:
            if not literal:
                literal_start = i
            literal.append(ch)
            i += 2
        elif ch == "}":
            _fail(
                "unmatched_close",
                lines,
                i,
                None,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Unmatched '}' at line {line}, column {column}: write '}}' for a literal "
                    "brace.",
                ),
            )
        elif ch == "{":
            end = _closing_brace(text, i)
            if end < 0:
                fragment = _shown(text[i : _fragment_end(text, i)])
                _fail(
                    "unclosed",
                    lines,
                    i,
                    fragment,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Unclosed placeholder '{fragment}' at line {line}, column {column}: "
                        "close it with '}' or write '{{' for a literal brace.",
                    ),
                    fragment=fragment,
                )
            name = text[i + 1 : end]
            _check_name(name, lines, i)
            flush()
            line, column = lines.position(i)
            segments.append(Placeholder(name, i, line, column))
            i = end + 1
        else:
            nxt = _next_brace(text, i)
            if not literal:
                literal_start = i
            literal.append(text[i:nxt])
            i = nxt
    flush()
    return tuple(segments)


def _next_brace(text: str, start: int) -> int:
    """Offset of the next ``{`` or ``}`` at or after ``start``, or ``len(text)``."""
    match = _BRACE_RE.search(text, start)
    return len(text) if match is None else match.start()


def _closing_brace(text: str, start: int) -> int:
    """Offset of the ``}`` closing the ``{`` at ``start``, or -1 if it is not closed.

    A placeholder never spans lines or contains another ``{``; stopping there
    points the error at the brace the author forgot instead of one far away.
    """
    for j in range(start + 1, len(text)):
        ch = text[j]
        if ch == "}":
            return j
        if ch in "{\n\r":
            return -1
    return -1


def _fragment_end(text: str, start: int) -> int:
    end = start + 1
    while end < len(text) and text[end] not in "{}\n\r":
        end += 1
    return end


def validate(text: str) -> None:
    """Check a template; return quietly when it is well formed.

    Raises:
        PlaceholderError: see :func:`parse`.
    """
    parse(text)


def placeholders_in(text: str) -> tuple[str, ...]:
    """The placeholder names used in ``text``: each once, in order of first use.

    Raises:
        PlaceholderError: see :func:`parse`.
    """
    return _unique(seg.name for seg in parse(text) if isinstance(seg, Placeholder))


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def escape(text: str) -> str:
    """Literal text written as template source: braces doubled, nothing else changed."""
    return text.replace("{", "{{").replace("}", "}}")


def unparse(segments: Iterable[Segment]) -> str:
    """Template source for ``segments``; the inverse of :func:`parse`."""
    return "".join(
        escape(seg.text) if isinstance(seg, LiteralText) else f"{{{seg.name}}}" for seg in segments
    )


def render(text: str, values: Mapping[str, str | None]) -> Rendered:
    """Fill a template with values, inserting each value literally.

    A value that is absent, None or only whitespace is a gap: it renders as
    :func:`gap_marker` and its name is listed in ``gaps`` (once, in order), so
    the assistant can see what is left to fill in. Values are never parsed
    again, so a value containing ``{task}`` appears exactly like that.

    Raises:
        PlaceholderError: the template is malformed (see :func:`parse`).
        ValidationError: a value is neither text nor None.
    """
    parts: list[Part] = []
    gaps: list[str] = []
    for seg in parse(text):
        if isinstance(seg, LiteralText):
            _append(parts, seg.text, is_gap=False)
            continue
        value = values.get(seg.name)
        if value is not None and not isinstance(value, str):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The value for {placeholder} must be text, not {type}."
                ),
                params={"placeholder": "{" + seg.name + "}", "type": type(value).__name__},
            )
        if value is None or not value.strip():
            _append(parts, gap_marker(seg.name), is_gap=True)
            gaps.append(seg.name)
        else:
            _append(parts, value, is_gap=False)
    return Rendered(
        text="".join(part.text for part in parts),
        gaps=_unique(gaps),
        parts=tuple(parts),
    )


def _append(parts: list[Part], text: str, *, is_gap: bool) -> None:
    """Add a run, merging neighbouring plain text so the UI gets few, long runs."""
    if not text:
        return
    if not is_gap and parts and not parts[-1].is_gap:
        parts[-1] = Part(parts[-1].text + text, is_gap=False)
    else:
        parts.append(Part(text, is_gap))
