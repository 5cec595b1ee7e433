"""Backups: valid while another process writes, rotated, and a way back from a damaged file."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from quadrant.domain.errors import StorageError
from quadrant.domain.matrix import Quadrant
from quadrant.services import tasks as task_service
from quadrant.store.backups import (
    backup_if_needed,
    backups_to_keep,
    describe_backup,
    full_check,
    list_backups,
    needs_backup,
    parse_backup_name,
    quarantine_corrupt,
    quick_check,
    restore_backup,
    rotate_backups,
    take_backup,
)
from quadrant.store.unit_of_work import SqlUnitOfWork

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def database(data_dir: Path, engine: Engine) -> Path:
    """The migrated test database, with three tasks in it."""
    uow = SqlUnitOfWork(engine)
    for title in ("Begroting", "Zaal", "Notulen"):
        task_service.capture(uow, title, quadrant=Quadrant.DO, now=NOW)
    return data_dir / "quadrant.sqlite3"


def count_tasks(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM task").fetchone()[0])
    finally:
        connection.close()


def test_a_backup_is_verified_private_and_named_by_time_and_reason(
    database: Path, tmp_path: Path
) -> None:
    backup = take_backup(database, tmp_path / "backups", "manual", now=NOW)
    assert backup.name == "quadrant-20261123T090000000000Z-manual.sqlite3"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert quick_check(backup) == "ok"
    assert count_tasks(backup) == 3
    assert parse_backup_name(backup) == (NOW, "manual")
    assert not list((tmp_path / "backups").glob("*.partial"))


_WRITER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    for n in range(int(sys.argv[2])):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO task (title, notes, urgent, important, position, status, created_at)"
            " VALUES (?, '', 0, 1, ?, 'open', '2026-11-23 09:00:00.000000')",
            (f"schrijver {n}", n),
        )
        connection.execute("COMMIT")
        if n == 50:
            print("running", flush=True)
    print("done", flush=True)
    """
)


def test_a_backup_taken_while_another_process_writes_is_valid(
    database: Path, tmp_path: Path
) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(database), "3000"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "running"
    counts = []
    for n in range(5):
        backup = take_backup(database, tmp_path / "backups", f"during-{n}")
        assert quick_check(backup) == "ok"
        assert full_check(backup) == []
        counts.append(count_tasks(backup))
    assert writer.wait(timeout=60) == 0
    assert counts == sorted(counts) and counts[0] >= 3 + 50
    final = take_backup(database, tmp_path / "backups", "after")
    assert count_tasks(final) == 3 + 3000


def test_needs_backup_follows_changes_not_the_clock(database: Path, engine: Engine) -> None:
    folder = database.parent / "backups"
    assert needs_backup(database, folder)  # no backup yet
    take_backup(database, folder, "start")
    assert not needs_backup(database, folder)
    task_service.capture(SqlUnitOfWork(engine), "Nieuw", quadrant=Quadrant.PLAN, now=NOW)
    assert needs_backup(database, folder)
    take_backup(database, folder, "periodic")
    assert not needs_backup(database, folder)
    engine.dispose()  # closing checkpoints the WAL into the file: data unchanged
    assert not database.with_name(database.name + "-wal").exists()
    assert not needs_backup(database, folder)


def test_a_change_after_the_last_backup_is_seen_after_a_clean_close(
    database: Path, engine: Engine
) -> None:
    folder = database.parent / "backups"
    take_backup(database, folder, "start")
    task_service.capture(SqlUnitOfWork(engine), "Laat", quadrant=Quadrant.PLAN, now=NOW)
    engine.dispose()
    assert needs_backup(database, folder)
    assert backup_if_needed(database, folder, "start") is not None
    assert backup_if_needed(database, folder, "start") is None


def test_rotation_keeps_ten_newest_one_per_day_and_one_per_week() -> None:
    now = NOW
    hourly = [now - timedelta(hours=h) for h in range(48)]  # two days, every hour
    daily = [now - timedelta(days=d, hours=5) for d in range(2, 30)]  # a month, daily
    weekly = [now - timedelta(weeks=w) for w in range(5, 20)]  # older, weekly
    everything = hourly + daily + weekly
    keep = backups_to_keep(everything, now)

    def newest(moments: list[datetime]) -> set[datetime]:
        return {max(moments)} if moments else set()

    days = [(now - timedelta(days=d)).date() for d in range(14)]
    weeks = [(now - timedelta(weeks=w)).isocalendar()[:2] for w in range(12)]
    expected = set(sorted(everything, reverse=True)[:10])
    for day in days:
        expected |= newest([m for m in everything if m.date() == day])
    for week in weeks:
        expected |= newest([m for m in everything if m.isocalendar()[:2] == week])
    assert keep == expected
    assert len({m.date() for m in keep} & set(days)) == 14
    assert min(keep) >= now - timedelta(weeks=12)


