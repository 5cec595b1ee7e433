"""What every sub-command module shares: the parser class and the data-folder checks."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from quadrant.domain.errors import QT_TRANSLATE_NOOP, StorageError

if TYPE_CHECKING:
    from quadrant.paths import AppPaths


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


Commands: TypeAlias = "argparse._SubParsersAction[Parser]"
"""What ``add_subparsers`` returns; each command module adds its commands to it."""


def data_dir_option(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` after the sub-command as well.

    SUPPRESS: given after the sub-command it wins, and it never hides the
    global ``--data-dir``.
    """
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


def require_data(paths: AppPaths) -> None:
    """Refuse to work on a data folder without a database (and never create one).

    Raises:
        StorageError: there is no database in the data folder.
    """
    if not paths.database.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "There is no Quadrant data in {folder}."),
            params={"folder": paths.data},
        )
