"""Faults of the disk and of other programs: a clear StorageError, nothing saved lost, retry works.

Each test saves some work, switches a fault on, tries to save more (which
must fail with the project's own error and a message a user understands),
checks that the database is exactly as before, switches the fault off and
tries again (which must work).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quadrant.domain.errors import StorageError
from quadrant.domain.matrix import Quadrant
from quadrant.interop.ical import export_ics, parse_ics
from quadrant.services import tasks
from quadrant.services.clock import utc_now
from quadrant.services.transfer import import_batch, tasks_to_export
from quadrant.store.database import create_database_engine, integrity_check
from quadrant.store.unit_of_work import SqlUnitOfWork
from tests.reliability.conftest import (
    SHORT_BUSY_MS,
    Store,
    child_env,
    disk_full,
    locked_by_another_process,
    open_store,
    read_only,
)

FSIZE_CHILD = Path(__file__).with_name("fsize_child.py")


def save_some_work(store: Store) -> int:
    """A task with history: what must survive every fault."""
    task = tasks.capture(store.uow(), "Saved before the fault", quadrant=Quadrant.DO,
                         requester_name="Anne", notes="keep me")  # fmt: skip
    assert task.id is not None
    tasks.move(store.uow(), task.id, Quadrant.PLAN, note="moved before the fault")
    return task.id


def big_capture(store: Store) -> None:
    tasks.capture(store.uow(), "Typed during the fault", quadrant=Quadrant.DO, notes="x" * 90_000)


# Disk full -------------------------------------------------------------------------------


def test_disk_full_fails_clearly_keeps_saved_work_and_retry_works(store: Store) -> None:
    task_id = save_some_work(store)
    before = store.dump()
    with disk_full(store.engine):
        with pytest.raises(StorageError, match="disk is full"):
            big_capture(store)
        with pytest.raises(StorageError, match="disk is full"):
            tasks.edit(store.uow(), task_id, title="Saved before the fault", notes="y" * 90_000,
                       requester_name="Anne", due_at=None, quadrant=Quadrant.DROP,
                       effort_minutes=None)  # fmt: skip
        assert store.dump() == before
    big_capture(store)  # the same action, once there is room again
    assert store.rows("SELECT count(*) FROM task") == [(2,)]
    assert tasks.get_task(store.uow(), task_id).notes == "keep me"


def test_a_real_file_size_limit_fails_clearly_and_loses_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seeded = open_store(data)
    save_some_work(seeded)
    seeded.engine.dispose()
    sizes = sum(path.stat().st_size for path in data.iterdir() if path.is_file())
    result = subprocess.run(
        [sys.executable, str(FSIZE_CHILD), "capture", str(sizes + 400_000), str(data)],
        capture_output=True, text=True, env=child_env(), timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["failure"]["type"] == "StorageError"
    assert "disk" in outcome["failure"]["message"]
    assert "Traceback" not in outcome["failure"]["message"]
    database = data / "quadrant.sqlite3"
    assert integrity_check(database) == "ok"
    after = open_store(data)
    try:
        present = {row[0] for row in after.rows("SELECT id FROM task")}
        assert set(outcome["saved"]) <= present, "tasks saved before the disk filled were lost"
        assert outcome["retried"] in present
        titles = [row[0] for row in after.rows("SELECT title FROM task")]
        assert titles.count(outcome["failure"]["attempt"]) == 1, "the failed save half-happened"
    finally:
        after.engine.dispose()


# Read-only -------------------------------------------------------------------------------


def test_read_only_database_file_fails_clearly_and_retry_works(store: Store) -> None:
    save_some_work(store)
    before = store.dump()
    store.engine.dispose()  # the app restarts, or its connections reopen
    with read_only(store.path):
        with pytest.raises(StorageError, match="read-only"):
            big_capture(store)
        with pytest.raises(StorageError, match="read-only"):
            create_database_engine(store.path)  # a fresh start says the same
    store.engine.dispose()
    assert store.dump() == before
    big_capture(store)
    assert store.rows("SELECT count(*) FROM task") == [(2,)]


def test_read_only_data_folder_fails_clearly_and_retry_works(store: Store) -> None:
    save_some_work(store)
    store.engine.dispose()  # a clean close: the -wal and -shm files are gone
    before = store.dump()
    with read_only(store.path.parent):
        with pytest.raises(StorageError, match="read-only") as failure:
            big_capture(store)
        assert "Traceback" not in str(failure.value)
    store.engine.dispose()
    assert store.dump() == before
    big_capture(store)
    assert store.rows("SELECT count(*) FROM task") == [(2,)]


# Locked by another program ---------------------------------------------------------------


def test_database_locked_by_another_process_fails_after_the_timeout_and_retry_works(
    store: Store,
) -> None:
    save_some_work(store)
    before = store.dump()
    with locked_by_another_process(store.path):
        started = time.monotonic()
        with pytest.raises(StorageError, match="busy in another program"):
            big_capture(store)
        waited = time.monotonic() - started
    assert SHORT_BUSY_MS / 1000 * 0.8 <= waited < 5, "the busy timeout decides how long it waits"
    assert store.dump() == before
    big_capture(store)
    assert store.rows("SELECT count(*) FROM task") == [(2,)]


# A failed import changes nothing ---------------------------------------------------------


def test_an_import_that_fails_half_way_changes_nothing(store: Store) -> None:
    save_some_work(store)
    for number in range(120):
        tasks.capture(store.uow(), f"Exported {number}", quadrant=Quadrant.PLAN,
                      notes=f"notes {number} " + "z" * 400)  # fmt: skip
    batch = parse_ics(export_ics(tasks_to_export(store.uow())))
    with store.engine.begin() as connection:  # a fresh store receives the file
        connection.exec_driver_sql("DELETE FROM reprioritisation")
        connection.exec_driver_sql("DELETE FROM task WHERE title LIKE 'Exported%'")
    before = store.dump()
    with disk_full(store.engine), pytest.raises(StorageError, match="disk is full"):
        import_batch(store.uow(), batch)
    assert store.dump() == before, "a failed import must leave no task behind"
    summary = import_batch(store.uow(), batch)
    assert summary.created == 120


# Exports and backups failing mid-write ---------------------------------------------------


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder with enough in it that every export is kilobytes long.

    A connection stays open meanwhile, so the -shm file exists and a child
    under a file size limit fails where the test means it to: at the export.
    """
    data = tmp_path_factory.mktemp("filled") / "data"
    subprocess.run([sys.executable, "-m", "quadrant", "--data-dir", str(data), "demo"],
                   env=child_env(), check=True, capture_output=True)  # fmt: skip
    engine = create_database_engine(data / "quadrant.sqlite3")
    for number in range(60):
        tasks.capture(SqlUnitOfWork(engine), f"Filler {number}", quadrant=Quadrant.PLAN,
                      notes="filler " * 400)  # fmt: skip
    engine.dispose()
    keep = sqlite3.connect(data / "quadrant.sqlite3")
    keep.execute("SELECT count(*) FROM task").fetchone()
    yield data
    keep.close()


