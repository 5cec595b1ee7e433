"""Template packs: the round trip, the strict reader against hostile files, the merge plan."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quadrant.domain import placeholders
from quadrant.domain.errors import ImportRejected, ValidationError
from quadrant.domain.pack_plan import (
    Decision,
    ItemStatus,
    LocalTemplate,
    Reason,
    copy_for,
    plan_items,
    side_by_side,
)
from quadrant.domain.packs import (
    MAX_PACK_BYTES,
    MAX_TEMPLATES,
    MAX_TEXT_CHARS,
    Pack,
    PackError,
    PackMetadata,
    pack_document,
    pack_to_bytes,
    read_pack,
    strip_names,
)
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.safe_json import check_nesting
from quadrant.domain.templates import Template
from quadrant.services import sharing
from tests.unit.fake_packs import FakeSharingUnitOfWork

FIXTURES = Path(__file__).parent.parent / "fixtures" / "packs"
META = PackMetadata(uid="pack.test", name="Team NL", version="1.2.0", author="Sandra")

# Text a colleague may really write: emoji, right-to-left scripts, accents, symbols.
_LETTERS = st.characters(
    blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
    blacklist_characters="\ufeff<>\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)
_SAMPLES = st.sampled_from(
    ["👋🏽 Hoi", "שלום עולם", "مرحبا بالعالم", "Ærøskøbing", "a" * 3000, "{{", "}}", "x{{y}}z"]
)


@st.composite
def template_sources(draw: st.DrawFn, *, lines: bool) -> str:
    """Valid template source: literal runs (braces escaped) and known placeholders."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        choice = draw(st.integers(0, 2))
        if choice == 0:
            parts.append("{" + draw(st.sampled_from(placeholders.PLACEHOLDER_NAMES)) + "}")
        elif choice == 1:
            parts.append(draw(_SAMPLES))
        else:
            alphabet = _LETTERS | st.sampled_from("\n\t{}") if lines else _LETTERS | st.just("{")
            parts.append(placeholders.escape(draw(st.text(alphabet, max_size=40))))
    source = "".join(parts)
    return source if source.strip() else "Hoi {task}"


@st.composite
def templates(draw: st.DrawFn) -> Template:
    name = draw(st.text(_LETTERS, min_size=1, max_size=60).filter(lambda s: s.strip()))
    tags = draw(
        st.lists(
            st.text(_LETTERS, min_size=1, max_size=20).filter(lambda s: s.strip()),
            max_size=4,
            unique=True,
        )
    )
    return Template(
        uid=draw(st.from_regex(r"user\.[a-z0-9-]{1,30}", fullmatch=True)),
        name=name,
        kind=draw(st.sampled_from(ReplyKind)),
        tone=draw(st.sampled_from(Tone)),
        language=draw(st.sampled_from(Language)),
        subject=draw(template_sources(lines=False)),
        body=draw(template_sources(lines=True)),
        tags=tuple(tags),
        version=draw(st.integers(1, 50)),
    )


def _texts(found: list[Template]) -> list[tuple[object, ...]]:
    return sorted(
        (t.uid, t.name, t.kind, t.tone, t.language, t.subject, t.body, t.tags, t.version)
        for t in found
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(templates(), min_size=1, max_size=6, unique_by=lambda t: t.uid))
def test_export_then_import_into_an_empty_store_gives_identical_templates(
    originals: list[Template],
) -> None:
    source = FakeSharingUnitOfWork()
    ids = [source.templates.add(t, sharing.utc_now()).id or 0 for t in originals]
    data = sharing.export_pack(source, ids, META)

    target = FakeSharingUnitOfWork()
    plan = sharing.plan_import(target, data)
    assert {item.status for item in plan.items} == {ItemStatus.NEW}
    sharing.apply_import(target, plan)

    assert _texts(list(target.templates.rows.values())) == _texts(originals)


@given(st.lists(templates(), min_size=1, max_size=4, unique_by=lambda t: t.uid))
def test_a_pack_reads_back_exactly_as_it_was_written(originals: list[Template]) -> None:
    pack = Pack(replace(META, languages=(Language.NL,)), tuple(originals))
    assert read_pack(pack_to_bytes(pack)) == pack


