"""Pack import against a real SQLite file: nothing changes on failure, undo is exact."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from quadrant.domain.errors import ImportRejected, QuadrantError
from quadrant.domain.pack_plan import Decision, ItemStatus
from quadrant.domain.packs import Pack, PackMetadata, pack_to_bytes
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.interop.template_files import read_template_file
from quadrant.services import sharing
from quadrant.services import templates as library
from quadrant.services.templates import TemplateQuery, TemplateSource

FIXTURES = Path(__file__).parent.parent / "fixtures" / "packs"
META = PackMetadata(uid="pack.team", name="Team NL", version="1.0.0", author="Sandra")
HOSTILE = [
    "wrong_types.json",
    "unknown_placeholder.json",
    "format_attack.json",
    "html_name.json",
    "unknown_fields.json",
    "future_version.json",
    "duplicate_uid.json",
    "nan.json",
    "duplicate_keys.json",
    "truncated.json",
    "invalid_utf8.json",
    "alias_bomb.yml",
]


def _template(uid: str, body: str, version: int = 1, tone: Tone = Tone.WARM) -> Template:
    return Template(
        uid, f"Nee {uid}", ReplyKind.DECLINE, tone, Language.NL, "Over {task}", body, ("nee",),
        version=version,
    )  # fmt: skip


def _pack(*templates: Template, version: str = "1.0.0") -> bytes:
    return pack_to_bytes(Pack(replace(META, version=version), templates))


def _file_bytes(engine: Engine) -> bytes:
    """The database as it is on disk, after closing every connection (WAL checkpointed)."""
    engine.dispose()
    database = Path(str(engine.url.database))
    wal = database.with_name(database.name + "-wal")
    return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _digest(engine: Engine) -> str:
    return hashlib.sha256(_file_bytes(engine)).hexdigest()


def _bodies(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT uid, body FROM template WHERE builtin = 0"))
        return {str(uid): str(body) for uid, body in rows}


def _import_file(uow: Any, path: Path) -> None:
    """What the app does with a dropped file: read, plan, apply with the defaults."""
    pack = read_template_file(path).pack
    sharing.apply_import(uow, sharing.plan_pack(uow, pack))


@pytest.fixture
def filled(uow: Any, engine: Engine) -> Any:
    library.ensure_builtins(uow)
    sharing.apply_import(uow, sharing.plan_import(uow, _pack(_template("t.a", "A"))))
    return uow


@pytest.mark.parametrize("fixture", HOSTILE)
def test_a_hostile_file_leaves_the_database_file_byte_identical(
    filled: Any, engine: Engine, fixture: str
) -> None:
    before = _digest(engine)
    with pytest.raises(ImportRejected):
        _import_file(filled, FIXTURES / fixture)
    assert _digest(engine) == before


def test_an_import_failing_halfway_rolls_back_to_a_byte_identical_file(
    filled: Any, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = sharing.plan_import(filled, _pack(*(_template(f"t.{i}", f"B{i}") for i in range(5))))
    before = _digest(engine)
    calls = {"n": 0}
    original = sharing.fingerprint

    def failing(template: Template) -> str:
        calls["n"] += 1
        if calls["n"] > 2:  # after two rows were written in the transaction
            raise QuadrantError("disk trouble")
        return original(template)

    monkeypatch.setattr(sharing, "fingerprint", failing)
    with pytest.raises(QuadrantError, match="disk trouble"):
        sharing.apply_import(filled, plan)
    assert _digest(engine) == before


def test_reimporting_the_same_pack_leaves_the_file_byte_identical(
    filled: Any, engine: Engine
) -> None:
    before = _digest(engine)
    result = sharing.apply_import(filled, sharing.plan_import(filled, _pack(_template("t.a", "A"))))
    assert not result.changed
    assert _digest(engine) == before


def test_conflicts_are_resolved_as_chosen(filled: Any, engine: Engine) -> None:
    pack_v1 = _pack(_template("t.a", "A"), _template("t.b", "B"), _template("t.c", "C"))
    sharing.apply_import(filled, sharing.plan_import(filled, pack_v1))
    for uid in ("t.a", "t.b", "t.c"):  # the user rewords all three here
        mine = library.get_by_uid(filled, uid)
        assert mine is not None
        library.save_template(filled, replace(mine, body=f"{uid} in my words"))
    update = _pack(
        _template("t.a", "A2", 2), _template("t.b", "B2", 2), _template("t.c", "C2", 2),
        version="1.1.0",
    )  # fmt: skip
    plan = sharing.plan_import(filled, update)
    assert plan.is_update
    assert {item.status for item in plan.items} == {ItemStatus.CONFLICTING}
    decisions = {"t.a": Decision.REPLACE, "t.b": Decision.KEEP_BOTH, "t.c": Decision.SKIP}
    result = sharing.apply_import(filled, plan, decisions)
    bodies = _bodies(engine)
    assert bodies["t.a"] == "A2"
    assert bodies["t.b"] == "t.b in my words"
    assert bodies["t.c"] == "t.c in my words"
    assert sorted(uid for uid, body in bodies.items() if body == "B2") == [plan.items[1].copy.uid]
    assert (result.replaced, result.kept_both, result.skipped) == (1, 1, 1)
    again = sharing.plan_import(filled, update)  # choices made once are not asked again
    assert [item.status for item in again.items] == [
        ItemStatus.IDENTICAL,
        ItemStatus.IDENTICAL,
        ItemStatus.CONFLICTING,
    ]


def test_undo_restores_rows_exactly_so_the_same_plan_applies_again(
    filled: Any, engine: Engine
) -> None:
    update = _pack(_template("t.a", "A2", 2), _template("t.new", "N"), version="1.1.0")
    plan = sharing.plan_import(filled, update)
    assert [i.status for i in plan.items] == [ItemStatus.CHANGED, ItemStatus.NEW]
    result = sharing.apply_import(filled, plan)
    assert result.undo is not None
    sharing.undo_import(filled, result.undo)
    assert sharing.plan_import(filled, update).items == plan.items
    assert sharing.installed_packs(filled)[0].version == "1.0.0"
    assert _bodies(engine) == {"t.a": "A"}
    assert sharing.apply_import(filled, plan).changed  # redo


def test_a_changed_builtin_can_only_be_kept_beside_the_builtin(uow: Any, engine: Engine) -> None:
    library.ensure_builtins(uow)
    builtin = library.list_templates(uow, TemplateQuery(source=TemplateSource.BUILTIN))[0]
    theirs = replace(builtin, body=builtin.body + "\nP.S. Sorry!", builtin=False, id=None)
    plan = sharing.plan_import(uow, _pack(theirs))
    (item,) = plan.items
    assert item.status is ItemStatus.CONFLICTING
    assert Decision.REPLACE not in item.choices
    sharing.apply_import(uow, plan)
    assert library.get_by_uid(uow, builtin.uid) == builtin


def test_exported_builtins_import_as_identical_into_a_store_that_has_them(uow: Any) -> None:
    library.ensure_builtins(uow)
    ids = [t.id or 0 for t in library.list_templates(uow)]
    data = sharing.export_pack(uow, ids, META)
    plan = sharing.plan_import(uow, data)
    assert {item.status for item in plan.items} == {ItemStatus.IDENTICAL}


def test_an_espanso_file_imports_its_plain_text_matches(uow: Any, engine: Engine) -> None:
    template_file = read_template_file(FIXTURES / "espanso_package.yml")
    assert template_file.pack.metadata.name == "Team grenzen"
    assert [s.reason for s in template_file.skipped][:1] == [
        "not plain text (variables, an image, HTML or Markdown)"
    ]
    sharing.apply_import(uow, sharing.plan_pack(uow, template_file.pack))
    bodies = _bodies(engine)
    assert bodies["espanso.team-grenzen.:nee-warm"] == (
        "Hoi {requester_first_name},\nIk kan {{dit}} niet oppakken.\n"
    )
    assert bodies["espanso.team-grenzen.:sig"] == "Met vriendelijke groet,\nSandra"


def test_importing_five_hundred_templates_takes_under_a_second(uow: Any) -> None:
    many = [
        _template(f"bulk.{i}", f"Tekst {i} over {{task}}\n" + "woorden " * 60, tone=tone)
        for i, tone in zip(range(500), list(Tone) * 200, strict=False)
    ]
    data = _pack(*many)
    assert len(data) < 1024 * 1024
    started = time.perf_counter()
    result = sharing.apply_import(uow, sharing.plan_import(uow, data))
    elapsed = time.perf_counter() - started
    assert result.added == 500
    print(f"500-template import: {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0


def test_the_pack_file_is_json_a_person_can_read(uow: Any) -> None:
    document = json.loads(_pack(_template("t.a", "Hoi {task} 👋")))
    assert document["templates"][0]["body"] == "Hoi {task} 👋"
    assert list(document) == ["format", "pack", "templates"]
