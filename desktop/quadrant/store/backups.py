"""Online backups through SQLite's backup API, never a file copy; checks, rotation, restore.

A file copy of a live WAL database can miss committed pages; the backup API
copies a consistent snapshot while the app keeps working. Every backup is
verified (``PRAGMA integrity_check``) before it takes its name, and is
private to the user (0600).

When: at start if the data changed since the newest backup, every 30 minutes
while it keeps changing, and before every import, migration and restore
(the callers decide; ``backup_if_needed`` does the common part). Rotation
keeps the newest 10, the newest of each of the last 14 days and the newest
of each of the last 12 weeks.

A damaged database is never opened for writing: ``quick_check`` finds it,
``quarantine_corrupt`` moves it aside as ``*.corrupt-<stamp>`` (with its WAL
and shared-memory files), and ``restore_backup`` brings a verified backup back.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from quadrant.domain.errors import QT_TRANSLATE_NOOP, StorageError
from quadrant.domain.wording import Wording

BACKUP_SUFFIX = ".sqlite3"
KEEP_NEWEST = 10
KEEP_DAILY_DAYS = 14
KEEP_WEEKLY_WEEKS = 12
PRIVATE_FILE_MODE = 0o600

_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^quadrant-(\d{8}T\d{12}Z)-([a-z0-9-]+)" + re.escape(BACKUP_SUFFIX) + "$")
_HEADER_BYTES = 100
"""SQLite's file header: counters and flags that differ between a live file and its backup."""
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What the restore dialog shows about one backup.

    Attributes:
        path: the backup file.
        taken_at: when it was taken (UTC), from its name.
        reason: why ("start", "periodic", "import", "migration", "before-restore", …).
        task_count: tasks in it (deleted ones not counted); None when it cannot be read.
    """

    path: Path
    taken_at: datetime
    reason: str
    task_count: int | None


def backup_name(reason: str, now: datetime | None = None) -> str:
    """A sortable file name: ``quadrant-20261123T061500000000Z-migration.sqlite3``."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP_FORMAT)
    cleaned = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    return f"quadrant-{stamp}-{cleaned}{BACKUP_SUFFIX}"


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    """When and why a backup was taken, from its name; None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)
    return taken, match.group(2)


def take_backup(database: Path, folder: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the live database into ``folder`` and verify the copy.

    The name carries the moment the copy *began*, so a change committed while
    it ran counts as newer than the backup (see ``needs_backup``).

    Returns:
        The path of the verified backup (file mode 0600).

    Raises:
        StorageError: the backup could not be written or did not verify;
            no partial file is left behind.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / backup_name(reason, now)
    partial = target.with_suffix(".partial")
    try:
        descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_RDWR, PRIVATE_FILE_MODE)
        os.close(descriptor)
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            # A copy of a WAL database is a WAL database: opening it later would
            # leave -wal and -shm files beside every backup. A backup is read
            # rarely and never shared, so the rollback journal suits it.
            destination.execute("PRAGMA journal_mode=DELETE")
            verdict = destination.execute("PRAGMA integrity_check").fetchone()
        finally:
            destination.close()
            source.close()
        if verdict is None or verdict[0] != "ok":
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "The backup {name} did not verify."),
                params={"name": target.name},
            )
        os.chmod(partial, PRIVATE_FILE_MODE)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as e:
        partial.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Could not write a backup to {folder}: {reason}"),
            params={"folder": folder, "reason": str(e)},
        ) from e
    except StorageError:
        partial.unlink(missing_ok=True)
        raise
    return target


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"quadrant-*{BACKUP_SUFFIX}") if parse_backup_name(p)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_if_needed(
    database: Path, folder: Path, reason: str, now: datetime | None = None
) -> Path | None:
    """Take a backup when the data changed since the newest one, then rotate.

    The start-up and every-30-minutes backups call this; imports, migrations
    and restores call ``take_backup`` directly, changed or not.
    """
    if not needs_backup(database, folder):
        return None
    taken = take_backup(database, folder, reason, now)
    rotate_backups(folder, now)
    return taken


def needs_backup(database: Path, folder: Path) -> bool:
    """Whether the database may hold data the newest backup lacks. Cheap: a few stats.

    Every commit writes the WAL file, so a WAL written since the newest
    backup began means a change. A database file written since (a checkpoint,
    as when the app closed) is compared with the backup page by page, header
    aside: the backup API copies pages as they are, so equal pages mean equal
    data. It may answer "yes" needlessly (an extra backup), never "no" wrongly.
    """
    if not database.is_file():
        return False
    backups = list_backups(folder)
    if not backups:
        return True
    newest = backups[0]
    parsed = parse_backup_name(newest)
    assert parsed is not None
    began = parsed[0].timestamp()
    wal = database.with_name(database.name + "-wal")
    wal_has_frames = wal.is_file() and wal.stat().st_size > 0
    if wal_has_frames and wal.stat().st_mtime >= began:
        return True
    if database.stat().st_mtime < began:
        return False
    return wal_has_frames or not _same_pages(database, newest)


def _same_pages(database: Path, backup: Path) -> bool:
    """Whether two database files hold the same pages, ignoring the 100-byte header."""
    try:
        if database.stat().st_size != backup.stat().st_size:
            return False
        with database.open("rb") as left, backup.open("rb") as right:
            left.seek(_HEADER_BYTES)
            right.seek(_HEADER_BYTES)
            while True:
                a, b = left.read(_CHUNK), right.read(_CHUNK)
                if a != b:
                    return False
                if not a:
                    return True
    except OSError:
        return False


def backups_to_keep(taken: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup moments rotation keeps: the newest 10, one a day, one a week.

    For each of the last 14 calendar days (UTC) and each of the last 12 ISO
    weeks, the newest backup taken in it is kept. The newest backup is
    always kept, however old.
    """
    moments = sorted(set(taken), reverse=True)
    keep = set(moments[:KEEP_NEWEST])
    today = now.astimezone(UTC).date()
    days = {today - timedelta(days=n) for n in range(KEEP_DAILY_DAYS)}
    weeks = {_week_of(today - timedelta(weeks=n)) for n in range(KEEP_WEEKLY_WEEKS)}
    seen_days: set[date] = set()
    seen_weeks: set[tuple[int, int]] = set()
    for moment in moments:  # newest first: the first one seen in a day or week is its newest
        day = moment.astimezone(UTC).date()
        if day in days and day not in seen_days:
            seen_days.add(day)
            keep.add(moment)
        week = _week_of(day)
        if week in weeks and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(moment)
    return keep


