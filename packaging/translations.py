"""Work on the translation catalogues without Qt Linguist.

    python packaging/translations.py todo [TS]          unfinished entries as JSON
    python packaging/translations.py fill JSON [TS]     write translations into the .ts
    python packaging/translations.py check [TS]         exit 1 while anything is unfinished

The JSON is a list of {"context", "source", "translation"} objects; for plural
messages ("numerus": true) "translation" is a list of forms (Dutch: one, many).
``make translations`` brings the .ts up to date with the code first and
compiles the .qm afterwards; see resources/translations/README.md.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

DEFAULT_TS = Path(__file__).resolve().parents[1] / "resources/translations/quadrant_nl.ts"


def _messages(tree: ET.ElementTree[ET.Element]) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        found.extend((name, message) for message in context.iter("message"))
    return found


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return any(not text.strip() for text in texts)


def todo(ts: Path) -> list[dict[str, Any]]:
    """The entries a translator still has to do."""
    tree = ET.parse(ts)  # noqa: S314 (our own catalogue, not untrusted input)
    entries: list[dict[str, Any]] = []
    for context, message in _messages(tree):
        if _unfinished(message):
            entry: dict[str, Any] = {"context": context, "source": message.findtext("source")}
            comment = message.findtext("comment")
            if comment:
                entry["comment"] = comment
            if message.get("numerus") == "yes":
                entry["numerus"] = True
                entry["translation"] = ["", ""]
            else:
                entry["translation"] = ""
            entries.append(entry)
    return entries


def fill(ts: Path, entries: list[dict[str, Any]]) -> int:
    """Write the given translations into ``ts``; returns how many were applied."""
    wanted = {(e["context"], e["source"]): e["translation"] for e in entries if e["translation"]}
    tree = ET.parse(ts)  # noqa: S314 (our own catalogue, not untrusted input)
    applied = 0
    for context, message in _messages(tree):
        text = wanted.get((context, message.findtext("source") or ""))
        if text is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for value in text if isinstance(text, list) else [text]:
                ET.SubElement(translation, "numerusform").text = value
        else:
            translation.text = str(text)
        applied += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return applied


def main(argv: list[str]) -> int:
    """The command line; see the module docstring."""
    if not argv or argv[0] not in ("todo", "fill", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "fill":
        entries = json.loads(Path(rest[0]).read_text(encoding="utf-8"))
        ts = Path(rest[1]) if len(rest) > 1 else DEFAULT_TS
        print(f"{fill(ts, entries)} translations written to {ts}")
        return 0
    ts = Path(rest[0]) if rest else DEFAULT_TS
    entries = todo(ts)
    if command == "todo":
        print(json.dumps(entries, ensure_ascii=False, indent=1))
        return 0
    for entry in entries:
        print(f"unfinished: [{entry['context']}] {entry['source']}")
    return 1 if entries else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