def test_rotation_never_drops_the_only_or_newest_backup() -> None:
    ancient = NOW - timedelta(days=400)
    assert backups_to_keep([ancient], NOW) == {ancient}


def test_rotate_backups_deletes_files_and_leaves_strangers_alone(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for hours in range(30):
        stamp = (NOW - timedelta(hours=hours)).strftime("%Y%m%dT%H%M%S%fZ")
        (folder / f"quadrant-{stamp}-periodic.sqlite3").write_bytes(b"")
    stranger = folder / "notes.txt"
    stranger.write_text("mine")
    deleted = rotate_backups(folder, NOW)
    remaining = list_backups(folder)
    assert len(remaining) + len(deleted) == 30
    assert len(remaining) == 10 + 1  # ten newest, plus the newest of yesterday
    assert stranger.exists()


def flip(path: Path, offset: int, value: int = 0xFF) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= value
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("offset", [0, 4096, 4096 * 2 + 8])
def test_a_byte_flipped_database_is_detected(database: Path, engine: Engine, offset: int) -> None:
    engine.dispose()
    assert quick_check(database) == "ok"
    flip(database, offset)
    assert quick_check(database) != "ok"
    assert full_check(database)


def test_quick_check_of_a_missing_file_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        quick_check(tmp_path / "nothing.sqlite3")


def test_full_check_reports_broken_foreign_keys(database: Path, engine: Engine) -> None:
    engine.dispose()
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("UPDATE task SET requester_id = 999 WHERE id = 1")
    connection.commit()
    connection.close()
    assert full_check(database) == ["row 1 of task refers to a missing row in requester"]


def test_quarantine_and_restore_bring_back_the_newest_verified_backup(
    database: Path, engine: Engine
) -> None:
    folder = database.parent / "backups"
    backup = take_backup(database, folder, "start", now=NOW)
    engine.dispose()
    flip(database, 0)
    assert quick_check(database) != "ok"
    moved = quarantine_corrupt(database, now=NOW)
    assert moved.name == "quadrant.sqlite3.corrupt-20261123T090000Z"
    assert moved.exists() and not database.exists()
    restore_backup(list_backups(folder)[0], database, safety_folder=folder)
    assert quick_check(database) == "ok"
    assert count_tasks(database) == 3
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert list_backups(folder) == [backup]  # no safety copy of a missing database
    info = describe_backup(backup)
    assert (info.taken_at, info.reason, info.task_count) == (NOW, "start", 3)


def test_quarantine_moves_the_wal_and_shm_with_the_database(database: Path) -> None:
    for suffix in ("-wal", "-shm"):
        assert database.with_name(database.name + suffix).exists()  # the engine is open
    quarantine_corrupt(database, now=NOW)
    names = sorted(p.name for p in database.parent.iterdir() if "corrupt" in p.name)
    assert names == [
        "quadrant.sqlite3-shm.corrupt-20261123T090000Z",
        "quadrant.sqlite3-wal.corrupt-20261123T090000Z",
        "quadrant.sqlite3.corrupt-20261123T090000Z",
    ]


def test_restoring_over_a_sound_database_keeps_a_copy_first(database: Path, engine: Engine) -> None:
    folder = database.parent / "backups"
    old = take_backup(database, folder, "start", now=NOW)
    task_service.capture(SqlUnitOfWork(engine), "Na de backup", quadrant=Quadrant.DO, now=NOW)
    engine.dispose()
    restore_backup(old, database, safety_folder=folder)
    assert count_tasks(database) == 3
    [safety] = [p for p in list_backups(folder) if p != old]
    assert "before-restore" in safety.name
    assert count_tasks(safety) == 4


def test_a_damaged_backup_is_never_restored(database: Path, engine: Engine) -> None:
    folder = database.parent / "backups"
    backup = take_backup(database, folder, "start")
    flip(backup, 0)
    engine.dispose()
    with pytest.raises(StorageError, match="damaged"):
        restore_backup(backup, database)
    assert count_tasks(database) == 3
    assert describe_backup(backup).task_count is None
