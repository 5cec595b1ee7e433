"""Espanso packages: what Espanso requires of the files, and safe reading of strangers' YAML."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quadrant.domain import placeholders
from quadrant.domain.errors import ExportFailed, ImportRejected
from quadrant.domain.packs import PackMetadata
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template, parse_builtin_library
from quadrant.interop.espanso import build_package, package_name, write_package
from quadrant.interop.espanso_import import read_espanso, read_espanso_file
from quadrant.services.templates import builtin_library_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "packs"
META = PackMetadata(uid="pack.x", name="Team NL — Grenzen & Zo!", version="1.2.0", author="Sandra")
BUILTINS = parse_builtin_library(builtin_library_text())


def _files() -> tuple[dict[str, object], dict[str, object]]:
    package = build_package(BUILTINS, META)
    manifest = yaml.safe_load(package.files["_manifest.yml"])
    matches = yaml.safe_load(package.files["package.yml"])
    return manifest, matches


def test_the_manifest_has_every_field_espanso_requires() -> None:
    manifest, _ = _files()
    assert set(manifest) >= {"name", "title", "description", "version", "author"}
    assert all(isinstance(manifest[key], str) and manifest[key] for key in manifest)
    assert re.fullmatch(r"[a-z0-9-]+", str(manifest["name"]))
    assert manifest["name"] == "team-nl-grenzen-zo"
    assert manifest["version"] == "1.2.0"


def test_every_template_is_a_match_with_a_unique_readable_trigger() -> None:
    _, package = _files()
    matches = package["matches"]
    assert isinstance(matches, list)
    triggers = [m["trigger"] for m in matches]
    assert len(triggers) == len(set(triggers)) == len(BUILTINS)
    assert all(re.fullmatch(r":[a-z0-9]+(-[a-z0-9]+)+", t) for t in triggers)
    assert ":nee-warm" in triggers and ":no-firm" in triggers


def test_a_template_with_placeholders_becomes_a_form_with_those_fields() -> None:
    _, package = _files()
    first = package["matches"][0]  # type: ignore[index]
    template = BUILTINS[0]
    assert first["label"] == template.name
    fields = re.findall(r"\[\[([a-z_]+)\]\]", first["form"])
    assert tuple(dict.fromkeys(fields)) == placeholders.placeholders_in(template.body)
    assert "{" not in first["form"]


def test_duplicate_kinds_get_numbered_triggers_and_static_text_is_a_plain_replace() -> None:
    plain = Template("u.1", "Plain", ReplyKind.DECLINE, Tone.WARM, Language.NL, "", "Nee, sorry.")
    package = build_package([plain, replace(plain, uid="u.2")], META)
    matches = yaml.safe_load(package.files["package.yml"])["matches"]
    assert [m["trigger"] for m in matches] == [":nee-warm", ":nee-warm-2"]
    assert matches[0] == {"trigger": ":nee-warm", "label": "Plain", "replace": "Nee, sorry."}


def test_text_espanso_would_misread_is_left_out_and_reported() -> None:
    risky = Template("u.1", "Risky", ReplyKind.DECLINE, Tone.WARM, Language.EN, "", "a {{{{b}}}}")
    fine = replace(risky, uid="u.2", name="Fine", body="Fine {task}")
    package = build_package([risky, fine], META)
    assert [s.name for s in package.skipped] == ["Risky"]
    assert package.triggers == (":no-warm",)
    with pytest.raises(ExportFailed):
        build_package([risky], META)


def test_the_package_is_written_into_a_folder_named_after_it(tmp_path: Path) -> None:
    folder = write_package(build_package(BUILTINS[:3], META), tmp_path)
    assert folder == tmp_path / "team-nl-grenzen-zo"
    assert sorted(p.name for p in folder.iterdir()) == ["README.md", "_manifest.yml", "package.yml"]
    assert ":nee-warm" in (folder / "README.md").read_text(encoding="utf-8")


@given(st.text(max_size=80))
def test_package_names_follow_espansos_rule(title: str) -> None:
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", package_name(title))


_WORDS = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="[]{}$\ufeff")
    | st.sampled_from("\n"),
    max_size=30,
)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.one_of(
            _WORDS.map(placeholders.escape),
            st.sampled_from(placeholders.PLACEHOLDER_NAMES).map("{{{}}}".format),
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(ReplyKind),
    st.sampled_from(Tone),
    st.sampled_from(Language),
)
def test_exported_matches_import_back_with_their_text_and_labels(
    parts: list[str], kind: ReplyKind, tone: Tone, language: Language
) -> None:
    body = "".join(parts)
    if not body.strip():
        body = "Hoi {task}"
    template = Template("u.1", "Round trip", kind, tone, language, "", body)
    package = build_package([template], META)
    imported = read_espanso(package.files["package.yml"], package.files["_manifest.yml"])
    (back,) = imported.pack.templates
    assert (back.body, back.kind, back.tone, back.language) == (body, kind, tone, language)
    assert imported.pack.metadata.version == "1.2.0"


def test_only_plain_text_matches_are_imported_the_rest_is_skipped_with_a_reason() -> None:
    imported = read_espanso_file(FIXTURES / "espanso_package.yml")
    assert [t.name for t in imported.pack.templates] == ["Nee zeggen (warm)", ":sig"]
    reasons = {s.name: s.reason for s in imported.skipped}
    assert reasons[":date"].startswith("not plain text")
    assert "regex" in reasons["?"]
    assert "colleague" in reasons[":form-unknown"]


def test_an_alias_bomb_of_a_few_hundred_bytes_fails_fast() -> None:
    data = (FIXTURES / "alias_bomb.yml").read_bytes()
    assert len(data) < 1000
    started = time.perf_counter()
    with pytest.raises(ImportRejected, match="alias"):
        read_espanso(data)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"matches: " + b"[" * 10_000 + b"]" * 10_000, "nested more than"),
        (b"matches: []\n# " + b"x" * (2 * 1024 * 1024), "the limit is"),
        (
            b"matches:\n  - trigger: ':x'\n    replace: !!python/object/apply:os.system [ls]\n",
            "constructor",
        ),
        (b"matches: [unclosed", "not valid YAML"),
        (b"matches:\n  - trigger: \xff\n", "not UTF-8"),
        (b"matches: 3\n", 'no "matches" list'),
        (b"matches:\n  - trigger: ':x'\n    replace: '{{v}}'\n", "no plain-text matches"),
    ],
)
def test_hostile_or_useless_yaml_is_refused_clearly(data: bytes, words: str) -> None:
    started = time.perf_counter()
    with pytest.raises(ImportRejected, match=re.escape(words)):
        read_espanso(data)
    assert time.perf_counter() - started < 1.0