def _week_of(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def rotate_backups(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups rotation does not keep; returns the deleted paths.

    Files whose names are not Quadrant backup names are never touched.
    """
    now = now or datetime.now(UTC)
    dated = {
        path: parsed[0] for path in list_backups(folder) if (parsed := parse_backup_name(path))
    }
    keep = backups_to_keep(dated.values(), now)
    deleted = []
    for path, taken in dated.items():
        if taken not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                deleted.append(path)
    return deleted


def quick_check(path: Path) -> str:
    """SQLite's quick verdict on a database file: "ok", or what is wrong with it.

    Never raises for a damaged file (that is the answer, not an error); a
    file that is not a database at all is damaged too.

    Raises:
        StorageError: there is no file at ``path``.
    """
    return _pragma_check(path, "PRAGMA quick_check")


def full_check(path: Path) -> list[str]:
    """Every problem ``PRAGMA integrity_check`` and ``foreign_key_check`` find; empty when sound."""
    return [str(finding) for finding in check_findings(path)]


_UNREADABLE_DATABASE = QT_TRANSLATE_NOOP("errors", "the file cannot be read as a database")
_NO_ANSWER = QT_TRANSLATE_NOOP("errors", "no answer from the check")
_SQLITE_FINDING = QT_TRANSLATE_NOOP("errors", "SQLite reports: {finding}")
_MISSING_ROW = QT_TRANSLATE_NOOP(
    "errors", "row {row} of {table} refers to a missing row in {parent}"
)


def check_findings(path: Path) -> list[Wording]:
    """What ``full_check`` finds, as words the command line says in the user's language.

    SQLite's own findings have no translation: they are quoted, introduced as
    SQLite's, so that a reader of another language knows why they are English.
    """
    verdict = _pragma_check(path, "PRAGMA integrity_check")
    if verdict != "ok":
        return [_finding(line) for line in verdict.splitlines()]
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error as e:
        return [Wording(_SQLITE_FINDING, {"finding": str(e)})]
    finally:
        connection.close()
    return [
        Wording(_MISSING_ROW, {"row": row[1], "table": row[0], "parent": row[2]}) for row in rows
    ]


def _finding(line: str) -> Wording:
    """One line of a check's verdict: Quadrant's own words, or SQLite's quoted."""
    if line == _UNREADABLE_DATABASE:
        return Wording(_UNREADABLE_DATABASE)
    if line == _NO_ANSWER:
        return Wording(_NO_ANSWER)
    return Wording(_SQLITE_FINDING, {"finding": line})


def _pragma_check(path: Path, pragma: str) -> str:
    if not path.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "There is no database at {path}."), params={"path": path}
        )
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute(pragma).fetchall()
        finally:
            connection.close()
    except sqlite3.Error as e:
        return str(e) or _UNREADABLE_DATABASE
    return "\n".join(str(row[0]) for row in rows) or _NO_ANSWER


