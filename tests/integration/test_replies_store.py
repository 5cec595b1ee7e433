"""Replies against a real SQLite file: one transaction per send, exact undo, indexed follow-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event, select, text

from quadrant.domain.errors import NotFoundError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone
from quadrant.domain.task import Task, TaskStatus
from quadrant.services import replies, tasks
from quadrant.services import templates as library
from quadrant.services.clock import local_today
from quadrant.services.replies import DisplacedAction, DisplacedChoice, SentReply
from quadrant.store.schema import ReplyRow, ReprioritisationRow

NOW = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
TODAY = local_today(NOW)


def _board(uow: Any) -> dict[str, Task]:
    made: dict[str, Task] = {}
    for title, quadrant, requester in (
        ("Board pack", Quadrant.DO, None),
        ("Minutes", Quadrant.DO, None),
        ("Flowers", Quadrant.DELEGATE, None),
        ("Room booking", Quadrant.DELEGATE, None),
        ("Request", Quadrant.DO, "Marieke Jansen"),
    ):
        made[title] = tasks.capture(
            uow, title, quadrant=quadrant, requester_name=requester, now=NOW
        )
    return made


def _state(uow: Any) -> list[tuple[object, ...]]:
    with uow:
        rows = uow._session.execute(
            text(
                "SELECT id, urgent, important, due_at, status, waiting_until, completed_at "
                "FROM task ORDER BY id"
            )
        ).all()
        order = [[t.id for t in uow.tasks.in_quadrant(q)] for q in Quadrant]
    return [tuple(r) for r in rows] + [tuple(o) for o in order]


def _commits(engine: Engine) -> list[int]:
    seen: list[int] = []
    event.listen(engine, "commit", lambda _conn: seen.append(1))
    return seen


def _yes_if(made: dict[str, Task]) -> SentReply:
    return SentReply(
        task_id=made["Request"].id or 0,
        kind=ReplyKind.YES_IF,
        tone=Tone.WARM,
        language=Language.NL,
        subject="Je verzoek",
        body="Ja, als Flowers en Room booking later mogen.",
        displaced=(
            DisplacedChoice(made["Room booking"].id or 0),
            DisplacedChoice(
                made["Flowers"].id or 0, DisplacedAction.RESCHEDULE, due_date=TODAY + timedelta(30)
            ),
        ),
    )


def test_send_writes_the_reply_and_the_moves_in_one_transaction(uow: Any, engine: Engine) -> None:
    made = _board(uow)
    library.ensure_builtins(uow, now=NOW)
    template = library.templates_for(uow, ReplyKind.YES_IF, Tone.WARM, Language.NL)[0]
    commits = _commits(engine)
    draft = replace(_yes_if(made), template_id=template.id)
    result = replies.send_reply(uow, draft, NOW)
    assert len(commits) == 1
    with uow:
        row = uow._session.scalars(select(ReplyRow)).one()
        reply = (row.id, row.task_id, row.requester_id, row.template_id, row.body)
        fields = (row.kind, row.tone, row.language, row.outcome)
        log = [
            (entry.task_id, entry.to_quadrant, entry.requester_id)
            for entry in uow._session.scalars(
                select(ReprioritisationRow).where(ReprioritisationRow.cause == "reply")
            )
        ]
    request = made["Request"]
    assert reply == (result.reply.id, request.id, request.requester_id, template.id, draft.body)
    assert fields == ("yes_if", "warm", "nl", "pending")
    assert {task_id for task_id, _, _ in log} == {made["Room booking"].id, made["Flowers"].id}
    assert {quadrant for _, quadrant, _ in log} == {"drop"}
    assert {requester for _, _, requester in log} == {request.requester_id}


def test_a_failing_send_leaves_nothing_behind(uow: Any) -> None:
    made = _board(uow)
    before = _state(uow)
    choices = (DisplacedChoice(made["Flowers"].id or 0), DisplacedChoice(9999))
    broken = replace(_yes_if(made), displaced=choices)
    with pytest.raises(NotFoundError):
        replies.send_reply(uow, broken, NOW)
    assert _state(uow) == before
    with uow:
        assert uow._session.scalars(select(ReplyRow)).all() == []


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_undo_restores_every_task_exactly(uow: Any, kind: ReplyKind) -> None:
    made = _board(uow)
    before = _state(uow)
    draft = SentReply(
        task_id=made["Request"].id or 0,
        kind=kind,
        tone=Tone.FIRM,
        language=Language.EN,
        subject="Your request",
        body="Text",
        alternative_date=TODAY + timedelta(days=10),
        delegate_to="Mark",
        displaced=(
            DisplacedChoice(made["Board pack"].id or 0, DisplacedAction.DROP),
            DisplacedChoice(made["Minutes"].id or 0),
        ),
    )
    result = replies.send_reply(uow, draft, NOW)
    assert _state(uow) != before
    replies.undo_reply(uow, result, NOW)
    assert _state(uow) == before
    with uow:
        assert uow._session.scalars(select(ReplyRow)).all() == []
        causes = uow._session.scalars(select(ReprioritisationRow.cause)).all()
    assert causes.count("undo") == causes.count("reply")


def test_follow_ups_use_the_partial_index(uow: Any, engine: Engine) -> None:
    made = _board(uow)
    result = replies.send_reply(
        uow,
        SentReply(
            task_id=made["Request"].id or 0,
            kind=ReplyKind.DELEGATE,
            tone=Tone.NEUTRAL,
            language=Language.EN,
            subject="",
            body="Mark can help.",
            delegate_to="Mark",
        ),
        NOW,
    )
    statements: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if "FROM reply" in statement:
            statements.append((statement, params))

    event.listen(engine, "before_cursor_execute", remember)
    later = NOW + timedelta(days=10)
    due = replies.follow_ups_due(uow, later)
    event.remove(engine, "before_cursor_execute", remember)
    assert [r.id for r in due] == [result.reply.id]
    statement, params = statements[0]
    with engine.connect() as connection:
        plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "ix_reply_pending_follow_up" in details
    replies.record_outcome(uow, result.reply.id or 0, ReplyOutcome.PUSHED_BACK, later)
    assert replies.follow_ups_due(uow, later) == []
    with uow:
        assert uow.tasks.get(made["Request"].id or 0).status is TaskStatus.WAITING
