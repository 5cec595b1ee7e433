"""The template library against a real SQLite file: seeding, editing built-ins, the bin."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from quadrant.domain.errors import NotFoundError, ValidationError
from quadrant.domain.placeholders import PlaceholderError
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.services import templates as library
from quadrant.services.templates import TemplateQuery, TemplateSource
from quadrant.store.schema import PackRow

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def test_seeding_fills_every_builtin_once_and_is_cheap_the_second_time(uow: Any) -> None:
    written = library.ensure_builtins(uow, now=NOW)
    shipped = json.loads(library.builtin_library_text())["templates"]
    assert written == len(shipped) >= 36
    assert library.ensure_builtins(uow, now=NOW) == 0
    found = library.list_templates(uow, TemplateQuery(source=TemplateSource.BUILTIN))
    assert len(found) == len(shipped)
    assert all(t.builtin and t.id is not None for t in found)


def test_a_changed_library_rewrites_builtins_but_keeps_the_bin(uow: Any) -> None:
    library.ensure_builtins(uow, now=NOW)
    data = json.loads(library.builtin_library_text())
    first = data["templates"][0]
    stored = library.get_by_uid(uow, first["uid"])
    assert stored is not None
    assert stored.id is not None
    library.delete_template(uow, stored.id, now=NOW)
    first["subject"] = "Nieuw onderwerp over {task}"
    removed = data["templates"].pop()
    assert library.ensure_builtins(uow, json.dumps(data), now=NOW) > 0
    assert library.get_template(uow, stored.id).subject == "Nieuw onderwerp over {task}"
    assert library.is_deleted(uow, stored.id)
    gone = library.get_by_uid(uow, removed["uid"])
    assert gone is not None
    assert gone.id is not None
    assert library.is_deleted(uow, gone.id)


def test_editing_a_builtin_saves_a_user_copy(uow: Any) -> None:
    library.ensure_builtins(uow, now=NOW)
    builtin = library.templates_for(uow, ReplyKind.DECLINE, Tone.WARM, Language.NL)[0]
    edited = library.save_template(uow, _with(builtin, body="Nee, {requester_first_name}."))
    assert edited.id != builtin.id
    assert edited.uid != builtin.uid
    assert not edited.builtin
    assert edited.uid.startswith("user.")
    assert builtin.id is not None
    assert library.get_template(uow, builtin.id) == builtin
    assert library.templates_for(uow, ReplyKind.DECLINE, Tone.WARM, Language.NL)[0] == edited


def test_user_templates_update_in_place_and_raise_their_version(uow: Any) -> None:
    own = library.save_template(uow, _own())
    again = library.save_template(uow, _with(own, body="Andere tekst voor {task}."))
    assert again.id == own.id
    assert again.version == own.version + 1
    assert library.list_templates(uow, TemplateQuery(source=TemplateSource.MINE)) == [again]


def test_an_invalid_template_is_refused_with_its_position(uow: Any) -> None:
    with pytest.raises(PlaceholderError) as caught:
        library.save_template(uow, _own(body="Hoi {requester},\n{taak}"))
    assert caught.value.line == 2
    assert caught.value.placeholder == "taak"
    assert library.list_templates(uow) == []


def test_delete_restore_and_restore_defaults(uow: Any) -> None:
    library.ensure_builtins(uow, now=NOW)
    builtin = library.list_templates(uow, TemplateQuery(source=TemplateSource.BUILTIN))[0]
    own = library.save_template(uow, _own())
    assert builtin.id is not None
    assert own.id is not None
    library.delete_template(uow, builtin.id)
    library.delete_template(uow, own.id)
    assert {t.id for t in library.deleted_templates(uow)} == {builtin.id, own.id}
    library.restore_template(uow, own.id)
    assert library.restore_defaults(uow) >= 1
    assert library.deleted_templates(uow) == []
    with pytest.raises(NotFoundError):
        library.get_template(uow, 10_000)


def test_pack_templates_carry_their_pack_uid(uow: Any) -> None:
    with uow:
        uow._session.add(PackRow(uid="pack.team", name="Team", imported_at=NOW))
        uow.commit()
    stored = library.save_template(uow, _own(uid="pack.team.1", pack_uid="pack.team"))
    assert stored.pack_uid == "pack.team"
    found = library.list_templates(uow, TemplateQuery(source=TemplateSource.PACK))
    assert found == [stored]
    with pytest.raises(NotFoundError):
        library.save_template(uow, _own(uid="x.1", pack_uid="pack.unknown"))
    with uow:
        assert uow._session.scalar(select(PackRow.uid)) == "pack.team"


def test_a_uid_is_used_once(uow: Any) -> None:
    library.save_template(uow, _own(uid="mine.1"))
    with pytest.raises(ValidationError):
        library.save_template(uow, _own(uid="mine.1"))


def _own(**changes: Any) -> Template:
    fields: dict[str, Any] = {
        "uid": "",
        "name": "Mijn nee",
        "kind": ReplyKind.DECLINE,
        "tone": Tone.FIRM,
        "language": Language.NL,
        "subject": "Over {task}",
        "body": "Hoi {requester_first_name}, dit pak ik niet op.",
    }
    fields.update(changes)
    return Template(**fields)


def _with(template: Template, **changes: Any) -> Template:
    from dataclasses import replace

    return replace(template, **changes)
