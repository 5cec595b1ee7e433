"""What the UI may ask of the data folder: backups, checks, restores and snapshots.

The UI may not import the store, yet its menus back up, restore and check
the database. These Protocols say what it needs; ``quadrant/app_transfer.py``
implements them with ``store.backups`` and ``store.snapshot_io``, and tests
can implement them with anything. Every method may raise a
``QuadrantError`` (``StorageError``, ``ImportRejected``) with a message for
the user; none raises anything else on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True, slots=True)
class BackupEntry:
    """One backup as the restore dialog lists it.

    Attributes:
        path: the backup file.
        taken_at: when it was taken (aware, UTC).
        reason: why: "start", "periodic", "import", "migration", "before-restore", "manual".
        task_count: tasks in it, or None when it cannot be read (a damaged backup).
    """

    path: Path
    taken_at: datetime
    reason: str
    task_count: int | None

    @property
    def readable(self) -> bool:
        """Whether the backup could be opened; only readable ones are offered first."""
        return self.task_count is not None


class Backups(Protocol):
    """Backups, the damage check and restores of the one database the app has open."""

    def back_up_now(self) -> Path:
        """A verified backup now (Help → Back up now), then rotation; returns its path."""
        ...

    def back_up_before(self, reason: str) -> Path | None:
        """A verified backup before a risky change (an import), changed or not.

        Returns:
            The backup, or None when there is no data yet to lose.
        """
        ...

    def back_up_if_changed(self, reason: str) -> Path | None:
        """A backup only when the data changed since the newest one (start, every 30 minutes).

        Safe to call from a worker thread: it uses its own connections.
        """
        ...

    def entries(self) -> list[BackupEntry]:
        """Every backup, newest first, with its date and task count."""
        ...

    def restore(self, backup: Path) -> None:
        """Make ``backup`` the database; the current one is backed up first when it is sound.

        A damaged current database is set aside (kept, never deleted). The
        app's connections are closed first and open again on next use.
        """
        ...

    def check(self) -> str:
        """SQLite's quick verdict: "ok" (also when there is no database yet) or the problem.

        Safe to call from a worker thread.
        """
        ...

    def set_aside_damaged(self) -> Path:
        """Move the damaged database (and its WAL) aside as ``*.corrupt-<stamp>``; returns where."""
        ...


class Snapshots(Protocol):
    """The full JSON snapshot: every table out to a file, and back into an empty store."""

    def export_everything(self, target: Path) -> int:
        """Write every table to ``target`` atomically; returns how many rows were written."""
        ...

    def holds_data(self) -> bool:
        """Whether the store holds anything a snapshot would overwrite (settings aside)."""
        ...

    def restore_snapshot(self, data: bytes) -> int:
        """Rebuild the store from a snapshot file's bytes; returns how many rows came back.

        Raises:
            StorageError: the store is not empty.
            ImportRejected: the file is not a snapshot this version can read.
        """
        ...
