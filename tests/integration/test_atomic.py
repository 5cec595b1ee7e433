"""write_atomically: a file is whole or absent, private, and failures say why."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from quadrant.domain.errors import ExportFailed
from quadrant.interop import atomic
from quadrant.interop.atomic import write_atomically


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_the_whole_file_private_to_its_owner(tmp_path: Path) -> None:
    target = tmp_path / "week.md"
    write_atomically(target, b"# Week 47\n")
    assert target.read_bytes() == b"# Week 47\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == ["week.md"]


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "week.md"
    target.write_bytes(b"old report that is longer than the new one")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_leaves_no_partial_file_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "week.md"
    target.write_bytes(b"previous export")

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, failing, broken)
    with pytest.raises(ExportFailed, match="No space left on device"):
        write_atomically(target, b"x" * 100_000)
    monkeypatch.undo()
    assert target.read_bytes() == b"previous export"
    assert _leftovers(tmp_path) == ["week.md"]


def test_a_failed_first_write_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", broken)
    with pytest.raises(ExportFailed):
        write_atomically(tmp_path / "new.csv", b"data")
    monkeypatch.undo()
    assert _leftovers(tmp_path) == []


def test_an_interrupted_write_cleans_up_and_lets_the_interrupt_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "new.csv", b"data")
    monkeypatch.undo()
    assert _leftovers(tmp_path) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "week.md", b"x")


def test_a_file_in_place_of_the_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("I am a file")
    with pytest.raises(ExportFailed, match="is not a folder"):
        write_atomically(blocker / "week.md", b"x")


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="it is a folder"):
        write_atomically(tmp_path, b"x")


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root writes anywhere"
)
def test_a_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFailed, match="Cannot write"):
            write_atomically(folder / "week.md", b"x")
    finally:
        folder.chmod(0o700)


def test_a_very_long_name_still_gets_a_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / ("w" * 240 + ".md")
    write_atomically(target, b"x")
    assert target.read_bytes() == b"x"
