"""The automatic backups: one at start when the data changed, then every 30 minutes while it does.

The timer's slot is called directly (no waiting half an hour); the backup
itself runs for real, in a worker, against a real database.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from quadrant.app_transfer import StoreBackups
from quadrant.domain.errors import StorageError
from quadrant.domain.matrix import Quadrant
from quadrant.paths import AppPaths, resolve_paths
from quadrant.services import tasks as task_service
from quadrant.store.backups import list_backups, parse_backup_name
from quadrant.store.unit_of_work import SqlUnitOfWork
from quadrant.ui.backup_port import BackupEntry
from quadrant.ui.backup_timer import PERIOD_MS, BackupScheduler

WAIT_MS = 10_000


@pytest.fixture
def paths(data_dir: Path, engine: Engine) -> AppPaths:
    task_service.capture(SqlUnitOfWork(engine), "Board pack", quadrant=Quadrant.DO)
    return resolve_paths(data_dir)


@pytest.fixture
def scheduler(qtbot: QtBot, paths: AppPaths) -> BackupScheduler:
    return BackupScheduler(StoreBackups(paths, lambda: None))


def run(qtbot: QtBot, scheduler: BackupScheduler, slot: str) -> Path | None:
    """Call a timer slot and wait for the worker's backup; returns what it wrote."""
    with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS) as finished:
        getattr(scheduler, slot)()
    result = finished.args[0]
    assert result is None or isinstance(result, Path)
    return result


def reasons(paths: AppPaths) -> list[str]:
    return [parsed[1] for p in list_backups(paths.backups) if (parsed := parse_backup_name(p))]


def test_the_start_backup_is_taken_when_there_is_none_yet(
    qtbot: QtBot, scheduler: BackupScheduler, paths: AppPaths
) -> None:
    taken = run(qtbot, scheduler, "_on_start_delay_elapsed")
    assert taken is not None and taken.is_file()
    assert reasons(paths) == ["start"]


def test_no_change_means_no_new_backup(
    qtbot: QtBot, scheduler: BackupScheduler, paths: AppPaths
) -> None:
    run(qtbot, scheduler, "_on_start_delay_elapsed")
    assert run(qtbot, scheduler, "_on_timer_timeout") is None
    assert reasons(paths) == ["start"]


def test_a_change_since_the_last_backup_gets_a_periodic_one(
    qtbot: QtBot, scheduler: BackupScheduler, paths: AppPaths, engine: Engine
) -> None:
    run(qtbot, scheduler, "_on_start_delay_elapsed")
    task_service.capture(SqlUnitOfWork(engine), "Travel to Brussels", quadrant=Quadrant.PLAN)
    taken = run(qtbot, scheduler, "_on_timer_timeout")
    assert taken is not None
    assert reasons(paths) == ["periodic", "start"]
    assert run(qtbot, scheduler, "_on_timer_timeout") is None, "and then quiet again"


def test_the_timer_runs_every_half_hour_once_started(scheduler: BackupScheduler) -> None:
    assert not scheduler.timer.isActive()
    scheduler.start()
    assert scheduler.timer.isActive()
    assert scheduler.timer.interval() == PERIOD_MS == 30 * 60 * 1000
    scheduler.stop()
    assert not scheduler.timer.isActive()


def test_a_backup_still_running_is_not_started_twice(
    qtbot: QtBot, scheduler: BackupScheduler
) -> None:
    with qtbot.waitSignal(scheduler.finished, timeout=WAIT_MS):
        assert scheduler.run("periodic")
        assert not scheduler.run("periodic")
    assert not scheduler.running


class FailingBackups:
    """Backups on a full disk."""

    def back_up_if_changed(self, reason: str) -> Path | None:
        raise StorageError("Could not write a backup to /backups: No space left on device")

    def back_up_now(self) -> Path:
        raise NotImplementedError

    def back_up_before(self, reason: str) -> Path | None:
        raise NotImplementedError

    def entries(self) -> list[BackupEntry]:
        return []

    def restore(self, backup: Path) -> None:
        raise NotImplementedError

    def check(self) -> str:
        return "ok"

    def set_aside_damaged(self) -> Path:
        raise NotImplementedError


def test_a_failed_backup_is_reported_and_tried_again_next_time(qtbot: QtBot) -> None:
    scheduler = BackupScheduler(FailingBackups())
    with qtbot.waitSignal(scheduler.failed, timeout=WAIT_MS) as failed:
        scheduler._on_timer_timeout()
    assert "No space left" in failed.args[0]
    assert not scheduler.running, "the next half hour tries again"
