"""The safe template grammar: known cases, precise errors, and hostile input."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain import placeholders
from quadrant.domain.errors import ValidationError
from quadrant.domain.placeholders import (
    MAX_TEMPLATE_CHARS,
    PLACEHOLDER_NAMES,
    PLACEHOLDERS,
    LiteralText,
    Part,
    Placeholder,
    PlaceholderError,
    escape,
    gap_marker,
    parse,
    placeholders_in,
    render,
    unparse,
    validate,
)

# --- the fixed set -----------------------------------------------------------


def test_the_documented_set_is_exactly_these_names() -> None:
    assert PLACEHOLDER_NAMES == (
        "requester",
        "requester_first_name",
        "task",
        "due_date",
        "alternative_date",
        "current_load",
        "displaced_tasks",
        "delegate_to",
        "my_name",
        "agreement",
        "today",
    )


def test_every_placeholder_is_described_in_both_languages() -> None:
    for spec in PLACEHOLDERS:
        assert spec.description("en")
        assert spec.description("nl")
        assert spec.example("en")
        assert spec.example("nl")
        assert spec.description("nl") != spec.description("en")
        assert placeholders.spec_for(spec.name) is spec


def test_the_user_reference_documents_every_placeholder_and_the_rules() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "templates.md").read_text("utf-8")
    for spec in PLACEHOLDERS:
        assert f"| `{{{spec.name}}}` | {spec.description_en}" in docs
        assert spec.example_en in docs
        assert spec.example_nl in docs
    assert gap_marker("alternative_date") in docs
    assert f"{MAX_TEMPLATE_CHARS:,}".replace(",", " ") in docs


def test_spec_for_an_unknown_name_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="nope"):
        placeholders.spec_for("nope")


# --- parsing -----------------------------------------------------------------


def test_parse_splits_literals_and_placeholders_with_positions() -> None:
    segments = parse("Hi {requester_first_name},\n\nAbout {task}.")
    assert segments == (
        LiteralText("Hi ", 0),
        Placeholder("requester_first_name", 3, 1, 4),
        LiteralText(",\n\nAbout ", 25),
        Placeholder("task", 34, 3, 7),
        LiteralText(".", 40),
    )


def test_doubled_braces_are_literal_braces() -> None:
    assert parse("{{task}}") == (LiteralText("{task}", 0),)
    assert parse("a {{ b }} c") == (LiteralText("a { b } c", 0),)
    assert parse("{{{task}}}") == (
        LiteralText("{", 0),
        Placeholder("task", 2, 1, 3),
        LiteralText("}", 8),
    )


def test_empty_text_has_no_segments() -> None:
    assert parse("") == ()
    assert render("", {}).text == ""


def test_placeholders_in_lists_each_name_once_in_order() -> None:
    text = "{task} for {requester}: {task} by {due_date}, {{agreement}}"
    assert placeholders_in(text) == ("task", "requester", "due_date")


# --- errors name the placeholder and the position -------------------------------


@pytest.mark.parametrize(
    ("text", "code", "named", "line", "column"),
    [
        ("Hi {taks}", "unknown", "{taks}", 1, 4),
        ("line one\n  {requester_name}", "unknown", "{requester_name}", 2, 3),
        ("{Task}", "illegal_name", "{Task}", 1, 1),
        ("x\ny\nzz {task.__class__}", "illegal_name", "{task.__class__}", 3, 4),
        ("{0.__init__.__globals__}", "illegal_name", "{0.__init__.__globals__}", 1, 1),
        ("{requester!r}", "illegal_name", "{requester!r}", 1, 1),
        ("{requester:>10}", "illegal_name", "{requester:>10}", 1, 1),
        ("{ task }", "illegal_name", "{ task }", 1, 1),
        ("ab\n{}", "empty", "{}", 2, 1),
        ("Dear {task", "unclosed", "{task", 1, 6),
        ("{task\n}", "unclosed", "{task", 1, 1),
        ("{ta{sk}", "unclosed", "{ta", 1, 1),
        ("oops }", "unmatched_close", "'}'", 1, 6),
        ("{task}}", "unmatched_close", "'}'", 1, 7),
        ("a\n\n   {", "unclosed", "'{'", 3, 4),
    ],
)
def test_errors_name_the_placeholder_and_its_line_and_column(
    text: str, code: str, named: str, line: int, column: int
) -> None:
    with pytest.raises(PlaceholderError) as caught:
        validate(text)
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.code == code
    assert (error.line, error.column) == (line, column)
    assert named in error.message
    assert f"line {line}, column {column}" in error.message


def test_unknown_placeholder_suggests_the_nearest_name() -> None:
    with pytest.raises(PlaceholderError, match=r"Did you mean \{task\}\?"):
        validate("{taks}")


def test_hostile_names_are_cut_short_in_messages() -> None:
    with pytest.raises(PlaceholderError) as caught:
        validate("{" + "x." * 500 + "}")
    assert len(caught.value.message) < 300


def test_text_over_the_limit_is_rejected() -> None:
    validate("a" * MAX_TEMPLATE_CHARS)
    with pytest.raises(PlaceholderError) as caught:
        validate("a" * (MAX_TEMPLATE_CHARS + 1))
    assert caught.value.code == "too_long"
    with pytest.raises(ValidationError):
        render("a" * (MAX_TEMPLATE_CHARS + 1), {})


def test_located_keeps_the_position_and_adds_where() -> None:
    with pytest.raises(PlaceholderError) as caught:
        validate("\n{nope}")
    located = caught.value.located("template x, body")
    assert located.where == "template x, body"
    assert (located.line, located.column, located.code) == (2, 1, "unknown")
    assert str(located).startswith("template x, body: Unknown placeholder {nope}")


# --- rendering -----------------------------------------------------------------


def test_render_fills_values_literally() -> None:
    rendered = render(
        "Hi {requester_first_name}, about {task}.",
        {
            "requester_first_name": "Anna",
            "task": "{requester} and {{x}}",
        },
    )
    assert rendered.text == "Hi Anna, about {requester} and {{x}}."
    assert rendered.gaps == ()
    assert rendered.complete
    assert rendered.parts == (Part("Hi Anna, about {requester} and {{x}}.", False),)


def test_missing_values_become_visible_gaps() -> None:
    rendered = render(
        "Hi {requester_first_name}, how about {alternative_date}? {alternative_date}!",
        {"requester_first_name": "Anna", "alternative_date": None},
    )
    assert gap_marker("alternative_date") == "[alternative_date?]"
    assert rendered.text == "Hi Anna, how about [alternative_date?]? [alternative_date?]!"
    assert rendered.gaps == ("alternative_date",)
    assert not rendered.complete
    assert rendered.parts == (
        Part("Hi Anna, how about ", False),
        Part("[alternative_date?]", True),
        Part("? ", False),
        Part("[alternative_date?]", True),
        Part("!", False),
    )


def test_absent_and_blank_values_are_gaps() -> None:
    rendered = render("{task}|{my_name}|{today}", {"task": "  ", "today": ""})
    assert rendered.text == "[task?]|[my_name?]|[today?]"
    assert rendered.gaps == ("task", "my_name", "today")


def test_doubled_braces_render_as_single_braces() -> None:
    assert render("{{task}}", {"task": "X"}).text == "{task}"
    assert render("{{{task}}}", {"task": "X"}).text == "{X}"


def test_a_non_text_value_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match=r"\{task\}"):
        render("{task}", {"task": 3})  # type: ignore[dict-item]


def test_render_never_formats_a_value() -> None:
    class Booby(str):
        """A value that explodes if anything tries to format or interpolate it."""

        __slots__ = ()

        def __format__(self, spec: str) -> str:
            raise AssertionError("formatted")

        def __mod__(self, other: object) -> str:
            raise AssertionError("interpolated")

    assert render("<{task}>", {"task": Booby("ok")}).text == "<ok>"


@pytest.mark.parametrize(
    "hostile",
    [
        "{task.__class__}",
        "{0.__init__.__globals__}",
        "{requester!r}",
        "{requester:>10}",
        "{task[0]}",
        "{__import__}",
        "${task}",
    ],
)
def test_hostile_templates_never_reach_an_object(hostile: str) -> None:
    values = {name: "V" for name in PLACEHOLDER_NAMES}
    if hostile == "${task}":
        # Only the braces are grammar; the dollar is plain text.
        assert render(hostile, values).text == "$V"
        return
    with pytest.raises(ValidationError, match="Unknown placeholder"):
        render(hostile, values)


def test_escaped_hostile_text_renders_literally() -> None:
    assert render("{{task.__class__}}", {"task": "V"}).text == "{task.__class__}"


# --- properties ------------------------------------------------------------------

names = st.sampled_from(PLACEHOLDER_NAMES)
brace_heavy_text = st.text(alphabet="{}_.:!ab\n 0" + "".join(PLACEHOLDER_NAMES), max_size=80)
any_text = st.one_of(st.text(max_size=200), brace_heavy_text)
pieces = st.lists(st.one_of(st.tuples(st.just("lit"), st.text(max_size=20)), names), max_size=12)
value_maps = st.dictionaries(names, st.one_of(st.none(), st.text(max_size=20)))


def _source(parts: list[tuple[str, str] | str]) -> str:
    return "".join(
        escape(part[1]) if isinstance(part, tuple) else "{" + part + "}" for part in parts
    )


@given(any_text)
def test_only_validation_errors_escape(text: str) -> None:
    for action in (validate, parse, placeholders_in, lambda t: render(t, {})):
        with contextlib.suppress(ValidationError):
            action(text)


@given(any_text, value_maps)
def test_render_of_any_text_is_its_literals_and_values(
    text: str, values: dict[str, str | None]
) -> None:
    try:
        segments = parse(text)
    except ValidationError:
        return
    expected = []
    for seg in segments:
        if isinstance(seg, LiteralText):
            expected.append(seg.text)
        else:
            value = values.get(seg.name)
            expected.append(value if value and value.strip() else gap_marker(seg.name))
    assert unparse(segments) == text  # any valid text has exactly one spelling
    rendered = render(text, values)
    assert rendered.text == "".join(expected)
    assert "".join(part.text for part in rendered.parts) == rendered.text


@given(pieces)
def test_parse_then_reconstruct_gives_the_source_back(parts: list[tuple[str, str] | str]) -> None:
    source = _source(parts)
    segments = parse(source)
    assert unparse(segments) == source
    literal = "".join(p[1] if isinstance(p, tuple) else "\0" for p in parts)
    rebuilt = "".join(s.text if isinstance(s, LiteralText) else "\0" for s in segments)
    assert rebuilt == literal
    assert [s.name for s in segments if isinstance(s, Placeholder)] == [
        p for p in parts if isinstance(p, str)
    ]
    for seg in segments:
        if isinstance(seg, Placeholder):
            before = source[: seg.offset]
            assert seg.line == before.count("\n") + 1
            assert seg.column == len(before) - (before.rfind("\n") + 1) + 1
            assert source[seg.offset : seg.offset + len(seg.name) + 2] == "{" + seg.name + "}"


@given(pieces, value_maps)
def test_values_with_braces_are_inserted_literally(
    parts: list[tuple[str, str] | str], values: dict[str, str | None]
) -> None:
    hostile = {name: "{" + name + "}{0.__class__}" for name in values}
    rendered = render(_source(parts), hostile)
    expected = "".join(
        p[1] if isinstance(p, tuple) else hostile.get(p) or gap_marker(p) for p in parts
    )
    assert rendered.text == expected


@given(st.text(max_size=60))
def test_escaped_text_is_always_valid_and_renders_as_itself(text: str) -> None:
    assert render(escape(text), {}).text == text
    assert placeholders_in(escape(text)) == ()
