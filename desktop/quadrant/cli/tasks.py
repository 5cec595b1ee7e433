"""Sub-commands on the tasks themselves: ``demo`` and ``empty-trash``."""

from __future__ import annotations

import argparse

from quadrant.cli.common import Commands, require_data
from quadrant.cli.speech import CommandLine
from quadrant.paths import AppPaths


def add_commands(commands: Commands) -> None:
    """Register ``demo`` and ``empty-trash``."""
    demo = commands.add_parser("demo", help="fill an empty store with an example week")
    demo.add_argument("--force", action="store_true", help="add it even if the store has tasks")
    demo.add_argument(
        "--language", choices=("en", "nl"), default="en", help="language of the texts"
    )
    demo.set_defaults(handler=cmd_demo)
    trash = commands.add_parser(
        "empty-trash", help="remove deleted tasks for good: their text, history and replies"
    )
    trash.add_argument(
        "--older-than-days", type=days, default=0, metavar="N",
        help="only tasks deleted at least N days ago (default: all deleted tasks)",
    )  # fmt: skip
    trash.set_defaults(handler=cmd_empty_trash)


def cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    """Fill the store with the example week (in ``--language``, whatever the CLI speaks)."""
    from quadrant.app import Database
    from quadrant.services.demo import fill_demo

    database = Database(paths)
    try:
        added = fill_demo(database.unit_of_work, language=args.language, force=args.force)
    finally:
        database.close()
    print(
        CommandLine.tr("Added the example week: {count} tasks in {folder}",
                       count=added, folder=paths.data)
    )  # fmt: skip
    return 0


def days(text: str) -> int:
    """A number of days from 0 to a century (argparse type)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if not 0 <= number <= 36_500:
        raise argparse.ArgumentTypeError("the number of days must be between 0 and 36500")
    return number


def cmd_empty_trash(args: argparse.Namespace, paths: AppPaths) -> int:
    """Remove deleted tasks for good, optionally only those deleted long enough ago."""
    from datetime import timedelta

    from quadrant.app import Database
    from quadrant.services.tasks import purge_deleted

    require_data(paths)
    database = Database(paths)
    try:
        purged = purge_deleted(database.unit_of_work(), timedelta(days=args.older_than_days))
    finally:
        database.close()
    if purged == 1:
        print(CommandLine.tr("Removed {count} deleted task for good.", count=purged))
    else:
        print(CommandLine.tr("Removed {count} deleted tasks for good.", count=purged))
    return 0
