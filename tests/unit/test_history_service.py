"""History use cases with a fake unit of work: pages, the "why?" answer, the setting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.errors import ValidationError
from quadrant.domain.history import (
    MAX_PAGE_SIZE,
    HistoryFilter,
    Reason,
    clean_reason,
    explainable,
)
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import MAX_NOTES_CHARS, Cause, Reprioritisation
from quadrant.services import history, tasks
from tests.unit.fakes import FakeUnitOfWork

NOW = datetime(2026, 11, 18, 10, tzinfo=UTC)


def moved_task(uow: FakeUnitOfWork) -> int:
    task = tasks.capture(uow, "Board pack", quadrant=Quadrant.PLAN, now=NOW)
    assert task.id is not None
    tasks.move(uow, task.id, Quadrant.DO, now=NOW + timedelta(minutes=5))
    return task.id


def test_the_answer_goes_on_the_moves_entry_in_one_commit() -> None:
    uow = FakeUnitOfWork()
    task_id = moved_task(uow)
    (entry,) = history.latest_entries(uow, [task_id])
    commits = uow.commits
    assert history.explain_moves(uow, [entry.id or 0], Reason.EMERGENCY, "Auditor came") == 1
    assert uow.commits == commits + 1
    assert uow.log.entries[-1].reason_category == "emergency"
    assert uow.log.entries[-1].note == "Auditor came"
    assert len(uow.log.entries) == 2  # the capture and the move: nothing appended


def test_an_entry_that_has_a_reason_keeps_it() -> None:
    uow = FakeUnitOfWork()
    task_id = moved_task(uow)
    (entry,) = history.latest_entries(uow, [task_id])
    history.explain_moves(uow, [entry.id or 0], "own_planning")
    assert history.explain_moves(uow, [entry.id or 0], "emergency", "later thought") == 0
    assert uow.log.entries[-1].reason_category == "own_planning"


def test_no_answer_writes_nothing() -> None:
    uow = FakeUnitOfWork()
    task_id = moved_task(uow)
    commits = uow.commits
    assert history.explain_moves(uow, [task_id], None, "   ") == 0
    assert uow.commits == commits


@pytest.mark.parametrize(
    ("reason", "note", "message"),
    [
        ("boss_said_so", "", "is not a reason"),
        ("own_planning", "x" * (MAX_NOTES_CHARS + 1), "at most"),
    ],
)
def test_bad_answers_are_refused(reason: str, note: str, message: str) -> None:
    uow = FakeUnitOfWork()
    task_id = moved_task(uow)
    with pytest.raises(ValidationError, match=message):
        history.explain_moves(uow, [task_id], reason, note)


def test_the_prompt_is_on_until_turned_off() -> None:
    uow = FakeUnitOfWork()
    assert history.why_prompt_enabled(uow)
    history.set_why_prompt(uow, False)
    assert uow.settings.values[history.WHY_PROMPT_KEY] == "0"
    assert not history.why_prompt_enabled(uow)
    history.set_why_prompt(uow, True)
    assert history.why_prompt_enabled(uow)


@pytest.mark.parametrize("limit", [0, -1, MAX_PAGE_SIZE + 1])
def test_a_page_size_out_of_range_is_refused(limit: int) -> None:
    with pytest.raises(ValidationError):
        history.history_page(FakeUnitOfWork(), limit=limit)


def test_the_last_page_has_no_next() -> None:
    uow = FakeUnitOfWork()
    moved_task(uow)
    first = history.history_page(uow, limit=1)
    assert len(first.entries) == 1 and first.next is not None
    second = history.history_page(uow, after=first.next, limit=1)
    assert len(second.entries) == 1 and second.next is None


entries = st.builds(
    Reprioritisation,
    task_id=st.integers(1, 5),
    at=st.just(NOW),
    from_quadrant=st.none() | st.sampled_from(Quadrant),
    to_quadrant=st.sampled_from(Quadrant),
    cause=st.sampled_from(Cause),
    requester_id=st.none() | st.integers(1, 3),
)
filters = st.builds(
    HistoryFilter,
    requester_id=st.none() | st.integers(1, 3),
    cause=st.none() | st.sampled_from(Cause),
    quadrant=st.none() | st.sampled_from(Quadrant),
)


@given(entry=entries, history_filter=filters)
def test_a_filter_matches_exactly_what_each_criterion_allows(
    entry: Reprioritisation, history_filter: HistoryFilter
) -> None:
    expected = (
        history_filter.requester_id in (None, entry.requester_id)
        and history_filter.cause in (None, entry.cause)
        and (
            history_filter.quadrant is None
            or history_filter.quadrant in (entry.from_quadrant, entry.to_quadrant)
        )
    )
    assert history_filter.matches(entry) is expected


@given(st.text(max_size=40))
def test_only_the_five_reason_keys_are_reasons(text: str) -> None:
    keys = {reason.value for reason in Reason}
    if text in keys:
        assert clean_reason(text) == Reason(text)
    elif text == "":
        assert clean_reason(text) is None
    else:
        with pytest.raises(ValidationError):
            clean_reason(text)


def test_the_reason_keys_are_the_ones_the_reports_know() -> None:
    from quadrant.interop.report_labels import Labels

    for language in ("en", "nl"):
        words = Labels(language)
        for reason in Reason:
            assert words(f"reason.{reason.value}") != reason.value.replace("_", " ")


def test_an_entry_with_a_note_or_reason_is_not_explainable() -> None:
    base = Reprioritisation(1, NOW, Quadrant.DO, Quadrant.PLAN, Cause.SELF)
    assert explainable(base)
    assert not explainable(Reprioritisation(1, NOW, None, Quadrant.DO, Cause.SELF, note="n"))
    assert not explainable(
        Reprioritisation(1, NOW, None, Quadrant.DO, Cause.SELF, reason_category="emergency")
    )