# --- hostile and broken files -------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "where", "words"),
    [
        ("wrong_types.json", "templates[0].name", "Expected text, found a whole number"),
        ("unknown_placeholder.json", ".body", "Unknown placeholder {requester_firstname}"),
        ("format_attack.json", ".body", "Unknown placeholder {0.__class__"),
        ("html_name.json", ".name", "Names may not contain < or >"),
        ("unknown_fields.json", "extra", 'Unknown field "extra"'),
        ("future_version.json", "format.version", "Update Quadrant"),
        ("duplicate_uid.json", ".uid", "used twice"),
        ("bad_version.json", "pack.version", "MAJOR.MINOR.PATCH"),
        ("duplicate_keys.json", "pack.name", "more than once"),
        ("nan.json", None, "NaN"),
        ("truncated.json", None, "not complete JSON"),
        ("invalid_utf8.json", None, "not UTF-8"),
    ],
)
def test_each_hostile_fixture_gives_a_clear_error_that_says_where(
    fixture: str, where: str | None, words: str
) -> None:
    with pytest.raises(ImportRejected) as caught:
        read_pack((FIXTURES / fixture).read_bytes())
    error = caught.value
    problems = error.problems if isinstance(error, PackError) else ()
    messages = [str(error), *(f"{p.where}: {p.message}" for p in problems)]
    assert any(words in message for message in messages), messages
    if where is not None:
        assert any(where in message for message in messages), messages


def test_wrong_types_are_all_reported_with_what_was_expected() -> None:
    with pytest.raises(PackError) as caught:
        read_pack((FIXTURES / "wrong_types.json").read_bytes())
    details = caught.value.details()
    assert "templates[0].tags: Expected a list of tags, found text." in details
    assert "templates[0].version: The version must be a whole number from 1" in details
    assert "templates[0].body: Expected text, found a list." in details


def test_ten_thousand_deep_nesting_is_a_validation_error_not_a_recursion_error() -> None:
    data = b'{"format": {"name": "quadrant-template-pack", "version": 2}, "x": '
    data += b"[" * 10_000 + b"]" * 10_000 + b"}"
    with pytest.raises(ImportRejected, match="nested more than"):
        read_pack(data)


def test_a_two_mebibyte_file_is_refused_before_it_is_read() -> None:
    data = json.dumps({"padding": "x" * (2 * 1024 * 1024)}).encode()
    started = time.perf_counter()
    with pytest.raises(ImportRejected, match=r"the limit is 1\.0 MiB"):
        read_pack(data)
    assert time.perf_counter() - started < 0.5


def _valid_document() -> dict[str, object]:
    return json.loads((FIXTURES / "valid.quadrant-pack.json").read_text(encoding="utf-8"))


def test_more_than_the_maximum_of_templates_is_refused() -> None:
    document = _valid_document()
    one = document["templates"][0]  # type: ignore[index]
    document["templates"] = [dict(one, uid=f"t{i}") for i in range(MAX_TEMPLATES + 1)]
    with pytest.raises(PackError, match=f"the limit is {MAX_TEMPLATES}"):
        read_pack(json.dumps(document).encode())


def test_a_text_over_the_limit_is_refused_with_its_length() -> None:
    document = _valid_document()
    document["templates"][0]["body"] = "a" * (MAX_TEXT_CHARS + 1)  # type: ignore[index]
    with pytest.raises(PackError, match=f"the limit is {MAX_TEXT_CHARS}"):
        read_pack(json.dumps(document).encode())


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Nee\u202etxt.exe", "control or invalid character"),
        ("Nee\x07", "control or invalid character"),
        ("Nee\nnaam", "line break"),
        ("\ud800", "control or invalid character"),
    ],
)
def test_names_with_invisible_tricks_are_refused(name: str, words: str) -> None:
    document = _valid_document()
    document["templates"][0]["name"] = name  # type: ignore[index]
    with pytest.raises(PackError, match=words):
        read_pack(json.dumps(document).encode())


def test_an_older_format_is_upgraded_on_read() -> None:
    pack = read_pack((FIXTURES / "v1_pack.json").read_bytes())
    assert pack.format_version == 1
    assert pack.metadata.name == "Old pack"
    assert pack.metadata.languages == (Language.NL,)
    (template,) = pack.templates
    assert template.body == "Beste {requester_first_name},\n\nNee."
    assert template.tags == ("oud", "nee")
    assert pack_document(pack)["format"] == {"name": "quadrant-template-pack", "version": 2}


def test_the_valid_fixture_reads_with_literal_braces_intact() -> None:
    pack = read_pack((FIXTURES / "valid.quadrant-pack.json").read_bytes())
    assert [t.uid for t in pack.templates] == ["fixture.one", "fixture.two"]
    assert "{{Literal braces}}" in pack.templates[1].body


@given(st.integers(1, 40), st.integers(1, 20))
def test_the_nesting_check_counts_brackets_outside_strings_only(depth: int, limit: int) -> None:
    value: object = "[[{{ not brackets ]]"
    for _ in range(depth):
        value = [value]
    text = json.dumps(value)
    if depth <= limit:
        check_nesting(text, limit)
    else:
        with pytest.raises(ImportRejected):
            check_nesting(text, limit)


def test_the_size_limit_matches_the_documented_one() -> None:
    assert MAX_PACK_BYTES == 1024 * 1024


# --- the plan ----------------------------------------------------------------------------


