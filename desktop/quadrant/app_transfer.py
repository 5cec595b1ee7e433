"""Wiring for tasks in and out and for the backups: the store behind the UI's ports.

app.py stays the one bootstrap; this module is its annex for issue 6, so the
start-up function grows by a few lines only. It may import everything (as
app.py and cli.py may): it implements ``ui.backup_port.Backups`` and
``Snapshots`` with ``store.backups``, ``store.snapshot_io`` and
``store.snapshot_restore``, and installs the menus and the start-up check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quadrant.paths import AppPaths

if TYPE_CHECKING:
    from quadrant.app import Database
    from quadrant.ui.backup_port import BackupEntry
    from quadrant.ui.main_window import MainWindow
    from quadrant.ui.startup_check import StartupGuard
    from quadrant.ui.transfer_actions import TransferActions

log = logging.getLogger(__name__)


class StoreBackups:
    """``ui.backup_port.Backups`` on the data folder's database and backup folder."""

    def __init__(self, paths: AppPaths, close_database: Callable[[], None]) -> None:
        self._paths = paths
        self._close_database = close_database

    def back_up_now(self) -> Path:
        from quadrant.store.backups import rotate_backups, take_backup

        backup = take_backup(self._paths.database, self._paths.backups, "manual")
        rotate_backups(self._paths.backups)
        return backup

    def back_up_before(self, reason: str) -> Path | None:
        from quadrant.store.backups import rotate_backups, take_backup
        from quadrant.store.snapshot_io import holds_data

        if not holds_data(self._paths.database):
            return None
        backup = take_backup(self._paths.database, self._paths.backups, reason)
        rotate_backups(self._paths.backups)
        return backup

    def back_up_if_changed(self, reason: str) -> Path | None:
        from quadrant.store.backups import backup_if_needed

        return backup_if_needed(self._paths.database, self._paths.backups, reason)

    def entries(self) -> list[BackupEntry]:
        from quadrant.store.backups import describe_backup, list_backups
        from quadrant.ui.backup_port import BackupEntry

        described = (describe_backup(path) for path in list_backups(self._paths.backups))
        return [BackupEntry(i.path, i.taken_at, i.reason, i.task_count) for i in described]

    def restore(self, backup: Path) -> None:
        from quadrant.store.backups import quarantine_corrupt, quick_check, restore_backup

        self._close_database()
        database = self._paths.database
        if database.is_file() and quick_check(database) != "ok":
            kept = quarantine_corrupt(database)
            log.warning("the damaged database was set aside: %s", kept)
        self._paths.create()
        restore_backup(backup, database, safety_folder=self._paths.backups)
        log.info("backup restored: %s", backup)

    def check(self) -> str:
        from quadrant.store.backups import quick_check

        if not self._paths.database.is_file():
            return "ok"  # a first start: nothing to check yet
        return quick_check(self._paths.database)

    def set_aside_damaged(self) -> Path:
        from quadrant.store.backups import quarantine_corrupt

        self._close_database()
        kept = quarantine_corrupt(self._paths.database)
        log.warning("the damaged database was set aside: %s", kept)
        return kept


class StoreSnapshots:
    """``ui.backup_port.Snapshots``: the full JSON snapshot of the app's database."""

    def __init__(self, paths: AppPaths, close_database: Callable[[], None]) -> None:
        self._paths = paths
        self._close_database = close_database

    def export_everything(self, target: Path) -> int:
        from quadrant import __version__
        from quadrant.domain.errors import QT_TRANSLATE_NOOP, StorageError
        from quadrant.interop.atomic import check_target, write_atomically
        from quadrant.interop.snapshot import Snapshot, TableData, encode_snapshot
        from quadrant.store.snapshot_io import dump_tables

        check_target(target)
        revision, tables = dump_tables(self._paths.database)
        if revision is None:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "{path} is not a Quadrant database."),
                params={"path": self._paths.database},
            )
        snapshot = Snapshot(
            schema_revision=revision,
            created_at=datetime.now(UTC),
            app_version=__version__,
            tables={name: TableData(columns, rows) for name, (columns, rows) in tables.items()},
        )
        write_atomically(target, encode_snapshot(snapshot))
        return sum(len(rows) for _columns, rows in tables.values())

    def holds_data(self) -> bool:
        from quadrant.store.snapshot_restore import tables_with_data

        return bool(tables_with_data(self._paths.database))

    def restore_snapshot(self, data: bytes) -> int:
        from quadrant.interop.snapshot import decode_snapshot
        from quadrant.store.snapshot_restore import rebuild_from_snapshot

        snapshot = decode_snapshot(data)
        tables = {name: (t.columns, list(t.rows)) for name, t in snapshot.tables.items()}
        self._close_database()
        rebuild_from_snapshot(
            self._paths.database, snapshot.schema_revision, tables, self._paths.backups
        )
        return sum(len(t.rows) for t in snapshot.tables.values())


@dataclass(frozen=True, slots=True)
class Transfer:
    """What app.py holds on to: the menus (with the backup timer) and the start-up check."""

    actions: TransferActions
    guard: StartupGuard

    def start(self) -> None:
        """Once start-up is done: automatic backups."""
        self.actions.start()


def install_transfer(
    window: MainWindow,
    paths: AppPaths,
    database: Database,
    resume: Callable[[], None],
    give_up: Callable[[Exception], None],
) -> Transfer:
    """The import/export/backup menus and the start-up damage check for ``window``.

    Args:
        window: the main window.
        paths: the data folder.
        database: the app's database, closed before a restore replaces the file.
        resume: runs start-up again after a damaged database was replaced by a backup.
        give_up: ends start-up with a message when the user restores nothing.
    """
    from quadrant.ui.startup_check import StartupGuard
    from quadrant.ui.transfer_actions import install_transfer_actions

    backups = StoreBackups(paths, database.close)
    actions = install_transfer_actions(window, backups, StoreSnapshots(paths, database.close))
    return Transfer(actions, StartupGuard(window, backups, resume, give_up))