def _week() -> str:
    year, week, _ = utc_now().isocalendar()
    return f"{year}-W{week:02d}"


EXPORTS = {
    "export-week-md": ["export-week", "--week", "{week}", "--format", "md"],
    "export-week-html": ["export-week", "--week", "{week}", "--format", "html"],
    "export-week-csv": ["export-week", "--week", "{week}", "--format", "csv"],
    "export-week-pdf": ["export-week", "--week", "{week}", "--format", "pdf"],
    "export-tasks-ics": ["export-tasks", "--format", "ics", "--all"],
    "export-tasks-csv": ["export-tasks", "--format", "csv", "--all"],
    "export-all": ["export-all"],
    "export-pack": ["export-pack"],
}


def run_limited(limit: int, data: Path, arguments: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(FSIZE_CHILD), "cli", str(limit), "--data-dir", str(data),
         *arguments],
        capture_output=True, text=True, env=child_env(), timeout=120, check=False,
    )  # fmt: skip


QUICK_EXPORTS = ("export-week-md", "export-tasks-ics")
"""The default run tries these two; ``make test-all`` tries every export."""


@pytest.mark.parametrize(
    "name",
    [n if n in QUICK_EXPORTS else pytest.param(n, marks=pytest.mark.slow) for n in EXPORTS],
)
def test_an_export_that_hits_a_full_disk_leaves_no_partial_file(
    filled: Path, tmp_path: Path, name: str
) -> None:
    arguments = [a.replace("{week}", _week()) for a in EXPORTS[name]]
    whole = tmp_path / "whole" / "out.file"
    whole.parent.mkdir()
    first = run_limited(1 << 40, filled, [*arguments, "--output", str(whole)])
    if "unrecognized arguments" in first.stderr or "invalid choice" in first.stderr:
        pytest.skip(f"{name}: the command line changed: {first.stderr.strip()}")
    assert first.returncode == 0, first.stderr
    size = whole.stat().st_size
    assert size > 1000, f"{name} writes too little to test a full disk"
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / "out.file"
    existing.write_bytes(b"the previous export, still whole")
    failed = run_limited(size // 2, filled, [*arguments, "--output", str(existing)])
    assert failed.returncode == 2, (failed.stdout, failed.stderr)
    assert failed.stderr.startswith("quadrant: error:") and failed.stderr.count("\n") == 1
    assert str(existing) in failed.stderr, "it must fail at the export, and say where"
    assert sorted(p.name for p in folder.iterdir()) == ["out.file"], "a partial file was left"
    assert existing.read_bytes() == b"the previous export, still whole"


def test_a_backup_that_hits_a_full_disk_leaves_no_partial_file(filled: Path) -> None:
    backups = filled / "backups"
    before = sorted(p.name for p in backups.iterdir()) if backups.exists() else []
    size = (filled / "quadrant.sqlite3").stat().st_size
    failed = run_limited(size // 2, filled, ["backup"])
    assert failed.returncode == 2, (failed.stdout, failed.stderr)
    assert "backup" in failed.stderr and failed.stderr.count("\n") == 1
    assert sorted(p.name for p in backups.iterdir()) == before, "a partial backup was left"


def test_a_backup_into_a_read_only_folder_leaves_no_file(filled: Path) -> None:
    backups = filled / "backups"
    backups.mkdir(exist_ok=True)
    before = sorted(p.name for p in backups.iterdir())
    with read_only(backups):
        failed = run_limited(1 << 40, filled, ["backup"])
    assert failed.returncode == 2, (failed.stdout, failed.stderr)
    assert sorted(p.name for p in backups.iterdir()) == before