def quarantine_corrupt(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged database and its -wal and -shm files aside as ``*.corrupt-<stamp>``.

    The damaged file is kept, never deleted: it may still hold something a
    specialist can rescue. Afterwards nothing is left at ``path``, so a
    restore or a fresh start cannot mix with the damaged WAL.

    Returns:
        The new path of the damaged database file.

    Raises:
        StorageError: a file could not be moved.
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    moved = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            try:
                os.replace(source, source.with_name(f"{source.name}.corrupt-{stamp}"))
            except OSError as e:
                raise StorageError(
                    QT_TRANSLATE_NOOP("errors", "Cannot move the damaged {name} aside: {reason}"),
                    params={"name": source.name, "reason": str(e)},
                ) from e
    return moved


def restore_backup(backup: Path, database: Path, safety_folder: Path | None = None) -> None:
    """Bring a backup back as the database, through the backup API.

    The backup is checked first; a sound current database is backed up into
    ``safety_folder`` ("before-restore") so a restore can itself be undone.
    A damaged current database should be quarantined before.

    Raises:
        StorageError: the backup is damaged or missing, or writing failed.
    """
    verdict = quick_check(backup)
    if verdict != "ok":
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The backup {name} is damaged: {reason}"),
            params={"name": backup.name, "reason": verdict.splitlines()[0]},
        )
    if safety_folder is not None and database.is_file() and quick_check(database) == "ok":
        take_backup(database, safety_folder, "before-restore")
    try:
        database.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(database, os.O_CREAT | os.O_RDWR, PRIVATE_FILE_MODE))
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        target = sqlite3.connect(database, timeout=10)
        try:
            source.backup(target)
            verdict = target.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            target.close()
            source.close()
    except (OSError, sqlite3.Error) as e:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Could not restore {name}: {reason}"),
            params={"name": backup.name, "reason": str(e)},
        ) from e
    if verdict != "ok":
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The restored database did not verify: {reason}"),
            params={"reason": verdict},
        )


def describe_backup(path: Path) -> BackupInfo:
    """A backup's date, reason and task count, for choosing one to restore."""
    parsed = parse_backup_name(path)
    taken, reason = parsed if parsed else (datetime.fromtimestamp(0, UTC), "unknown")
    count: int | None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT count(*) FROM task WHERE deleted_at IS NULL")
            count = int(row.fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        count = None
    return BackupInfo(path, taken, reason, count)