def _template(**changes: object) -> Template:
    base = Template(
        "t.one", "Nee", ReplyKind.DECLINE, Tone.WARM, Language.NL, "", "Hoi {task}", version=2
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _status(local: Template | None, incoming: Template, *, edited: bool = False) -> tuple:
    pack = Pack(META, (incoming,))
    found = {} if local is None else {local.uid: LocalTemplate(local, edited_after_import=edited)}
    (item,) = plan_items(pack, found)
    return item.status, item.reason, item.default


def test_each_incoming_template_is_classified_against_the_store() -> None:
    incoming = _template(body="Hoi {task}, nee.", version=3)
    from_pack = _template(pack_uid=META.uid, id=1)
    assert _status(None, incoming)[0] is ItemStatus.NEW
    assert _status(replace(incoming, id=1), incoming)[0] is ItemStatus.IDENTICAL
    assert _status(from_pack, incoming) == (ItemStatus.CHANGED, Reason.UPDATE, Decision.REPLACE)
    assert _status(from_pack, incoming, edited=True) == (
        ItemStatus.CONFLICTING,
        Reason.EDITED_HERE,
        Decision.KEEP_BOTH,
    )
    assert _status(_template(id=1), incoming)[:2] == (ItemStatus.CONFLICTING, Reason.YOURS)
    older = replace(incoming, version=1)
    assert _status(from_pack, older) == (ItemStatus.CHANGED, Reason.OLDER, Decision.SKIP)


def test_a_builtin_is_never_offered_for_replacement() -> None:
    incoming = _template(body="Andere tekst")
    pack = Pack(META, (incoming,))
    builtin = LocalTemplate(_template(builtin=True, id=1))
    (item,) = plan_items(pack, {incoming.uid: builtin})
    assert item.status is ItemStatus.CONFLICTING
    assert Decision.REPLACE not in item.choices


def test_keeping_both_twice_finds_the_earlier_copy() -> None:
    incoming = _template(body="Andere tekst")
    pack = Pack(META, (incoming,))
    copy = copy_for(incoming, pack)
    assert copy.uid != incoming.uid
    assert copy.name == "Nee (Team NL)"
    local = {incoming.uid: LocalTemplate(_template(id=1)), copy.uid: LocalTemplate(copy)}
    (item,) = plan_items(pack, local)
    assert (item.status, item.reason) == (ItemStatus.IDENTICAL, Reason.KEPT_EARLIER)


def test_a_decision_outside_the_choices_is_refused() -> None:
    source = FakeSharingUnitOfWork()
    plan = sharing.plan_import(source, (FIXTURES / "valid.quadrant-pack.json").read_bytes())
    with pytest.raises(ValidationError):
        plan.resolve({"fixture.one": Decision.REPLACE})
    with pytest.raises(ValidationError):
        plan.resolve({"no.such.uid": Decision.SKIP})


def test_names_are_stripped_from_literal_text_only_longest_first() -> None:
    names = {
        "Anna de Vries": "requester",
        "Anna": "requester_first_name",
        "Sandra": "my_name",
    }
    source = "Hoi Anna,\nAnna de Vries vroeg {task}. {{Anna}} blijft.\nGroet, Sandra\nAnnabel"
    assert strip_names(source, names) == (
        "Hoi {requester_first_name},\n{requester} vroeg {task}. {{{requester_first_name}}} "
        "blijft.\nGroet, {my_name}\nAnnabel"
    )
    placeholders.validate(strip_names(source, names))


@given(st.text(max_size=200), st.text(max_size=200))
def test_a_side_by_side_diff_keeps_both_texts_line_for_line(old: str, new: str) -> None:
    rows = side_by_side(old, new)
    assert [r.left for r in rows if r.left is not None] == old.splitlines()
    assert [r.right for r in rows if r.right is not None] == new.splitlines()
    assert all(r.left == r.right for r in rows if r.tag == "equal")


def test_the_json_schema_documents_the_fields_the_reader_accepts() -> None:
    from quadrant.domain import pack_reader

    schema_path = Path(__file__).parent.parent.parent / "resources" / "packs" / "pack.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    template = schema["$defs"]["template"]
    assert set(template["properties"]) == set(pack_reader._TEMPLATE)
    assert set(template["required"]) == set(pack_reader._TEMPLATE_REQUIRED)
    assert set(schema["properties"]["pack"]["properties"]) == set(pack_reader._PACK)
    assert template["properties"]["kind"]["enum"] == [k.value for k in ReplyKind]
    assert template["properties"]["tone"]["enum"] == [t.value for t in Tone]
    assert schema["$defs"]["language"]["enum"] == [lang.value for lang in Language]
    assert schema["properties"]["templates"]["maxItems"] == MAX_TEMPLATES
    for name in placeholders.PLACEHOLDER_NAMES:
        assert name in schema["$defs"]["text"]["description"]
