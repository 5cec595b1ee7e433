"""Backups the user asks for ("Back up now" in the settings), with their rotation.

Only backups of this kind rotate: a backup taken before a migration is kept
until the user removes it, because it is the way back from a failed upgrade.
"""

from __future__ import annotations

from pathlib import Path

from quadrant.store.backups import BACKUP_SUFFIX, list_backups, take_backup

MANUAL_REASON = "manual"


def back_up_now(database: Path, folder: Path, keep: int) -> Path:
    """Take a verified backup now and keep only the newest ``keep`` manual ones.

    Raises:
        StorageError: the backup could not be written (nothing is rotated then).
    """
    target = take_backup(database, folder, MANUAL_REASON)
    manual = [
        p for p in list_backups(folder) if p.name.endswith(f"-{MANUAL_REASON}{BACKUP_SUFFIX}")
    ]
    for old in manual[max(1, keep) :]:
        old.unlink(missing_ok=True)
    return target
