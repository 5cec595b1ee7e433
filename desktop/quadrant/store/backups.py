"""Online backups through SQLite's backup API, never a file copy.

A file copy of a live WAL database can miss committed pages; the backup API
copies a consistent snapshot while the app keeps working.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from quadrant.domain.errors import StorageError

BACKUP_SUFFIX = ".sqlite3"


def backup_name(reason: str, now: datetime | None = None) -> str:
    """A sortable file name: ``quadrant-20261123T061500Z-migration.sqlite3``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"quadrant-{stamp}-{reason}{BACKUP_SUFFIX}"


def take_backup(database: Path, folder: Path, reason: str) -> Path:
    """Copy the live database into ``folder`` and verify the copy.

    Returns:
        The path of the verified backup (file mode 0600).

    Raises:
        StorageError: the backup could not be written or did not verify;
            no partial file is left behind.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / backup_name(reason)
    partial = target.with_suffix(".partial")
    try:
        descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
        os.close(descriptor)
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            verdict = destination.execute("PRAGMA integrity_check").fetchone()
        finally:
            destination.close()
            source.close()
        if verdict is None or verdict[0] != "ok":
            raise StorageError(f"The backup {target.name} did not verify.")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as e:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Could not write a backup to {folder}: {e}") from e
    except StorageError:
        partial.unlink(missing_ok=True)
        raise
    return target


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"quadrant-*{BACKUP_SUFFIX}"), reverse=True)
