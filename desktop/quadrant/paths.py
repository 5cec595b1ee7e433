"""Where Quadrant keeps things: platformdirs locations, or one folder given by the user.

``--data-dir DIR`` (or QUADRANT_DATA_DIR) puts everything — database, backups,
logs, settings — under DIR, so tests and portable installs never touch the
user's real folders.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Quadrant"
APP_ID = "io.github.quadrant.Quadrant"
"""The reverse-DNS id of the desktop entry and AppStream metainfo (packaging/linux/)."""
DATA_DIR_ENV = "QUADRANT_DATA_DIR"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders and files of one Quadrant installation."""

    data: Path
    config: Path
    backups: Path
    logs: Path

    @property
    def database(self) -> Path:
        """The SQLite database file."""
        return self.data / "quadrant.sqlite3"

    @property
    def settings_file(self) -> Path:
        """This PC's settings (window geometry and such), as an INI file."""
        return self.config / "quadrant.ini"

    def create(self) -> None:
        """Create every folder, private to the user (0700)."""
        for folder in (self.data, self.config, self.backups, self.logs):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The paths to use: the given folder, QUADRANT_DATA_DIR, or the platform's defaults."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().absolute()
        return AppPaths(root, root / "config", root / "backups", root / "logs")
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        data=data,
        config=Path(dirs.user_config_dir),
        backups=data / "backups",
        logs=Path(dirs.user_log_dir),
    )


def resource_dir() -> Path:
    """The folder with icons, translations and built-in templates.

    In a source checkout it is ``resources/`` beside ``desktop/``; a frozen
    bundle or a wheel carries it inside the package as ``quadrant/resources``.
    """
    bundled = Path(getattr(sys, "_MEIPASS", "")) / "quadrant" / "resources"
    if bundled.is_dir():
        return bundled
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"
