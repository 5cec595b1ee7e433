"""Reply kinds, their effects and inputs, and the values they give the placeholders."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.errors import ValidationError
from quadrant.domain.placeholders import PLACEHOLDER_NAMES
from quadrant.domain.replies import (
    KIND_LABELS,
    TONE_LABELS,
    DisplacedFate,
    Language,
    ReplyContext,
    ReplyKind,
    ReplyOutcome,
    TaskFate,
    Tone,
    WaitingOn,
    context_values,
    describe_effect,
    effect_of,
    first_name_of,
    format_date,
    format_load,
    join_list,
    missing_inputs,
)

TODAY = date(2026, 11, 18)


def full_context() -> ReplyContext:
    return ReplyContext(
        requester="Anna de Vries",
        task="Board pack",
        today=TODAY,
        due_date=date(2026, 11, 20),
        alternative_date=date(2026, 11, 23),
        urgent_open_count=3,
        displaced_tasks=("Expenses", "Travel plan"),
        delegate_to="Mark",
        my_name="Sandra",
        agreement="new requests go through the Monday meeting.",
    )


def test_enum_values_are_the_stored_strings() -> None:
    assert [k.value for k in ReplyKind] == [
        "decline",
        "postpone",
        "yes_if",
        "delegate",
        "hand_back",
        "ask_to_choose",
    ]
    assert [t.value for t in Tone] == ["warm", "neutral", "firm"]
    assert [lang.value for lang in Language] == ["nl", "en"]
    assert [o.value for o in ReplyOutcome] == ["pending", "accepted", "pushed_back"]


# --- dates, plurals, lists ----------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "nl", "en"),
    [
        (date(2026, 11, 23), "maandag 23 november 2026", "Monday 23 November 2026"),
        (date(2027, 1, 1), "vrijdag 1 januari 2027", "Friday 1 January 2027"),
        (date(2028, 2, 29), "dinsdag 29 februari 2028", "Tuesday 29 February 2028"),
        (date(2026, 3, 15), "zondag 15 maart 2026", "Sunday 15 March 2026"),
        (date(2026, 5, 9), "zaterdag 9 mei 2026", "Saturday 9 May 2026"),
    ],
)
def test_dates_are_written_out_in_the_reply_language(day: date, nl: str, en: str) -> None:
    assert format_date(day, Language.NL) == nl
    assert format_date(day, Language.EN) == en


@given(st.dates())
def test_every_date_formats_without_the_os_locale(day: date) -> None:
    for language in Language:
        words = format_date(day, language).split(" ")
        assert len(words) == 4
        assert (words[1], words[3]) == (str(day.day), str(day.year))
        assert words[0][0].isupper() == (language is Language.EN)
        assert words[2][0].isupper() == (language is Language.EN)


@pytest.mark.parametrize(
    ("count", "nl", "en"),
    [
        (0, "geen urgente taken", "no urgent tasks"),
        (1, "1 urgente taak", "1 urgent task"),
        (2, "2 urgente taken", "2 urgent tasks"),
        (3, "3 urgente taken", "3 urgent tasks"),
        (21, "21 urgente taken", "21 urgent tasks"),
    ],
)
def test_load_phrase_has_the_right_plural(count: int, nl: str, en: str) -> None:
    assert format_load(count, Language.NL) == nl
    assert format_load(count, Language.EN) == en


def test_negative_load_is_refused() -> None:
    with pytest.raises(ValidationError):
        format_load(-1, Language.EN)
    with pytest.raises(ValidationError):
        ReplyContext(today=TODAY, urgent_open_count=-2)


@pytest.mark.parametrize(
    ("items", "nl", "en"),
    [
        ((), "", ""),
        (("A",), "A", "A"),
        (("A", "B"), "A en B", "A and B"),
        (("A", "B", "C"), "A, B en C", "A, B and C"),
        ((" A ", "", "  ", "B"), "A en B", "A and B"),
    ],
)
def test_lists_join_with_the_local_conjunction(items: tuple[str, ...], nl: str, en: str) -> None:
    assert join_list(items, Language.NL) == nl
    assert join_list(items, Language.EN) == en


def test_a_string_language_code_works_and_a_bad_one_is_a_validation_error() -> None:
    assert format_load(1, "nl") == "1 urgente taak"  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="de"):
        format_load(1, "de")  # type: ignore[arg-type]


# --- context values ----------------------------------------------------------------


def test_context_values_cover_exactly_the_placeholders() -> None:
    for language in Language:
        assert set(context_values(full_context(), language)) == set(PLACEHOLDER_NAMES)


def test_context_values_in_dutch_and_english() -> None:
    nl = context_values(full_context(), Language.NL)
    assert nl == {
        "requester": "Anna de Vries",
        "requester_first_name": "Anna",
        "task": "Board pack",
        "due_date": "vrijdag 20 november 2026",
        "alternative_date": "maandag 23 november 2026",
        "current_load": "3 urgente taken",
        "displaced_tasks": "Expenses en Travel plan",
        "delegate_to": "Mark",
        "my_name": "Sandra",
        "agreement": "new requests go through the Monday meeting",
        "today": "woensdag 18 november 2026",
    }
    en = context_values(full_context(), Language.EN)
    assert en["due_date"] == "Friday 20 November 2026"
    assert en["current_load"] == "3 urgent tasks"
    assert en["displaced_tasks"] == "Expenses and Travel plan"


def test_missing_and_blank_context_values_are_none() -> None:
    values = context_values(ReplyContext(today=TODAY, requester="  ", delegate_to=""), Language.NL)
    assert values["today"] == "woensdag 18 november 2026"
    assert {name for name, value in values.items() if value is None} == set(PLACEHOLDER_NAMES) - {
        "today"
    }


def test_an_explicit_first_name_wins() -> None:
    ctx = replace(full_context(), requester_first_name="Annie")
    assert context_values(ctx, Language.EN)["requester_first_name"] == "Annie"


@pytest.mark.parametrize(
    ("full", "first"),
    [
        ("Anna de Vries", "Anna"),
        ("  Anna   de Vries ", "Anna"),
        ("de Vries, Anna", "Anna"),
        ("dr. Anna Smit", "Anna"),
        ("Mr John Smith", "John"),
        ("Anne-Marie Jansen", "Anne-Marie"),
        ("J. de Vries", "J. de Vries"),
        ("mevrouw de Vries", "mevrouw de Vries"),
        ("De Vries", "De Vries"),
        ("Priya", "Priya"),
        ("", None),
    ],
)
def test_first_name_is_derived_for_the_greeting(full: str, first: str | None) -> None:
    assert first_name_of(full) == first


def test_a_list_of_displaced_tasks_is_stored_as_a_tuple() -> None:
    ctx = ReplyContext(today=TODAY, displaced_tasks=["A", "B"])  # type: ignore[arg-type]
    assert ctx.displaced_tasks == ("A", "B")
    hash(ctx)


# --- effects and required inputs ----------------------------------------------------------


def test_effects_describe_what_each_kind_does_to_the_matrix() -> None:
    decline = effect_of(ReplyKind.DECLINE)
    assert (decline.task, decline.task_status) == (TaskFate.DROPPED, "dropped")

    postpone = effect_of(ReplyKind.POSTPONE)
    assert postpone.task is TaskFate.RESCHEDULED
    assert postpone.due_date_from_alternative
    assert postpone.task_status == "open"

    yes_if = effect_of(ReplyKind.YES_IF)
    assert yes_if.task is TaskFate.ACCEPTED
    assert yes_if.displaced is DisplacedFate.MOVED_OR_DROPPED

    delegate = effect_of(ReplyKind.DELEGATE)
    assert delegate.task_status == "waiting"
    assert delegate.waiting_on is WaitingOn.DELEGATE
    assert delegate.follow_up

    hand_back = effect_of(ReplyKind.HAND_BACK)
    assert hand_back.task_status == "waiting"
    assert hand_back.waiting_on is WaitingOn.REQUESTER

    choose = effect_of(ReplyKind.ASK_TO_CHOOSE)
    assert choose.task_status == "waiting"
    assert choose.waiting_on is WaitingOn.DECISION
    assert choose.displaced is DisplacedFate.AWAITING_DECISION

    for kind in ReplyKind:
        effect = effect_of(kind)
        assert effect.kind is kind
        if kind not in (ReplyKind.YES_IF, ReplyKind.ASK_TO_CHOOSE):
            assert effect.displaced is DisplacedFate.UNCHANGED
        assert effect.due_date_from_alternative == (kind is ReplyKind.POSTPONE)


def test_every_effect_and_label_is_described_in_both_languages() -> None:
    for language in Language:
        for kind in ReplyKind:
            assert describe_effect(kind, language).endswith(".")
            assert KIND_LABELS[language][kind]
        for tone in Tone:
            assert TONE_LABELS[language][tone]


def test_a_full_context_misses_nothing() -> None:
    for kind in ReplyKind:
        assert missing_inputs(kind, full_context()) == ()


@pytest.mark.parametrize(
    ("kind", "change", "missing"),
    [
        (ReplyKind.DECLINE, {"task": " "}, ("task",)),
        (ReplyKind.POSTPONE, {"alternative_date": None}, ("alternative_date",)),
        (ReplyKind.POSTPONE, {"due_date": None}, ()),
        (ReplyKind.YES_IF, {"displaced_tasks": ()}, ("displaced_tasks",)),
        (ReplyKind.YES_IF, {"displaced_tasks": ("", " ")}, ("displaced_tasks",)),
        (ReplyKind.DELEGATE, {"delegate_to": None}, ("delegate_to",)),
        (ReplyKind.DELEGATE, {"delegate_to": "  "}, ("delegate_to",)),
        (ReplyKind.HAND_BACK, {"displaced_tasks": (), "delegate_to": None}, ()),
        (ReplyKind.ASK_TO_CHOOSE, {"displaced_tasks": ()}, ("displaced_tasks",)),
        (ReplyKind.ASK_TO_CHOOSE, {"displaced_tasks": ("Board pack",)}, ("displaced_tasks",)),
        (ReplyKind.ASK_TO_CHOOSE, {"displaced_tasks": ("Expenses",)}, ()),
        (
            ReplyKind.ASK_TO_CHOOSE,
            {"task": "", "displaced_tasks": ()},
            ("task", "displaced_tasks"),
        ),
    ],
)
def test_missing_inputs_per_kind(
    kind: ReplyKind, change: dict[str, object], missing: tuple[str, ...]
) -> None:
    ctx = replace(full_context(), **change)  # type: ignore[arg-type]
    assert missing_inputs(kind, ctx) == missing


def test_ask_to_choose_competes_the_task_with_the_displaced_ones() -> None:
    ctx = replace(full_context(), displaced_tasks=("Expenses", "Board pack", "Expenses"))
    assert ctx.competing_tasks == ("Board pack", "Expenses")
