"""Choosing the command line's language from the environment, and English without Qt."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quadrant.cli.speech import (
    LANGUAGE_ENV,
    SUPPORTED,
    CommandLine,
    choose_language,
    error_text,
    system_language,
)
from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError

VARIABLES = st.sampled_from(["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", LANGUAGE_ENV])


@given(st.dictionaries(VARIABLES, st.text(max_size=30)))
def test_any_environment_gives_a_supported_language(environ: dict[str, str]) -> None:
    assert system_language(environ, platform="linux") in SUPPORTED
    assert choose_language(Path("/nonexistent/quadrant.sqlite3"), environ) in SUPPORTED


@given(st.sampled_from(["nl", "NL", " nl ", "en", "En"]), st.sampled_from(["nl_NL", "en_US"]))
def test_the_variable_forces_the_language_whatever_the_system(forced: str, system: str) -> None:
    environ = {LANGUAGE_ENV: forced, "LANG": f"{system}.UTF-8"}
    assert choose_language(Path("/nonexistent/quadrant.sqlite3"), environ) == forced.strip().lower()


def test_the_locale_variables_are_read_in_qt_s_order() -> None:
    assert system_language({"LANG": "nl_NL.UTF-8"}, platform="linux") == "nl"
    assert system_language({"LANG": "nl_NL.UTF-8", "LC_ALL": "en_GB"}, platform="linux") == "en"
    assert system_language({"LANG": "en_GB", "LC_MESSAGES": "nl_BE@euro"}, platform="linux") == "nl"
    assert system_language({"LANGUAGE": "de:nl:en", "LANG": "en_GB"}, platform="linux") == "nl"
    assert system_language({"LANG": "de_DE.UTF-8"}, platform="linux") == "en"
    assert system_language({}, platform="linux") == "en"


@given(st.text(max_size=40))
def test_english_fills_values_in_once_and_never_reads_them_as_templates(value: str) -> None:
    CommandLine.speak("en")
    assert CommandLine.tr("{database}: ok", database=value) == f"{value}: ok"


def test_an_english_error_is_exactly_what_the_error_says() -> None:
    CommandLine.speak("en")
    error = ValidationError(
        QT_TRANSLATE_NOOP("errors", "A title can be at most {limit} characters."),
        "title",
        params={"limit": 500},
    )
    assert error_text(error) == str(error) == "title: A title can be at most 500 characters."


def test_a_missing_catalogue_reads_english(tmp_path: Path) -> None:
    CommandLine.speak("nl", folder=tmp_path)  # `make translations` never ran
    try:
        assert CommandLine.language == "nl"
        assert CommandLine.tr("{database}: ok", database="x") == "x: ok"
    finally:
        CommandLine.speak("en")
