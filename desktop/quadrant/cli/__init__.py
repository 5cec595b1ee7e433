"""The command line: the GUI by default, and headless sub-commands.

Bad arguments give one line on stderr and status 2; a project error gives
one line and status 2 as well (1 where a check found a problem). Never a
traceback. Summaries and errors are in the user's language (cli.speech);
argparse's own usage messages and ``--help`` stay English.

The modules: ``parser`` (global options, and where sub-commands are added),
``tasks`` (demo, empty-trash), ``reflection`` (export-week), ``transfer``
(import, exports, snapshots), ``backups`` (backup, check, restore), ``packs``
(template packs and Espanso), ``speech`` (the language and its texts) and
``common`` (the parser class and the data-folder checks).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from quadrant.cli.parser import build_parser
from quadrant.cli.speech import CommandLine, choose_language, error_line
from quadrant.domain.errors import QuadrantError
from quadrant.logging_setup import configure_logging
from quadrant.paths import resolve_paths

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run Quadrant; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(arguments)
    paths = resolve_paths(args.data_dir)
    handler = getattr(args, "handler", None)
    configure_logging(paths.logs)
    try:
        if handler is None:
            from quadrant.app import run_gui

            return run_gui(paths, screenshot=args.screenshot, argv=[sys.argv[0], *arguments])
        CommandLine.speak(choose_language(paths.database))
        status: int = handler(args, paths)
        return status
    except QuadrantError as e:
        print(error_line(e), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
