"""The report's words and number formats in English and Dutch."""

from __future__ import annotations

from datetime import date

import pytest

from quadrant.domain.reflection import PROMPTS
from quadrant.interop.report_labels import Labels


def test_dutch_writes_decimals_with_a_comma_and_english_with_a_point() -> None:
    assert Labels("nl").number(6.25) == "6,2"  # banker's rounding of the format spec
    assert Labels("en").number(1.5) == "1.5"
    assert Labels("nl").number(4.0) == "4"


def test_durations_and_dates_read_naturally() -> None:
    assert Labels("en").duration(150) == "2 h 30 min"
    assert Labels("nl").duration(45) == "45 min"
    assert Labels("nl").day(date(2026, 10, 25)) == "25 oktober 2026"
    assert Labels("en").day(date(2027, 1, 3)) == "3 January 2027"


def test_every_prompt_has_its_text_in_both_languages() -> None:
    for prompt in PROMPTS:
        assert Labels("en")(f"prompt.{prompt.key}") == prompt.text
        assert Labels("nl")(f"prompt.{prompt.key}").endswith("?")


def test_a_word_a_newer_feature_needs_falls_back_readably() -> None:
    assert Labels("nl")("kind.new_kind_of_reply") == "new kind of reply"


def test_user_text_in_a_label_is_not_formatted_again() -> None:
    assert Labels("en")("move", title="{0} {x}", source="a", target="b") == "{0} {x}: a → b"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        Labels("fr")
