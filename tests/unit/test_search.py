"""The one search rule (domain.search) and the filters that use it (matrix, history, templates)."""

from __future__ import annotations

import string
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.history import HistoryFilter
from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.search import matches_text, query_words, requester_passes
from quadrant.domain.task import Cause, Reprioritisation, Task, TaskFilter
from quadrant.domain.templates import Template
from quadrant.services.templates import TemplateQuery

requester_ids = st.none() | st.integers(min_value=1, max_value=4)
queries = st.text(max_size=12) | st.sampled_from(["", "  ", "Anna", "BUDGET anna", "é", "e\tx"])
fields = st.text(max_size=30) | st.sampled_from(["Anna Smit", "Budget 2026", "café", "Straße"])


@st.composite
def tasks(draw: st.DrawFn) -> Task:
    return Task(
        title=draw(fields),
        notes=draw(fields),
        requester_id=draw(requester_ids),
        requester_name=draw(fields),
    )


def spec(query: str, *texts: str) -> bool:
    """The rule as the user would state it: each word, ignoring case, in some field."""
    return all(any(word in text.casefold() for text in texts) for word in query.casefold().split())


@given(queries, st.lists(fields, max_size=3))
def test_the_shared_rule_finds_each_word_in_some_field_ignoring_case(
    query: str, texts: list[str]
) -> None:
    assert matches_text(query, *texts) == spec(query, *texts)


@given(st.text(alphabet=string.ascii_letters, min_size=1), fields, fields)
def test_a_word_is_found_whatever_its_case(word: str, before: str, after: str) -> None:
    text = before + word + after
    assert matches_text(word.swapcase(), text)
    assert matches_text(word.upper(), text)


def test_case_folding_goes_beyond_ascii_but_accents_count() -> None:
    assert matches_text("STRASSE", "Straße")
    assert matches_text("ANNA budget", "budget for anna")
    assert not matches_text("cafe", "café")
    assert not matches_text("café", "cafe")


@given(st.text(alphabet=" \t\n\u00a0\u2003"), st.lists(fields, max_size=3))
def test_a_blank_query_lets_everything_pass(query: str, texts: list[str]) -> None:
    assert query_words(query) == ()
    assert matches_text(query, *texts)


def test_a_word_never_spans_two_fields() -> None:
    assert not matches_text("ab", "a", "b")
    assert matches_text("a b", "a", "b")


@given(queries, st.text(max_size=6), st.lists(fields, max_size=3))
def test_typing_on_at_the_end_of_a_query_only_narrows(
    query: str, typed: str, texts: list[str]
) -> None:
    # The matrix filters what it showed a keystroke ago instead of every task again.
    if matches_text(query + typed, *texts):
        assert matches_text(query, *texts)


@given(requester_ids, requester_ids)
def test_a_requester_filter_passes_exactly_that_requester(
    wanted: int | None, requester: int | None
) -> None:
    assert requester_passes(wanted, requester) == (wanted is None or requester == wanted)


@given(requester_ids, queries, tasks())
def test_the_matrix_filter_is_the_shared_rule(wanted: int | None, query: str, task: Task) -> None:
    task_filter = TaskFilter(requester_id=wanted, text=query)
    expected = requester_passes(wanted, task.requester_id) and matches_text(
        query, task.title, task.requester_name, task.notes
    )
    assert task_filter.matches(task) == expected


@given(requester_ids, queries, st.lists(tasks(), max_size=8))
def test_filtering_many_tasks_keeps_those_that_match_in_their_order(
    wanted: int | None, query: str, given_tasks: list[Task]
) -> None:
    task_filter = TaskFilter(requester_id=wanted, text=query)
    assert task_filter.passing(given_tasks) == [t for t in given_tasks if task_filter.matches(t)]


@given(requester_ids, queries, st.lists(tasks(), max_size=8))
def test_an_inactive_matrix_filter_hides_nothing(
    wanted: int | None, query: str, given_tasks: list[Task]
) -> None:
    task_filter = TaskFilter(requester_id=wanted, text=query)
    if not task_filter.active:
        assert task_filter.passing(given_tasks) == given_tasks
    assert task_filter.active == (wanted is not None or bool(query.split()))


@given(requester_ids, requester_ids)
def test_the_history_filter_uses_the_same_requester_rule(
    wanted: int | None, requester: int | None
) -> None:
    entry = Reprioritisation(
        task_id=1,
        at=datetime(2026, 11, 16, 9, tzinfo=UTC),
        from_quadrant=Quadrant.PLAN,
        to_quadrant=Quadrant.DO,
        cause=Cause.REQUESTER,
        requester_id=requester,
    )
    assert HistoryFilter(requester_id=wanted).matches(entry) == requester_passes(wanted, requester)


@given(queries, fields, st.lists(fields, max_size=3), fields, fields)
def test_the_template_search_is_the_shared_rule(
    query: str, name: str, tags: list[str], subject: str, body: str
) -> None:
    template = Template(
        uid="user.x",
        name=name,
        kind=ReplyKind.DECLINE,
        tone=Tone.WARM,
        language=Language.EN,
        subject=subject,
        body=body,
        tags=tuple(tags),
    )
    found = TemplateQuery(text=query).matches_text(template)
    assert found == matches_text(query, name, *tags, subject, body)
