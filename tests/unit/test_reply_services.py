"""Reply use cases with a fake unit of work: drafting, sending, undoing, following up."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from quadrant.domain.errors import ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone
from quadrant.domain.task import Cause, Task, TaskStatus
from quadrant.services import replies, requesters, tasks
from quadrant.services.clock import local_today
from quadrant.services.replies import DisplacedAction, DisplacedChoice, SentReply
from tests.unit.fakes import FakeUnitOfWork

NOW = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)  # a Wednesday
TODAY = local_today(NOW)


def _add(
    uow: FakeUnitOfWork,
    title: str,
    quadrant: Quadrant,
    *,
    requester: str | None = None,
    effort: int | None = None,
) -> Task:
    return tasks.capture(
        uow, title, quadrant=quadrant, requester_name=requester, effort_minutes=effort, now=NOW
    )


def _board(uow: FakeUnitOfWork) -> dict[str, Task]:
    """Two DO tasks, two DELEGATE tasks, one PLAN task, and the new request (DO)."""
    made = {
        title: _add(uow, title, quadrant)
        for title, quadrant in (
            ("Board pack", Quadrant.DO),
            ("Minutes", Quadrant.DO),
            ("Flowers", Quadrant.DELEGATE),
            ("Room booking", Quadrant.DELEGATE),
            ("Onboarding", Quadrant.PLAN),
        )
    }
    made["Request"] = _add(uow, "Request", Quadrant.DO, requester="Marieke Jansen")
    return made


def _draft(task: Task, kind: ReplyKind, **changes: object) -> SentReply:
    assert task.id is not None
    draft = SentReply(
        task_id=task.id,
        kind=kind,
        tone=Tone.WARM,
        language=Language.NL,
        subject="Over {task}",
        body="Hoi Marieke,\nDank je.",
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def _order(uow: FakeUnitOfWork) -> list[tuple[str, Quadrant, TaskStatus]]:
    return [(t.title, t.quadrant, t.status) for t in uow.tasks.in_matrix()]


def _snapshot(uow: FakeUnitOfWork) -> list[tuple[object, ...]]:
    return [
        (t.title, t.quadrant, t.status, t.due_at, t.waiting_until, t.completed_at)
        for t in sorted(uow.tasks.rows.values(), key=lambda t: t.id or 0)
    ] + [tuple(t.title for t in uow.tasks.in_quadrant(q)) for q in Quadrant]


def test_inputs_count_the_load_and_suggest_the_lowest_priority_urgent_tasks() -> None:
    uow = FakeUnitOfWork()
    made = _board(uow)
    waiting = _add(uow, "Waiting on IT", Quadrant.DELEGATE)
    assert waiting.id is not None
    tasks.set_status(uow, waiting.id, TaskStatus.WAITING)
    request = made["Request"]
    assert request.id is not None
    inputs = replies.reply_inputs(uow, request.id, NOW)
    assert [t.title for t in inputs.urgent_open] == [
        "Board pack",
        "Minutes",
        "Flowers",
        "Room booking",
    ]
    assert [t.title for t in inputs.suggested] == ["Room booking", "Flowers"]
    context = inputs.context(displaced=inputs.suggested)
    assert context.urgent_open_count == 4
    assert context.requester == "Marieke Jansen"
    assert context.displaced_tasks == ("Room booking", "Flowers")


def test_an_effort_estimate_decides_how_many_tasks_are_suggested() -> None:
    uow = FakeUnitOfWork()
    small = [_add(uow, f"Small {n}", Quadrant.DELEGATE, effort=20) for n in range(4)]
    big = _add(uow, "Big", Quadrant.DO, effort=50)
    urgent = tuple(small)
    assert [t.title for t in replies.suggest_displaced(big, urgent)] == [
        "Small 3",
        "Small 2",
        "Small 1",
    ]
    quick = replace(big, effort_minutes=10)
    assert [t.title for t in replies.suggest_displaced(quick, urgent)] == ["Small 3"]


def test_decline_drops_the_task_and_records_a_pending_reply_in_one_commit() -> None:
    uow = FakeUnitOfWork()
    request = _board(uow)["Request"]
    commits = uow.commits
    result = replies.send_reply(uow, _draft(request, ReplyKind.DECLINE), NOW)
    assert uow.commits == commits + 1
    assert uow.tasks.get(request.id or 0).status is TaskStatus.DROPPED
    stored = uow.replies.get(result.reply.id or 0)
    assert stored.outcome is ReplyOutcome.PENDING
    assert stored.requester_name == "Marieke Jansen"
    assert stored.kind is ReplyKind.DECLINE
    assert stored.body == "Hoi Marieke,\nDank je."


@pytest.mark.parametrize(
    ("days", "quadrant"), [(1, Quadrant.DO), (14, Quadrant.PLAN)], ids=["soon", "later"]
)
def test_postpone_sets_the_new_due_date_and_the_quadrant_follows(
    days: int, quadrant: Quadrant
) -> None:
    uow = FakeUnitOfWork()
    request = _board(uow)["Request"]
    later = TODAY + timedelta(days=days)
    replies.send_reply(uow, _draft(request, ReplyKind.POSTPONE, alternative_date=later), NOW)
    moved = uow.tasks.get(request.id or 0)
    assert moved.quadrant is quadrant
    assert moved.due_at is not None
    assert moved.due_at.astimezone().date() == later
    assert uow.log.entries[-1].cause is Cause.REPLY


def test_yes_if_moves_the_displaced_tasks_as_chosen_and_logs_cause_reply() -> None:
    uow = FakeUnitOfWork()
    made = _board(uow)
    request = made["Request"]
    room, flowers, minutes = made["Room booking"], made["Flowers"], made["Minutes"]
    next_month = TODAY + timedelta(days=30)
    draft = _draft(
        request,
        ReplyKind.YES_IF,
        displaced=(
            DisplacedChoice(room.id or 0),
            DisplacedChoice(flowers.id or 0, DisplacedAction.DROP),
            DisplacedChoice(minutes.id or 0, DisplacedAction.RESCHEDULE, due_date=next_month),
        ),
    )
    before_log = len(uow.log.entries)
    result = replies.send_reply(uow, draft, NOW)
    assert uow.tasks.get(room.id or 0).quadrant is Quadrant.DROP
    assert uow.tasks.get(flowers.id or 0).status is TaskStatus.DROPPED
    rescheduled = uow.tasks.get(minutes.id or 0)
    assert rescheduled.quadrant is Quadrant.PLAN
    assert uow.tasks.get(request.id or 0) == request
    new_entries = uow.log.entries[before_log:]
    assert {e.task_id for e in new_entries} == {room.id, minutes.id}
    assert all(e.cause is Cause.REPLY for e in new_entries)
    assert all(e.requester_id == request.requester_id for e in new_entries)
    assert {t.id for t in result.changed} >= {room.id, flowers.id, minutes.id}


def test_delegate_waits_until_the_follow_up_date() -> None:
    uow = FakeUnitOfWork()
    request = _board(uow)["Request"]
    result = replies.send_reply(
        uow, _draft(request, ReplyKind.DELEGATE, delegate_to="Mark van Facilitair"), NOW
    )
    waiting = uow.tasks.get(request.id or 0)
    assert waiting.status is TaskStatus.WAITING
    expected = replies.default_follow_up(ReplyKind.DELEGATE, TODAY)
    assert expected is not None
    assert expected > TODAY
    assert waiting.waiting_until == replies.start_of_local_day(expected)
    assert result.reply.follow_up_at == waiting.waiting_until


def test_hand_back_waits_on_the_requester_and_ask_to_choose_holds_all_listed_tasks() -> None:
    uow = FakeUnitOfWork()
    made = _board(uow)
    request = made["Request"]
    replies.send_reply(uow, _draft(request, ReplyKind.HAND_BACK), NOW)
    assert uow.tasks.get(request.id or 0).status is TaskStatus.WAITING

    uow2 = FakeUnitOfWork()
    made2 = _board(uow2)
    listed = (made2["Board pack"], made2["Minutes"])
    draft = _draft(
        made2["Request"],
        ReplyKind.ASK_TO_CHOOSE,
        displaced=tuple(DisplacedChoice(t.id or 0) for t in listed),
    )
    replies.send_reply(uow2, draft, NOW)
    for task in (made2["Request"], *listed):
        assert uow2.tasks.get(task.id or 0).status is TaskStatus.WAITING


@pytest.mark.parametrize(
    ("kind", "changes"),
    [
        (ReplyKind.POSTPONE, {}),
        (ReplyKind.YES_IF, {}),
        (ReplyKind.DELEGATE, {"delegate_to": "  "}),
        (ReplyKind.DECLINE, {"body": "  "}),
        (ReplyKind.POSTPONE, {"alternative_date": date(2000, 1, 3)}),
    ],
)
def test_a_reply_missing_what_its_kind_needs_changes_nothing(
    kind: ReplyKind, changes: dict[str, object]
) -> None:
    uow = FakeUnitOfWork()
    request = _board(uow)["Request"]
    before, commits = _snapshot(uow), uow.commits
    with pytest.raises(ValidationError):
        replies.send_reply(uow, _draft(request, kind, **changes), NOW)
    assert _snapshot(uow) == before
    assert uow.commits == commits
    assert uow.replies.rows == {}


def test_a_task_cannot_displace_itself_or_a_finished_task() -> None:
    uow = FakeUnitOfWork()
    made = _board(uow)
    request = made["Request"]
    with pytest.raises(ValidationError):
        replies.send_reply(
            uow,
            _draft(request, ReplyKind.YES_IF, displaced=(DisplacedChoice(request.id or 0),)),
            NOW,
        )
    tasks.complete(uow, made["Minutes"].id or 0, NOW)
    with pytest.raises(ValidationError):
        replies.send_reply(
            uow,
            _draft(
                request, ReplyKind.YES_IF, displaced=(DisplacedChoice(made["Minutes"].id or 0),)
            ),
            NOW,
        )


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_undo_puts_every_task_back_exactly_and_forgets_the_reply(kind: ReplyKind) -> None:
    uow = FakeUnitOfWork()
    made = _board(uow)
    # Neighbours displaced together (Board pack is right before Minutes) test the restore order.
    displaced = (
        DisplacedChoice(made["Board pack"].id or 0),
        DisplacedChoice(made["Minutes"].id or 0, DisplacedAction.DROP),
    )
    draft = _draft(
        made["Request"],
        kind,
        displaced=displaced,
        alternative_date=TODAY + timedelta(days=20),
        delegate_to="Mark",
    )
    before = _snapshot(uow)
    result = replies.send_reply(uow, draft, NOW)
    assert _snapshot(uow) != before
    logged = len(uow.log.entries)
    changed = replies.undo_reply(uow, result, NOW + timedelta(minutes=1))
    assert _snapshot(uow) == before
    assert uow.replies.rows == {}
    assert {t.id for t in changed} >= {s.task.id for s in result.before}
    assert all(e.cause is Cause.UNDO for e in uow.log.entries[logged:])


def test_redo_after_undo_sends_again() -> None:
    uow = FakeUnitOfWork()
    request = _board(uow)["Request"]
    first = replies.send_reply(uow, _draft(request, ReplyKind.DECLINE), NOW)
    replies.undo_reply(uow, first, NOW)
    again = replies.send_reply(uow, first.draft, NOW)
    assert uow.tasks.get(request.id or 0).status is TaskStatus.DROPPED
    assert list(uow.replies.rows) == [again.reply.id]


def test_follow_ups_come_due_on_their_date_and_leave_once_answered() -> None:
    uow = FakeUnitOfWork()
    request = _board(uow)["Request"]
    follow_up = TODAY + timedelta(days=2)
    result = replies.send_reply(
        uow, _draft(request, ReplyKind.DELEGATE, delegate_to="Mark", follow_up=follow_up), NOW
    )
    assert replies.follow_ups_due(uow, NOW) == []
    due_moment = replies.start_of_local_day(follow_up) + timedelta(hours=9)
    due = replies.follow_ups_due(uow, due_moment)
    assert [r.id for r in due] == [result.reply.id]
    assert due[0].task_title == "Request"
    answered = replies.record_outcome(uow, result.reply.id or 0, ReplyOutcome.ACCEPTED, due_moment)
    assert answered.outcome is ReplyOutcome.ACCEPTED
    assert answered.outcome_at == due_moment
    assert replies.follow_ups_due(uow, due_moment) == []


def test_my_name_signs_the_reply() -> None:
    uow = FakeUnitOfWork()
    request = _board(uow)["Request"]
    replies.set_my_name(uow, "  Sandra   Bakker ")
    context = replies.draft_context(uow, request.id or 0, now=NOW)
    assert context.my_name == "Sandra Bakker"
    assert context.agreement is None


def test_requesters_are_validated_and_names_stay_unique() -> None:
    uow = FakeUnitOfWork()
    anna = requesters.add_requester(uow, "Anna de Vries", email="anna@example.org", now=NOW)
    requesters.add_requester(uow, "Bram", now=NOW)
    assert anna.id is not None
    with pytest.raises(ValidationError, match="already"):
        requesters.update_requester(uow, anna.id, name="bram", email="", role="", agreements="")
    with pytest.raises(ValidationError, match="e-mail"):
        requesters.update_requester(
            uow, anna.id, name="Anna", email="anna at example", role="", agreements=""
        )
    changed = requesters.update_requester(
        uow,
        anna.id,
        name=" Anna  de Vries ",
        email=" anna@example.org ",
        role="Director",
        agreements="Urgent means: before the board meets.\n",
    )
    assert changed.name == "Anna de Vries"
    assert changed.email == "anna@example.org"
    assert changed.agreements == "Urgent means: before the board meets."
    assert requesters.get_requester(uow, anna.id) == changed
    assert [r.name for r in requesters.list_requesters(uow)] == ["Anna de Vries", "Bram"]
