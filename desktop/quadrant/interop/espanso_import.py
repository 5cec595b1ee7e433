"""Espanso match files in: plain-text matches become templates, the rest is skipped.

The YAML is read by interop.safe_yaml (size-limited, aliases and deep
nesting refused before any document is built). Each match is then checked
by the same field reader as a Quadrant pack (domain.pack_reader), so an
Espanso file can never store a template a pack could not. A match that is
not plain text (an image, HTML, a script, variables, an unknown form field)
is skipped with its reason; a file with no usable match is refused.

Kind, tone and language come from the trigger when it follows Quadrant's own
scheme (``:nee-warm``, ``:notnow-firm-2``); other matches get the defaults
the caller passes, and the language is guessed from common words.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from quadrant.domain import placeholders
from quadrant.domain.errors import QT_TRANSLATE_NOOP, ImportRejected
from quadrant.domain.pack_reader import PackReader, TooManyProblems
from quadrant.domain.packs import MAX_PACK_BYTES, MAX_TEMPLATES, Pack, PackError, is_newer
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.interop.espanso import KIND_WORDS, MANIFEST, TONE_WORDS, Skipped, package_name
from quadrant.interop.safe_yaml import load_yaml

MAX_MANIFEST_BYTES: Final = 64 * 1024
_FIELD: Final = re.compile(r"\[\[([^\[\]\n]*)\]\]")
_OWN_TRIGGER: Final = re.compile(r":([a-z]+)-([a-z]+)(?:-[0-9]+)?")
_UID_UNSAFE: Final = re.compile(r"[^A-Za-z0-9:_.\-]+")
_DUTCH: Final = frozenset(
    [
        "de",
        "het",
        "een",
        "ik",
        "je",
        "jij",
        "niet",
        "en",
        "van",
        "dat",
        "voor",
        "met",
        "op",
        "ook",
        "maar",
        "wel",
    ]
)
_ENGLISH: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "i",
        "you",
        "not",
        "and",
        "of",
        "that",
        "for",
        "with",
        "on",
        "also",
        "but",
        "to",
    ]
)


@dataclass(frozen=True)
class EspansoImport:
    """What an Espanso file yields: a pack to plan and import, and what was left out."""

    pack: Pack
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class Defaults:
    """Labels for matches whose trigger does not say them; None language means "guess"."""

    kind: ReplyKind = ReplyKind.DECLINE
    tone: Tone = Tone.NEUTRAL
    language: Language | None = None


def read_limited(path: Path, limit: int) -> bytes:
    """At most ``limit`` + 1 bytes of a file: enough to refuse a huge one without reading it."""
    with path.open("rb") as stream:
        return stream.read(limit + 1)


def read_espanso_file(path: Path, defaults: Defaults | None = None) -> EspansoImport:
    """Read a package.yml (or any match file) and its ``_manifest.yml`` when present.

    Raises:
        ImportRejected: unreadable, unsafe or without usable matches.
    """
    try:
        data = read_limited(path, MAX_PACK_BYTES)
        manifest_path = path.with_name(MANIFEST)
        manifest = (
            read_limited(manifest_path, MAX_MANIFEST_BYTES) if manifest_path.is_file() else None
        )
    except OSError as e:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
            params={"path": str(path), "reason": e.strerror or str(e)},
        ) from e
    return read_espanso(data, manifest, folder_name=path.parent.name, defaults=defaults)


def read_espanso(
    package_yml: bytes,
    manifest_yml: bytes | None = None,
    *,
    folder_name: str = "",
    defaults: Defaults | None = None,
) -> EspansoImport:
    """Turn an Espanso match file's plain-text matches into a pack.

    Raises:
        ImportRejected: the YAML is unsafe or invalid, the manifest is
            invalid, there are more than MAX_TEMPLATES matches, or none is usable.
    """
    defaults = defaults or Defaults()
    document = load_yaml(package_yml, max_bytes=MAX_PACK_BYTES)
    if not isinstance(document, dict) or not isinstance(document.get("matches"), list):
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors", 'This is not an Espanso match file: it has no "matches" list.'
            )
        )
    matches: list[Any] = document["matches"]
    if len(matches) > MAX_TEMPLATES:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "The file has {count} matches; the limit is {limit}."),
            params={"count": len(matches), "limit": MAX_TEMPLATES},
        )
    manifest = _manifest(manifest_yml)
    name = package_name(str(manifest.get("name") or folder_name or "espanso"))
    templates, skipped = _templates(matches, name, defaults)
    if not templates:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The Espanso file has no plain-text matches that Quadrant can use."
            )
        )
    metadata = {
        "uid": f"espanso.{name}",
        "name": manifest.get("title") or manifest.get("name") or name,
        "version": _version(manifest.get("version")),
        "author": manifest.get("author") or "",
        "description": manifest.get("description") or "",
    }
    reader = PackReader()
    checked = None
    with contextlib.suppress(TooManyProblems):
        checked = reader.metadata(metadata, tuple(templates))
    if reader.problems or checked is None:
        raise PackError(reader.problems or [])
    return EspansoImport(Pack(checked, tuple(templates)), tuple(skipped))


def _manifest(data: bytes | None) -> dict[str, Any]:
    if data is None:
        return {}
    document = load_yaml(data, max_bytes=MAX_MANIFEST_BYTES)
    if not isinstance(document, dict):
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "The Espanso _manifest.yml is not a mapping.")
        )
    return {k: v for k, v in document.items() if isinstance(v, str)}


def _version(value: object) -> str:
    text = str(value) if isinstance(value, str | int | float) else ""
    return text if is_newer(text, "0.0.0") or text == "0.0.0" else "0.0.0"


def _templates(
    matches: list[Any], package: str, defaults: Defaults
) -> tuple[list[Template], list[Skipped]]:
    templates: list[Template] = []
    skipped: list[Skipped] = []
    uids: set[str] = set()
    for index, match in enumerate(matches):
        entry = _entry(match, package, defaults)
        if isinstance(entry, Skipped):
            skipped.append(entry)
            continue
        base, n = entry["uid"], 1
        while entry["uid"] in uids:
            n += 1
            entry["uid"] = f"{base}.{n}"
        reader = PackReader()
        template = None
        with contextlib.suppress(TooManyProblems):
            template = reader.template(entry, index)
        if template is None or reader.problems:
            problem = reader.problems[0] if reader.problems else None
            if problem is None:
                skipped.append(Skipped(entry["name"], QT_TRANSLATE_NOOP("errors", "not usable")))
            else:  # the pack reader's own template, translated like its errors
                skipped.append(Skipped(entry["name"], problem.template, problem.params))
            continue
        uids.add(template.uid)
        templates.append(template)
    return templates, skipped


def _entry(match: object, package: str, defaults: Defaults) -> dict[str, Any] | Skipped:
    """A pack template entry for one match, or why it is skipped."""
    if not isinstance(match, dict):
        return Skipped("?", QT_TRANSLATE_NOOP("errors", "not a match"))
    trigger = match.get("trigger")
    if not isinstance(trigger, str):
        triggers = match.get("triggers")
        trigger = triggers[0] if isinstance(triggers, list) and triggers else None
    label = match.get("label")
    shown = str(label if isinstance(label, str) else trigger or "?")[:80]
    if not isinstance(trigger, str) or not trigger.strip():
        reason = QT_TRANSLATE_NOOP("errors", "no plain trigger (a regex trigger, or none)")
        return Skipped(shown, reason)
    if "vars" in match or any(key in match for key in ("image_path", "html", "markdown")):
        reason = QT_TRANSLATE_NOOP(
            "errors", "not plain text (variables, an image, HTML or Markdown)"
        )
        return Skipped(shown, reason)
    body = _body(match)
    if isinstance(body, Skipped):
        return Skipped(shown, body.template, body.params)
    kind, tone, language = _labels(trigger, body, defaults)
    uid = "espanso." + package + "." + (_UID_UNSAFE.sub("_", trigger.strip())[:120] or "match")
    return {
        "uid": uid,
        "name": shown.strip() or trigger,
        "kind": kind.value,
        "tone": tone.value,
        "language": language.value,
        "subject": "",
        "body": body,
        "tags": ["espanso"],
    }


def _body(match: dict[str, Any]) -> str | Skipped:
    """The match's text as template source: fields become placeholders, braces escaped."""
    form = match.get("form")
    if isinstance(form, str):
        pieces: list[str] = []
        position = 0
        for field in _FIELD.finditer(form):
            name = field.group(1).strip()
            if name not in placeholders.PLACEHOLDER_NAMES:
                reason = QT_TRANSLATE_NOOP(
                    "errors", "the form field “{field}” is not a Quadrant placeholder"
                )
                return Skipped("", reason, {"field": name[:40]})
            pieces.append(placeholders.escape(form[position : field.start()]))
            pieces.append("{" + name + "}")
            position = field.end()
        pieces.append(placeholders.escape(form[position:]))
        return "".join(pieces)
    replace = match.get("replace")
    if not isinstance(replace, str):
        return Skipped("", QT_TRANSLATE_NOOP("errors", "no text to insert"))
    if "{{" in replace:
        return Skipped("", QT_TRANSLATE_NOOP("errors", "uses Espanso variables"))
    return placeholders.escape(replace)


def _labels(trigger: str, body: str, defaults: Defaults) -> tuple[ReplyKind, Tone, Language]:
    own = _OWN_TRIGGER.fullmatch(trigger.strip())
    if own is not None:
        for language, words in KIND_WORDS.items():
            kinds = {word: kind for kind, word in words.items()}
            tones = {word: tone for tone, word in TONE_WORDS[language].items()}
            if own.group(1) in kinds and own.group(2) in tones:
                return kinds[own.group(1)], tones[own.group(2)], language
    return defaults.kind, defaults.tone, defaults.language or guess_language(body)


def guess_language(text: str) -> Language:
    """Dutch or English, by counting common words (English when it is a draw)."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    dutch = sum(1 for w in words if w in _DUTCH)
    english = sum(1 for w in words if w in _ENGLISH)
    return Language.NL if dutch > english else Language.EN
