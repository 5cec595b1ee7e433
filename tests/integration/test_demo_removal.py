"""Removing the example week takes out everything it added, and nothing the user made.

Checked on the SQLite file itself: a row left behind is text of the example
that the user would still find (in history, the follow-ups, the requester
list, a reflection) after she was told it was gone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, text

from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import PROMPT_KEYS
from quadrant.domain.task import Cause
from quadrant.services import reflection, replies, requesters, tasks
from quadrant.services.demo import demo_uids, fill_demo
from quadrant.services.demo_removal import has_example, remove_example
from quadrant.services.templates import BUILTIN_HASH_KEY
from quadrant.store.unit_of_work import SqlUnitOfWork

FRIDAY = datetime(2026, 11, 20, 14, tzinfo=UTC)
LATER = FRIDAY + timedelta(hours=2)


def rows(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def count(engine: Engine, table: str) -> int:
    found = rows(engine, f"SELECT count(*) FROM {table}")[0][0]
    assert isinstance(found, int)
    return found


def test_an_untouched_example_leaves_no_row_behind(uow: SqlUnitOfWork, engine: Engine) -> None:
    settings_before = set(rows(engine, "SELECT key FROM setting"))
    fill_demo(lambda: uow, now=FRIDAY)
    assert (
        count(engine, "reply") and count(engine, "reprioritisation") and count(engine, "reflection")
    )
    assert has_example(uow)

    removed = remove_example(uow, now=LATER)

    assert len(removed.task_ids) == len(demo_uids())
    assert len(removed.requester_ids) == 4
    assert removed.answers == len(PROMPT_KEYS) and removed.kept_answers == 0
    for table in ("task", "reprioritisation", "reply", "requester", "reflection"):
        assert count(engine, table) == 0, table
    # The example's signature and its bookkeeping go; built-in templates are the app's own.
    assert set(rows(engine, "SELECT key FROM setting")) <= settings_before | {(BUILTIN_HASH_KEY,)}
    assert not has_example(uow)
    assert not remove_example(uow, now=LATER)  # a second time finds nothing


def test_what_the_user_made_or_changed_stays(uow: SqlUnitOfWork, engine: Engine) -> None:
    fill_demo(lambda: uow, now=FRIDAY)
    week = reflection.current_week(FRIDAY)
    # Her own task, for an example requester; a move of it naming another one.
    own = tasks.capture(
        uow, "Book my dentist", quadrant=Quadrant.PLAN, requester_name="Marieke Jansen", now=LATER
    )
    pieter = requesters.find_requester(uow, "Pieter de Boer")
    assert own.id is not None and pieter is not None and pieter.id is not None
    tasks.move(uow, own.id, Quadrant.DO, cause=Cause.REQUESTER, requester_id=pieter.id, now=LATER)
    # An example requester she edited, and one example answer she rewrote.
    sanne = requesters.find_requester(uow, "Sanne Visser")
    assert sanne is not None and sanne.id is not None
    requesters.update_requester(
        uow,
        sanne.id,
        name=sanne.name,
        email="sanne@work.example",
        role=sanne.role,
        agreements=sanne.agreements,
    )
    answers = reflection.reflection_answers(uow, week)
    reflection.save_reflection(uow, week, {**answers, "learned": "Say no sooner."}, LATER)
    # An example task she deleted, and a deleted task of her own: the bin is hers.
    demo_task = next(t for t in tasks.matrix_tasks(uow) if t.external_uid == "demo:0")
    assert demo_task.id is not None
    tasks.delete(uow, demo_task.id, LATER)
    binned = tasks.capture(uow, "Old idea", quadrant=Quadrant.DROP, now=LATER)
    assert binned.id is not None
    tasks.delete(uow, binned.id, LATER)
    replies.set_my_name(uow, "Sandra de Vries")

    removed = remove_example(uow, now=LATER)

    assert removed.kept_answers == 1
    assert {r[0] for r in rows(engine, "SELECT title FROM task")} == {"Book my dentist", "Old idea"}
    log = rows(engine, "SELECT task_id, requester_id FROM reprioritisation")
    assert log and all(task_id in (own.id, binned.id) for task_id, _ in log)
    assert count(engine, "reply") == 0  # every reply was about an example task
    names = {r[0] for r in rows(engine, "SELECT name FROM requester")}
    assert names == {"Marieke Jansen", "Pieter de Boer", "Sanne Visser"}  # Ahmed was unused
    assert reflection.reflection_answers(uow, week) == {"learned": "Say no sooner."}
    assert rows(engine, "SELECT value FROM setting WHERE key = 'my_name'") == [("Sandra de Vries",)]
    assert not has_example(uow)


def test_answers_written_before_the_example_are_never_touched(
    uow: SqlUnitOfWork, engine: Engine
) -> None:
    week = reflection.current_week(FRIDAY)
    reflection.save_reflection(uow, week, {"went_well": "My own words"}, FRIDAY)
    replies.set_my_name(uow, "Sandra")  # her own name happens to be the example's
    fill_demo(lambda: uow, now=FRIDAY, force=True)

    remove_example(uow, now=LATER)

    assert reflection.reflection_answers(uow, week) == {"went_well": "My own words"}
    assert rows(engine, "SELECT value FROM setting WHERE key = 'my_name'") == [("Sandra",)]


def test_example_answers_saved_unchanged_by_the_dialog_still_count_as_the_examples(
    uow: SqlUnitOfWork, engine: Engine
) -> None:
    fill_demo(lambda: uow, language="nl", now=FRIDAY)
    week = reflection.current_week(FRIDAY)
    answers = reflection.reflection_answers(uow, week)
    reflection.save_reflection(uow, week, {k: v + "\n" for k, v in answers.items()}, LATER)

    assert remove_example(uow, now=LATER).answers == len(PROMPT_KEYS)
    assert count(engine, "reflection") == 0
    assert reflection.reflected_weeks(uow) == []
