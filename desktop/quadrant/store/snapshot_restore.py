"""Bringing a snapshot back into the database the app has open (File → Restore from snapshot…).

The command line restores into an empty folder; the app's database exists
already (migrated, perhaps with the welcome screen's settings in it). So the
snapshot is rebuilt beside it in a scratch file — schema at the snapshot's
revision, its rows, then migrated to head — and that file is brought in with
``restore_backup``: through SQLite's backup API, verified, with a safety
backup of what was there. A snapshot that does not load leaves the open
database exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ImportRejected, StorageError
from quadrant.store.backups import restore_backup
from quadrant.store.database import create_database_engine
from quadrant.store.migrate import upgrade_to_head
from quadrant.store.snapshot_io import TableRows, load_tables

PREFERENCE_TABLES = frozenset({"setting", "alembic_version"})
"""Tables a fresh app fills by itself (language, welcome seen): a snapshot may replace them."""

_SCRATCH_SUFFIXES = ("", "-wal", "-shm", "-journal")


def tables_with_data(database: Path) -> list[str]:
    """The tables that hold rows a snapshot would overwrite (preferences aside), by name.

    Raises:
        StorageError: the database cannot be read.
    """
    if not database.is_file() or database.stat().st_size == 0:
        return []
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            names = [
                str(row[0])
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            return [
                name
                for name in names
                if name not in PREFERENCE_TABLES
                and connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone()  # noqa: S608
            ]
        finally:
            connection.close()
    except sqlite3.Error as e:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
            params={"path": database, "reason": str(e)},
        ) from e


def rebuild_from_snapshot(
    database: Path,
    revision: str,
    tables: Mapping[str, TableRows],
    safety_folder: Path,
) -> None:
    """Replace an empty database with the snapshot's tables; the app's engine must be closed.

    Args:
        database: the app's database file.
        revision: the schema revision the snapshot was taken at.
        tables: every table's columns and rows.
        safety_folder: where the current database is backed up first.

    Raises:
        StorageError: the database holds tasks or other data already, or writing failed.
        ImportRejected: the snapshot's schema or rows do not fit this version.
    """
    occupied = tables_with_data(database)
    if occupied:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This data folder already holds data (table {table}); "
                "a snapshot can only be restored into an empty one.",
            ),
            params={"table": occupied[0]},
        )
    scratch = database.with_name(database.name + ".snapshot-restore")
    _remove(scratch)
    try:
        _build(scratch, revision, tables)
        restore_backup(scratch, database, safety_folder)
    finally:
        _remove(scratch)


def _build(scratch: Path, revision: str, tables: Mapping[str, TableRows]) -> None:
    """The snapshot as a complete database at head, in ``scratch``."""
    from alembic.util import CommandError

    engine = create_database_engine(scratch)
    try:
        upgrade_to_head(engine, scratch, revision=revision)
    except CommandError as e:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The snapshot's schema {revision} is unknown to this Quadrant."
            ),
            params={"revision": revision},
        ) from e
    finally:
        engine.dispose()
    load_tables(scratch, tables)
    engine = create_database_engine(scratch)
    try:
        upgrade_to_head(engine, scratch)
    finally:
        engine.dispose()


def _remove(scratch: Path) -> None:
    for suffix in _SCRATCH_SUFFIXES:
        scratch.with_name(scratch.name + suffix).unlink(missing_ok=True)
