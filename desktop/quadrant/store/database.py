"""Opening the database: a private file, and the same safe pragmas on every connection."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from quadrant.domain.errors import QT_TRANSLATE_NOOP, StorageError

DATABASE_NAME = "quadrant.sqlite3"
BUSY_TIMEOUT_MS = 10_000

_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
)


def prepare_private_file(path: Path) -> None:
    """Create the folder (0700) and an empty database file (0600) before SQLite opens it.

    SQLite gives its -wal and -shm files the permissions of the database file,
    so creating it private first keeps all three private.
    """
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(descriptor)
    except OSError as e:
        if path.exists():  # there, but not writable: say so rather than "cannot create"
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database at {path} is read-only ({reason}); "
                    "Quadrant cannot save changes there.",
                ),
                params={"path": str(path), "reason": e.strerror or ""},
            ) from e
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot create the database at {path}: {reason}"),
            params={"path": str(path), "reason": e.strerror},
        ) from e


def _pragmas_with(busy_timeout_ms: int) -> Callable[[Any, Any], None]:
    """The connect hook: the safe pragmas, and how long to wait for another program's lock."""

    def apply(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for pragma in (*_PRAGMAS, f"PRAGMA busy_timeout={busy_timeout_ms}"):
                cursor.execute(pragma)
        finally:
            cursor.close()

    return apply


def create_database_engine(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine on the database at ``path``, created private if it does not exist.

    pysqlite's own transaction handling is switched off so that SQLAlchemy's
    BEGIN is the only one: one user action is exactly one transaction.
    ``hide_parameters`` keeps task text out of error messages (and so out of
    logs); ``busy_timeout_ms`` is shortened only by tests of the locked case.
    """
    prepare_private_file(path)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout_ms / 1000, "isolation_level": None},
        hide_parameters=True,
    )
    event.listen(engine, "connect", _pragmas_with(busy_timeout_ms))
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _begin_immediate(connection: Any) -> None:
    """Start every transaction with a write lock taken up front.

    A deferred transaction that reads and then writes can fail with "database
    is locked" at the write, with no retry; an immediate one waits its turn
    (busy_timeout) before it reads anything.
    """
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def integrity_check(path: Path) -> str:
    """SQLite's own verdict on the file: "ok", or what it found wrong."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()
    return "\n".join(str(row[0]) for row in rows)
