"""Sharing use cases on the fake unit of work: export checks, decisions, undo, updates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from quadrant.domain.errors import ValidationError
from quadrant.domain.pack_plan import Decision, ItemStatus
from quadrant.domain.packs import Pack, PackMetadata, pack_to_bytes, read_pack
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.task import Requester
from quadrant.domain.templates import Template
from quadrant.services import sharing
from quadrant.services.replies import MY_NAME_KEY
from tests.unit.fake_packs import FakeSharingUnitOfWork

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
META = PackMetadata(uid="pack.team", name="Team", version="1.0.0", author="Sandra")


def _template(uid: str, body: str, version: int = 1) -> Template:
    return Template(
        uid, f"T {uid}", ReplyKind.DECLINE, Tone.WARM, Language.NL, "", body, (), False, version
    )


def _pack(*templates: Template, version: str = "1.0.0") -> bytes:
    return pack_to_bytes(Pack(replace(META, version=version), templates))


def _bodies(uow: FakeSharingUnitOfWork) -> dict[str, str]:
    return {t.uid: t.body for t in uow.templates.rows.values()}


def test_export_fills_in_languages_and_created_and_reads_back() -> None:
    uow = FakeSharingUnitOfWork()
    stored = uow.templates.add(_template("user.a", "Hoi {task}"), NOW)
    data = sharing.export_pack(uow, [stored.id or 0], META, now=NOW)
    pack = read_pack(data)
    assert pack.metadata.languages == (Language.NL,)
    assert pack.metadata.created == "2026-11-18T09:00:00Z"
    assert pack.templates[0].pack_uid is None


def test_export_can_strip_requesters_and_own_names() -> None:
    uow = FakeSharingUnitOfWork()
    uow.requesters.add(Requester(name="Anna de Vries", created_at=NOW))
    uow.settings.put(MY_NAME_KEY, "Sandra Bakker")
    body = "Hoi Anna,\nIk heb het Anna de Vries al gezegd.\nGroet, Sandra Bakker"
    stored = uow.templates.add(_template("user.a", body), NOW)
    data = sharing.export_pack(uow, [stored.id or 0], META, strip_personal_names=True)
    assert read_pack(data).templates[0].body == (
        "Hoi {requester_first_name},\nIk heb het {requester} al gezegd.\nGroet, {my_name}"
    )


def test_a_template_that_could_not_be_imported_is_not_exported() -> None:
    uow = FakeSharingUnitOfWork()
    stored = uow.templates.add(replace(_template("user.a", "Hoi"), name="A <b>bold</b> name"), NOW)
    with pytest.raises(ValidationError, match="cannot be shared"):
        sharing.export_pack(uow, [stored.id or 0], META)
    with pytest.raises(ValidationError):
        sharing.export_pack(uow, [], META)


def test_importing_the_same_pack_twice_changes_nothing_the_second_time() -> None:
    uow = FakeSharingUnitOfWork()
    data = _pack(_template("t.a", "A"), _template("t.b", "B"))
    first = sharing.apply_import(uow, sharing.plan_import(uow, data), now=NOW)
    commits = uow.commits
    again = sharing.plan_import(uow, data)
    assert {item.status for item in again.items} == {ItemStatus.IDENTICAL}
    second = sharing.apply_import(uow, again, now=NOW)
    assert first.added == 2
    assert not second.changed and second.unchanged == 2
    assert uow.commits == commits


def test_a_newer_version_offers_an_update_and_replaces_untouched_templates() -> None:
    uow = FakeSharingUnitOfWork()
    sharing.apply_import(uow, sharing.plan_import(uow, _pack(_template("t.a", "A"))), now=NOW)
    plan = sharing.plan_import(uow, _pack(_template("t.a", "A2", version=2), version="1.1.0"))
    assert plan.is_update
    assert plan.items[0].status is ItemStatus.CHANGED
    sharing.apply_import(uow, plan, now=NOW)
    assert _bodies(uow) == {"t.a": "A2"}
    assert uow.packs.rows["pack.team"].version == "1.1.0"


def test_a_local_edit_turns_an_update_into_a_conflict_resolved_as_chosen() -> None:
    uow = FakeSharingUnitOfWork()
    sharing.apply_import(uow, sharing.plan_import(uow, _pack(_template("t.a", "A"))), now=NOW)
    (mine,) = uow.templates.rows.values()
    uow.templates.update(replace(mine, body="A, edited here"), NOW)
    update = _pack(_template("t.a", "A2", version=2), version="1.1.0")

    plan = sharing.plan_import(uow, update)
    assert plan.items[0].status is ItemStatus.CONFLICTING
    result = sharing.apply_import(uow, plan, now=NOW)  # default: keep both
    assert result.kept_both == 1
    assert sorted(_bodies(uow).values()) == ["A, edited here", "A2"]

    assert result.undo is not None
    sharing.undo_import(uow, result.undo)
    plan = sharing.plan_import(uow, update)
    sharing.apply_import(uow, plan, {"t.a": Decision.REPLACE}, now=NOW)
    assert _bodies(uow) == {"t.a": "A2"}


def test_undo_puts_everything_back_and_redo_applies_again() -> None:
    uow = FakeSharingUnitOfWork()
    uow.templates.add(_template("t.mine", "Mine"), NOW)
    before = dict(uow.templates.rows)
    plan = sharing.plan_import(uow, _pack(_template("t.new", "N"), _template("t.mine", "Theirs")))
    result = sharing.apply_import(uow, plan, {"t.mine": Decision.REPLACE}, now=NOW)
    assert result.added == 1 and result.replaced == 1
    assert result.undo is not None
    sharing.undo_import(uow, result.undo)
    assert uow.templates.rows == before
    assert uow.packs.rows == {}
    assert uow.packs.prints == {}
    redo = sharing.apply_import(uow, plan, {"t.mine": Decision.REPLACE}, now=NOW)
    assert redo.changed and _bodies(uow)["t.mine"] == "Theirs"


def test_a_store_that_changed_since_the_preview_is_not_written() -> None:
    uow = FakeSharingUnitOfWork()
    plan = sharing.plan_import(uow, _pack(_template("t.a", "A")))
    uow.templates.add(_template("t.a", "Meanwhile"), NOW)
    with pytest.raises(ValidationError, match="changed since the preview"):
        sharing.apply_import(uow, plan, now=NOW)
    assert _bodies(uow) == {"t.a": "Meanwhile"}


def test_skipping_everything_writes_nothing() -> None:
    uow = FakeSharingUnitOfWork()
    plan = sharing.plan_import(uow, _pack(_template("t.a", "A")))
    result = sharing.apply_import(uow, plan, {"t.a": Decision.SKIP}, now=NOW)
    assert not result.changed and result.skipped == 1
    assert uow.commits == 0 and uow.templates.rows == {}
