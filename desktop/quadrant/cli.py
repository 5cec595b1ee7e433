"""The command line: the GUI by default, and headless sub-commands.

Bad arguments give one line on stderr and status 2; a project error gives
one line and status 2 as well (1 where a check found a problem). Never a
traceback.

Adding a sub-command: write ``_cmd_<name>(args) -> int`` and register it in
``_add_subcommands`` with its arguments. Heavy imports stay inside the
command function, so ``quadrant --version`` and the GUI start stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from quadrant import __version__
from quadrant.domain.errors import QuadrantError
from quadrant.paths import DATA_DIR_ENV, AppPaths, resolve_paths


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, global options first."""
    parser = _Parser(
        prog="quadrant",
        description="Prioritise, say no kindly, and reflect on your week.",
    )
    parser.add_argument("--version", action="version", version=f"quadrant {__version__}")
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
    _add_subcommands(parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser))
    return parser


def _add_subcommands(commands: argparse._SubParsersAction[_Parser]) -> None:
    demo = commands.add_parser("demo", help="fill an empty store with an example week")
    demo.add_argument("--force", action="store_true", help="add it even if the store has tasks")
    demo.add_argument(
        "--language", choices=("en", "nl"), default="en", help="language of the texts"
    )
    demo.set_defaults(handler=_cmd_demo)
    _add_export_week(commands)


def main(argv: Sequence[str] | None = None) -> int:
    """Run Quadrant; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(arguments)
    paths = resolve_paths(args.data_dir)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from quadrant.app import run_gui

            return run_gui(paths, screenshot=args.screenshot, argv=[sys.argv[0], *arguments])
        status: int = handler(args, paths)
        return status
    except QuadrantError as e:
        print(f"quadrant: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from quadrant.app import Database
    from quadrant.services.demo import fill_demo

    database = Database(paths)
    try:
        added = fill_demo(database.unit_of_work, language=args.language, force=args.force)
    finally:
        database.close()
    print(f"Added the example week: {added} tasks in {paths.data}")
    return 0


_WEEK_STARTS = {"monday": 0, "saturday": 5, "sunday": 6}


def _add_export_week(commands: argparse._SubParsersAction[_Parser]) -> None:
    export = commands.add_parser(
        "export-week", help="write a week's reflection or value report to a file"
    )
    export.add_argument("--week", required=True, metavar="YYYY-Www", help="the ISO week, 2026-W47")
    export.add_argument("--format", required=True, choices=("md", "html", "csv", "pdf"))
    export.add_argument("--variant", choices=("reflection", "value"), default="reflection")
    export.add_argument("--output", required=True, metavar="FILE", type=Path)
    export.add_argument("--language", choices=("en", "nl"), default="en")
    export.add_argument("--week-start", choices=tuple(_WEEK_STARTS), default="monday")
    export.add_argument(
        "--hide-names", action="store_true", help="value report: leave out other requesters' names"
    )
    export.add_argument("--for", dest="for_requester", metavar="NAME", help="the report's reader")
    # SUPPRESS: given after the sub-command it wins, and it never hides the global --data-dir.
    export.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    export.set_defaults(handler=_cmd_export_week)


def _cmd_export_week(args: argparse.Namespace, paths: AppPaths) -> int:
    from quadrant.app import Database
    from quadrant.domain.errors import StorageError
    from quadrant.interop.report import ReportOptions, Variant
    from quadrant.interop.week_export import ExportFormat, export_week, prepare_export

    export_format = ExportFormat(args.format)
    # PDF needs Qt: the GUI part passes ui.pdf's renderer here once it exists.
    week, output = prepare_export(args.week, args.output, export_format)
    if not paths.database.is_file():
        raise StorageError(f"There is no Quadrant data in {paths.data}.")
    options = ReportOptions(
        variant=Variant(args.variant),
        language=args.language,
        hide_other_names=args.hide_names,
        for_requester=args.for_requester,
    )
    database = Database(paths)
    try:
        written = export_week(
            database.unit_of_work(),
            week,
            output,
            export_format,
            options,
            week_start=_WEEK_STARTS[args.week_start],
        )
    finally:
        database.close()
    print(f"Wrote week {week} ({args.format}, {args.variant}) to {written}")
    return 0
