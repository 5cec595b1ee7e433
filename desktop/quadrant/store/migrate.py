"""Schema migrations: a cheap "is it at head?" check at start, Alembic only when needed.

Importing Alembic's command machinery costs start-up time, so the check reads
the version table with plain sqlite3 and compares it with HEAD_REVISION (a
test keeps that constant equal to the newest revision file).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the start-up check (is_at_head, HEAD_REVISION) needs no SQLAlchemy
    from alembic.config import Config
    from sqlalchemy import Engine

HEAD_REVISION = "0002_requester_history"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(path: Path) -> str | None:
    """The revision stamped in the database, or None for a new or empty file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(version[0]) if version else None
    finally:
        connection.close()


def is_at_head(path: Path) -> bool:
    """Whether the database needs no migration."""
    return current_revision(path) == HEAD_REVISION


def alembic_config() -> Config:
    """An Alembic Config pointing at the migrations inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_to_head(
    engine: Engine,
    path: Path,
    backup: Callable[[Path], object] | None = None,
    revision: str = "head",
) -> None:
    """Bring the schema to ``revision`` (default the newest), taking a backup first.

    Args:
        engine: the app's engine; the migration runs in one of its connections.
        path: the database file, to decide whether it holds data worth a backup.
        backup: called with ``path`` before an existing database is changed.
        revision: the target; tests build older schemas with it.
    """
    from alembic import command

    if backup is not None and current_revision(path) is not None:
        backup(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
