"""Privacy on disk: private files whatever the umask, and deleted text really gone after a purge."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from quadrant.app import Database
from quadrant.cli import main as cli_main
from quadrant.domain.errors import StorageError, ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.interop.atomic import write_atomically
from quadrant.interop.ical import export_ics
from quadrant.logging_setup import configure_logging, stop_logging
from quadrant.paths import resolve_paths
from quadrant.services import tasks
from quadrant.services.clock import utc_now
from quadrant.services.replies import SentReply, send_reply
from quadrant.services.transfer import tasks_to_export
from quadrant.store.backups import take_backup
from quadrant.ui.single_instance import SingleInstance
from tests.reliability.conftest import Store, locked_by_another_process, open_store

CANARY = "Kanarie-7f3a9c"
"""Text that appears nowhere else: in the files means not deleted."""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The loosest umask: whatever is private below is private by the code, not by luck."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.mark.usefixtures("open_umask")
def test_every_file_with_user_data_is_private_whatever_the_umask(
    tmp_path: Path, qapp: object
) -> None:
    paths = resolve_paths(tmp_path / "data")
    database = Database(paths)  # creates, migrates (with a backup first)
    uow = database.unit_of_work
    tasks.capture(uow(), "Private", quadrant=Quadrant.DO, notes="about my manager")
    take_backup(paths.database, paths.backups, "manual")
    export = tmp_path / "exports" / "tasks.ics"
    export.parent.mkdir()
    write_atomically(export, export_ics(tasks_to_export(uow())))
    log_file = configure_logging(paths.logs)
    logging.getLogger("quadrant.test").info("task %d saved", 1)
    stop_logging()
    instance = SingleInstance(paths.data)
    assert instance.claim()
    try:
        folders = [paths.data, paths.backups, paths.logs, paths.config]
        files = [paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm"),
                 *paths.backups.iterdir(), export, log_file, instance.lock_path]  # fmt: skip
        assert list(paths.backups.iterdir()), "the manual backup"
        assert {str(f): oct(mode(f)) for f in folders if mode(f) != 0o700} == {}
        assert {str(f): oct(mode(f)) for f in files if mode(f) != 0o600} == {}
    finally:
        instance.release()
        database.close()


def test_every_connection_has_secure_delete_on(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def canary_counts(folder: Path) -> dict[str, int]:
    """How often the canary's bytes occur in each database file (UTF-8, as SQLite stores it)."""
    needle = CANARY.encode()
    return {p.name: p.read_bytes().count(needle) for p in sorted(folder.iterdir()) if p.is_file()}


def leave_traces(store: Store) -> int:
    """A task whose text is everywhere: title, long notes (overflow pages), a log note, a reply."""
    task = tasks.capture(store.uow(), f"Title {CANARY}", quadrant=Quadrant.DO,
                         notes=f"Notes {CANARY} " * 700, requester_name="Anne")  # fmt: skip
    assert task.id is not None
    tasks.move(store.uow(), task.id, Quadrant.PLAN, note=f"moved {CANARY}")
    tasks.edit(store.uow(), task.id, title=f"Edited {CANARY}", notes=f"Short {CANARY}",
               requester_name="Anne", due_at=None, quadrant=Quadrant.PLAN,
               effort_minutes=None)  # fmt: skip
    send_reply(store.uow(), SentReply(task.id, ReplyKind.DECLINE, Tone.WARM, Language.EN,
                                      subject=f"Re {CANARY}", body=f"Sorry {CANARY}"))  # fmt: skip
    tasks.delete(store.uow(), task.id)
    return task.id


@pytest.mark.parametrize("where", ["in the WAL", "checkpointed into the database"])
def test_a_purged_task_leaves_no_trace_of_its_text_in_the_files(tmp_path: Path, where: str) -> None:
    store = open_store(tmp_path / "data")
    try:
        kept = tasks.capture(store.uow(), "Kept", quadrant=Quadrant.DO, notes="stays")
        leave_traces(store)
        if where == "checkpointed into the database":
            store.engine.dispose()  # closing checkpoints the WAL into the main file
        assert sum(canary_counts(store.path.parent).values()) > 0, "the test must see the text"
        assert tasks.purge_deleted(store.uow()) == 1
        assert canary_counts(store.path.parent) == {
            "quadrant.sqlite3": 0, "quadrant.sqlite3-shm": 0, "quadrant.sqlite3-wal": 0,
        }  # fmt: skip
        assert Path(f"{store.path}-wal").stat().st_size == 0
        assert [t.title for t in tasks.matrix_tasks(store.uow())] == [kept.title]
        assert store.rows("SELECT count(*) FROM reply") == [(0,)]
        assert store.rows("SELECT name FROM requester") == [("Anne",)], "requesters stay"
    finally:
        store.engine.dispose()


def test_purge_takes_only_tasks_deleted_long_enough_ago(store: Store) -> None:
    now = utc_now()
    old = tasks.capture(store.uow(), "Deleted long ago", quadrant=Quadrant.DO)
    recent = tasks.capture(store.uow(), "Deleted yesterday", quadrant=Quadrant.DO)
    alive = tasks.capture(store.uow(), "Not deleted", quadrant=Quadrant.DO)
    assert old.id and recent.id and alive.id
    tasks.delete(store.uow(), old.id, now=now - timedelta(days=40))
    tasks.delete(store.uow(), recent.id, now=now - timedelta(days=1))
    assert tasks.purge_deleted(store.uow(), timedelta(days=30), now=now) == 1
    assert [row[0] for row in store.rows("SELECT title FROM task ORDER BY id")] == [
        "Deleted yesterday", "Not deleted",
    ]  # fmt: skip
    tasks.restore(store.uow(), recent.id)  # a task in the bin can still come back
    with pytest.raises(ValidationError):
        tasks.purge_deleted(store.uow(), timedelta(days=-1))


def test_a_purge_that_cannot_commit_removes_nothing(store: Store) -> None:
    task = tasks.capture(store.uow(), "In the bin", quadrant=Quadrant.DO)
    assert task.id is not None
    tasks.delete(store.uow(), task.id)
    before = store.dump()
    with locked_by_another_process(store.path), pytest.raises(StorageError):
        tasks.purge_deleted(store.uow())
    assert store.dump() == before


def test_cli_empty_trash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert cli_main(["--data-dir", str(data), "empty-trash"]) == 2, "no data yet: an error"
    store = open_store(data)
    task = tasks.capture(store.uow(), f"Gone {CANARY}", quadrant=Quadrant.DO)
    assert task.id is not None
    tasks.delete(store.uow(), task.id)
    store.engine.dispose()
    try:
        assert cli_main(["--data-dir", str(data), "empty-trash", "--older-than-days", "0"]) == 0
        with pytest.raises(SystemExit) as refused:
            cli_main(["--data-dir", str(data), "empty-trash", "--older-than-days", "-3"])
        assert refused.value.code == 2
    finally:
        stop_logging()
    assert "Removed 1 deleted task for good." in capsys.readouterr().out
    assert canary_counts(data)["quadrant.sqlite3"] == 0
