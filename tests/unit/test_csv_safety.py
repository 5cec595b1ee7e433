"""A cell written to CSV is never a formula in a spreadsheet, and reads back unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quadrant.interop.csv_safety import FORMULA_TRIGGERS, safe_cell, unsafe_cell


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x")', "+31 6 1234", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "'=1+1"],
)
def test_formula_cells_start_with_an_apostrophe(text: str) -> None:
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Budget Q3", "'t Hoen bellen", "", "50% korting", "a=b"])
def test_ordinary_cells_stay_as_typed(text: str) -> None:
    assert safe_cell(text) == text


@given(st.text())
def test_no_safe_cell_starts_with_a_trigger(text: str) -> None:
    assert not safe_cell(text).startswith(FORMULA_TRIGGERS)


@given(st.text(alphabet=st.sampled_from(["'", "=", "+", "-", "@", "\t", "\r", "a", " "])))
def test_reading_back_gives_exactly_what_was_written(text: str) -> None:
    assert unsafe_cell(safe_cell(text)) == text
