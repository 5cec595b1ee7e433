"""Error templates: English for the CLI, fields filled once, user text never read as a template."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.errors import ValidationError, fill_template
from quadrant.domain.placeholders import PlaceholderError, validate


@given(st.text(max_size=40), st.text(max_size=40))
def test_a_value_is_inserted_as_it_is_and_never_expanded(name: str, other: str) -> None:
    filled = fill_template("{name} and {other}, {kept}", {"name": name, "other": other})
    assert filled == f"{name} and {other}, {{kept}}"


@given(st.text(max_size=60))
def test_any_template_without_params_is_returned_unchanged(template: str) -> None:
    assert fill_template(template, {}) == template


def test_a_validation_error_keeps_its_template_and_reads_english() -> None:
    error = ValidationError("A title can be at most {limit} characters.", "title",
                            params={"limit": 500})  # fmt: skip
    assert str(error) == "title: A title can be at most 500 characters."
    assert error.message == "A title can be at most 500 characters."
    assert error.template == "A title can be at most {limit} characters."


def test_a_placeholder_error_quotes_hostile_text_literally() -> None:
    with pytest.raises(PlaceholderError) as raised:
        validate("Dear {line}")  # a placeholder named like one of the message's own fields
    error = raised.value
    assert error.template.startswith("Unknown placeholder {placeholder} at line {line}")
    assert str(error).startswith("Unknown placeholder {line} at line 1, column 6.")
    assert error.located("body").params == error.params
    with pytest.raises(PlaceholderError, match=r"^Unclosed placeholder '\{' at line 1, column 6"):
        validate("Dear {")


def test_a_where_that_looks_like_a_template_is_never_filled() -> None:
    from quadrant.domain.errors import ValidationError

    error = ValidationError("Unknown {name}.", where="{name} {a.__class__}", params={"name": "x"})
    assert str(error) == "{name} {a.__class__}: Unknown x."
    assert error.message == "Unknown x."
    assert error.template == "Unknown {name}."
