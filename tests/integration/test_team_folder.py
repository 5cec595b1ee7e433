"""The team folder on disk: statuses, broken files that never block the others, answered offers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quadrant.domain.packs import Pack, PackMetadata, pack_to_bytes
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.services import sharing
from quadrant.services import team_folder as team
from quadrant.services.team_folder import TeamStatus


def _pack(uid: str, version: str, body: str) -> bytes:
    template = Template(f"{uid}.t", "Nee", ReplyKind.DECLINE, Tone.WARM, Language.NL, "", body)
    return pack_to_bytes(
        Pack(PackMetadata(uid=uid, name=f"Pack {uid}", version=version), (template,))
    )


def test_every_pack_gets_a_status_and_a_broken_one_never_blocks_the_rest(
    uow: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    installed = _pack("pack.b", "1.0.0", "B")
    sharing.apply_import(uow, sharing.plan_import(uow, installed))
    (folder / "a.quadrant-pack.json").write_bytes(_pack("pack.a", "1.0.0", "A"))
    (folder / "b.quadrant-pack.json").write_bytes(_pack("pack.b", "1.1.0", "B2"))
    (folder / "c.quadrant-pack.json").write_bytes(installed.replace(b"pack.b", b"pack.c"))
    (folder / "broken.quadrant-pack.json").write_bytes(b'{"format": {"name": "quadrant-te')
    (folder / "huge.quadrant-pack.json").write_bytes(b" " * (2 * 1024 * 1024))
    (folder / "notes.txt").write_text("not a pack")
    sharing.apply_import(
        uow, sharing.plan_import(uow, (folder / "c.quadrant-pack.json").read_bytes())
    )

    found = {p.path.name: p for p in team.scan_team_folder(uow, folder)}

    assert set(found) == {
        "a.quadrant-pack.json",
        "b.quadrant-pack.json",
        "c.quadrant-pack.json",
        "broken.quadrant-pack.json",
        "huge.quadrant-pack.json",
    }
    assert found["a.quadrant-pack.json"].status is TeamStatus.NEW
    assert found["b.quadrant-pack.json"].status is TeamStatus.UPDATE
    assert found["c.quadrant-pack.json"].status is TeamStatus.CURRENT
    assert found["broken.quadrant-pack.json"].status is TeamStatus.BROKEN
    assert "not complete JSON" in found["broken.quadrant-pack.json"].error
    assert "the limit is 1.0 MiB" in found["huge.quadrant-pack.json"].error


def test_an_answered_offer_is_not_made_again_until_a_newer_version(
    uow: Any, tmp_path: Path
) -> None:
    (tmp_path / "a.quadrant-pack.json").write_bytes(_pack("pack.a", "1.0.0", "A"))
    team.set_team_folder(uow, tmp_path)
    assert team.team_folder(uow) == tmp_path
    offers = team.pending_offers(uow, team.team_packs(uow))
    assert [o.name for o in offers] == ["Pack pack.a"]

    team.answer_offer(uow, offers[0])
    assert team.pending_offers(uow, team.team_packs(uow)) == []

    (tmp_path / "a.quadrant-pack.json").write_bytes(_pack("pack.a", "1.1.0", "A2"))
    assert [o.version for o in team.pending_offers(uow, team.team_packs(uow))] == ["1.1.0"]


def test_no_folder_chosen_means_no_team_packs(uow: Any) -> None:
    assert team.team_folder(uow) is None
    assert team.team_packs(uow) == []
