"""The quick-capture syntax: markers anywhere in the line, the rest is the title."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.capture import parse_capture

MONDAY = date(2026, 11, 23)


def test_markers_are_taken_out_of_the_title() -> None:
    capture = parse_capture("Call the notary @Anne ! * friday", MONDAY)
    assert capture.title == "Call the notary"
    assert capture.requester == "Anne"
    assert capture.urgent is True
    assert capture.important is True
    assert capture.due == date(2026, 11, 27)


def test_a_quoted_requester_may_have_several_words() -> None:
    capture = parse_capture('Budget review @"Pieter de Boer" morgen', MONDAY)
    assert capture.title == "Budget review"
    assert capture.requester == "Pieter de Boer"
    assert capture.due == date(2026, 11, 24)


def test_without_markers_nothing_is_decided() -> None:
    capture = parse_capture("Order toner", MONDAY)
    assert (capture.title, capture.requester, capture.urgent, capture.important, capture.due) == (
        "Order toner",
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("today", MONDAY),
        ("vandaag", MONDAY),
        ("overmorgen", date(2026, 11, 25)),
        ("monday", date(2026, 11, 30)),  # the next one, never today
        ("+10", date(2026, 12, 3)),
        ("2027-01-15", date(2027, 1, 15)),
        ("1-12", date(2026, 12, 1)),
        ("1/3", date(2027, 3, 1)),  # a day-month already past means next year
        ("#do", date(2026, 11, 26)),
    ],
)
def test_date_words(word: str, expected: date) -> None:
    assert parse_capture(f"Task {word}", MONDAY).due == expected


def test_short_dutch_words_stay_title_unless_marked() -> None:
    assert parse_capture("Lunch met Jan do", MONDAY).title == "Lunch met Jan do"


def test_an_impossible_date_stays_in_the_title() -> None:
    capture = parse_capture("Report 31-02", MONDAY)
    assert capture.due is None
    assert capture.title == "Report 31-02"


@given(st.text(max_size=200))
def test_any_line_parses_and_its_title_comes_from_the_line(line: str) -> None:
    capture = parse_capture(line, MONDAY)
    for word in capture.title.split():
        assert word in line
