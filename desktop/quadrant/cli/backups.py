"""Keeping the data safe: ``backup``, ``check``, ``list-backups`` and ``restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quadrant.cli.common import Commands, require_data
from quadrant.cli.speech import CommandLine, wording_text
from quadrant.cli.transfer import command
from quadrant.domain.errors import QT_TRANSLATE_NOOP
from quadrant.paths import AppPaths


def add_commands(commands: Commands) -> None:
    """Register ``backup``, ``check``, ``list-backups`` and ``restore``."""
    command(commands, "backup", "take a verified backup now", cmd_backup)
    command(commands, "check", "check the database (exit status 1 if damaged)", cmd_check)
    command(commands, "list-backups", "list the backups with their task counts", cmd_list_backups)
    restore = command(
        commands, "restore", "restore a backup (a damaged database is kept aside)", cmd_restore
    )
    restore.add_argument("backup", metavar="BACKUP", help="a backup file, its name, or 'newest'")


def cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    """Take a backup now, verify it, and let the rotation drop old ones."""
    from quadrant.store.backups import rotate_backups, take_backup

    require_data(paths)
    backup = take_backup(paths.database, paths.backups, "manual")
    rotate_backups(paths.backups)
    print(CommandLine.tr("Backup written and verified: {path}", path=backup))
    return 0


def cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    """Check the database; status 1 (not 2) when it is damaged, with what is wrong."""
    from quadrant.store.backups import check_findings

    problems = check_findings(paths.database)
    for problem in problems:
        print(wording_text(problem.template, problem.params))
    if problems:
        damaged = CommandLine.tr(
            "{database} is damaged; see 'quadrant restore --help'.", database=paths.database
        )
        print(damaged, file=sys.stderr)
        return 1
    print(CommandLine.tr("{database}: ok", database=paths.database))
    return 0


def cmd_list_backups(args: argparse.Namespace, paths: AppPaths) -> int:
    """One line per backup, newest first: when, how many tasks, why, which file."""
    from quadrant.store.backups import describe_backup, list_backups

    for path in list_backups(paths.backups):
        info = describe_backup(path)
        if info.task_count is None:
            count = CommandLine.tr("unreadable")
        elif info.task_count == 1:
            count = CommandLine.tr("{count} task", count=1)
        else:
            count = CommandLine.tr("{count} tasks", count=info.task_count)
        taken = f"{info.taken_at.astimezone():%Y-%m-%d %H:%M}"
        print(f"{taken}  {count:>12}  {info.reason:<15} {path.name}")
    return 0


def cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    """Put a backup back; a damaged database is first moved aside, never deleted."""
    from quadrant.domain.errors import StorageError
    from quadrant.store.backups import list_backups, quarantine_corrupt, quick_check, restore_backup

    chosen = Path(args.backup)
    if args.backup == "newest":
        newest = list_backups(paths.backups)
        if not newest:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "There are no backups in {folder}."),
                params={"folder": paths.backups},
            )
        chosen = newest[0]
    elif not chosen.is_file() and (paths.backups / args.backup).is_file():
        chosen = paths.backups / args.backup
    if not chosen.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "There is no backup {name}."), params={"name": args.backup}
        )
    if paths.database.is_file() and quick_check(paths.database) != "ok":
        moved = quarantine_corrupt(paths.database)
        print(CommandLine.tr("The damaged database was kept aside as {name}", name=moved.name))
    paths.create()
    restore_backup(chosen, paths.database, safety_folder=paths.backups)
    print(
        CommandLine.tr("Restored {backup} into {database}",
                       backup=chosen.name, database=paths.database)
    )  # fmt: skip
    return 0
