"""The whole command line: global options, then each group's sub-commands.

Adding a sub-command: write ``cmd_<name>(args, paths) -> int`` in the module
of its group (or a new one), register it in that module's ``add_commands``,
and call that from :func:`build_parser`. Heavy imports stay inside the
command function, so ``quadrant --version``, ``--help`` and the GUI start
stay fast. Printed texts go through ``CommandLine.tr`` (cli.speech).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import quadrant
from quadrant.cli import backups, packs, reflection, tasks, transfer
from quadrant.cli.common import Parser
from quadrant.paths import DATA_DIR_ENV


class _VersionAction(argparse.Action):
    """--version, reading the version only when asked (see quadrant.__getattr__)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version and exit")  # fmt: skip

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"quadrant {quadrant.__version__}")  # to stdout, as argparse's own action does
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, global options first."""
    parser = Parser(
        prog="quadrant",
        description="Prioritise, say no kindly, and reflect on your week.",
        epilog="The command line speaks the language chosen in Quadrant's settings, "
        "else the system's; QUADRANT_LANGUAGE=nl or =en chooses one.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep all data in DIR (also ${DATA_DIR_ENV}); default: the platform's data folder",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help="start, save the populated main window to FILE.png, and quit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    tasks.add_commands(commands)
    reflection.add_commands(commands)
    transfer.add_commands(commands)
    backups.add_commands(commands)
    packs.add_commands(commands)  # after transfer: it adds --replace to `import`
    return parser
