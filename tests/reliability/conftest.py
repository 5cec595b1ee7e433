"""Reliability fixtures: databases with a short busy timeout, faults to switch on and off."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from quadrant.store.database import create_database_engine
from quadrant.store.migrate import upgrade_to_head
from quadrant.store.unit_of_work import SqlUnitOfWork

SHORT_BUSY_MS = 200
"""The locked case waits this long, not the app's 10 s."""

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Store:
    """A migrated database with a short busy timeout, and ways to look at it from outside."""

    path: Path
    engine: Engine

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine)

    def rows(self, sql: str, *params: object) -> list[tuple[object, ...]]:
        """Read through a separate plain connection: what is really on disk."""
        connection = sqlite3.connect(self.path)
        try:
            return [tuple(row) for row in connection.execute(sql, params)]
        finally:
            connection.close()

    def dump(self) -> list[str]:
        """Every row of every table, as SQL text: equal dumps mean nothing changed."""
        connection = sqlite3.connect(self.path)
        try:
            return list(connection.iterdump())
        finally:
            connection.close()


def open_store(folder: Path) -> Store:
    path = folder / "quadrant.sqlite3"
    engine = create_database_engine(path, busy_timeout_ms=SHORT_BUSY_MS)
    upgrade_to_head(engine, path)
    return Store(path, engine)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.engine.dispose()


# Faults --------------------------------------------------------------------


@contextmanager
def disk_full(engine: Engine) -> Iterator[None]:
    """Every new connection may not grow the file: SQLite reports SQLITE_FULL, as on a full disk."""

    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    engine.dispose()
    event.listen(engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()


def _chattr(flag: str, path: Path) -> None:
    tool = shutil.which("chattr")
    if tool is None:
        pytest.skip("running as root without chattr: cannot make a file read-only for root")
    result = subprocess.run([tool, flag, str(path)], capture_output=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"chattr {flag} failed here: {result.stderr.decode(errors='replace')}")


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file or folder read-only for this process, root included (chattr +i).

    Root ignores permission bits, so as root the immutable attribute does it;
    otherwise the permission bits do.
    """
    if os.geteuid() == 0:
        _chattr("+i", path)
        try:
            yield
        finally:
            _chattr("-i", path)
        return
    mode = path.stat().st_mode
    path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        yield
    finally:
        path.chmod(mode)


@contextmanager
def locked_by_another_process(database: Path) -> Iterator[None]:
    """Another program holds the write lock until the block ends (beyond any busy timeout)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _LOCK_HOLDER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


_LOCK_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


def child_env() -> dict[str, str]:
    """The environment for a child Python that imports quadrant and the tests."""
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
