"""Every error template the code marks reaches the Dutch catalogue, translated.

lupdate finds ``QT_TRANSLATE_NOOP("errors", "…")`` by the function's name
alone, so an alias (``import QT_TRANSLATE_NOOP as _T``) silently hid 44 pack
and import errors from the translators: a Dutch user read them in English.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "desktop" / "quadrant").rglob("*.py"))
DUTCH = ROOT / "resources" / "translations" / "quadrant_nl.ts"
MARKER = "QT_TRANSLATE_NOOP"


def _marked_templates(tree: ast.AST) -> list[tuple[str, str]]:
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == MARKER
            and len(node.args) == 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        ):
            context, text = (a.value for a in node.args if isinstance(a, ast.Constant))
            found.append((str(context), str(text)))
    return found


def _dutch_catalogue() -> dict[tuple[str, str], str]:
    catalogue = {}
    for context in ET.parse(DUTCH).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            text = (translation.text or "") if finished and translation is not None else ""
            catalogue[(name, message.findtext("source") or "")] = text
    return catalogue


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_marker_is_never_renamed_so_lupdate_can_see_it(source: Path) -> None:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    aliases = [
        f"{alias.name} as {alias.asname}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name == MARKER and alias.asname is not None
    ]
    assert aliases == []


def test_every_marked_error_template_is_translated_into_dutch() -> None:
    catalogue = _dutch_catalogue()
    untranslated = [
        f"{source.relative_to(ROOT)}: {text}"
        for source in SOURCES
        for context, text in _marked_templates(ast.parse(source.read_text(encoding="utf-8")))
        if not catalogue.get((context, text), "").strip()
    ]
    assert untranslated == []
