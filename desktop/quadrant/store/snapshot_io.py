"""Every table's rows out of the database and back in, exactly as SQLite stores them.

The snapshot is a second way back beside backups: a readable file that
rebuilds an identical database. This module only moves rows; the file format
lives in interop.snapshot (the store does not import interop), and cli.py
joins the two.

Rows travel as SQLite's own values (None, int, float, str, bytes), read and
written with sqlite3 directly, never through the ORM's types: what comes back
is byte for byte what went out, including the exact text of timestamps.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ImportRejected, StorageError

Cell = None | int | float | str | bytes
"""One value as SQLite stores it."""

TableRows = tuple[tuple[str, ...], list[tuple[Cell, ...]]]
"""A table's column names and its rows, in rowid order."""

ROWID = "rowid"
"""The extra first column of a table whose rowid is not one of its columns."""

_VERSION_TABLE = "alembic_version"


def dump_tables(database: Path) -> tuple[str | None, dict[str, TableRows]]:
    """The schema revision and every table's rows, read in one consistent snapshot.

    A read transaction holds one view of the data while all tables are read,
    so a snapshot taken while the app saves is still consistent.

    Raises:
        StorageError: the database cannot be opened or read.
    """
    if not database.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "There is no database at {path}."),
            params={"path": database},
        )
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as e:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot open {path}: {reason}"),
            params={"path": database, "reason": str(e)},
        ) from e
    try:
        connection.execute("BEGIN")
        revision = _revision(connection)
        tables = {name: _dump(connection, name) for name in _table_names(connection)}
        connection.execute("COMMIT")
    except sqlite3.Error as e:
        raise _unreadable(database, e) from e
    finally:
        connection.close()
    return revision, tables


def table_columns(database: Path) -> dict[str, tuple[str, ...]]:
    """Each table's columns as a snapshot of this database would list them."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return {name: _columns(connection, name) for name in _table_names(connection)}
    finally:
        connection.close()


def load_tables(database: Path, tables: Mapping[str, TableRows]) -> None:
    """Put a snapshot's rows into a database whose schema is ready and whose tables are empty.

    All rows go in one transaction with foreign keys checked at the commit, so
    the order of the tables does not matter and a snapshot with dangling
    references leaves nothing behind.

    Raises:
        ImportRejected: the snapshot's tables or columns do not match the
            schema, or its rows break a constraint; nothing was written.
        StorageError: the database holds data already, or cannot be written.
    """
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("BEGIN IMMEDIATE")
        try:
            _check_fits(connection, tables)
            connection.execute("PRAGMA defer_foreign_keys=ON")
            for name, (columns, rows) in tables.items():
                _insert(connection, name, columns, rows)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    except sqlite3.IntegrityError as e:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "The snapshot's rows do not fit together: {problem}."),
            params={"problem": str(e)},
        ) from e
    except sqlite3.Error as e:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot write the snapshot into {path}: {reason}"),
            params={"path": database, "reason": str(e)},
        ) from e
    finally:
        connection.close()


def holds_data(database: Path) -> bool:
    """Whether any table of the database has a row (alembic's own table aside)."""
    if not database.is_file() or database.stat().st_size == 0:
        return False
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return any(
            connection.execute(f"SELECT 1 FROM {_ident(name)} LIMIT 1").fetchone()  # noqa: S608
            is not None
            for name in _table_names(connection)
        )
    except sqlite3.Error as e:
        raise _unreadable(database, e) from e
    finally:
        connection.close()


def _unreadable(database: Path, error: sqlite3.Error) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
        params={"path": database, "reason": str(error)},
    )


def _table_names(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != ? ORDER BY name",
        (_VERSION_TABLE,),
    ).fetchall()
    return [str(row[0]) for row in rows]


def _revision(connection: sqlite3.Connection) -> str | None:
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_VERSION_TABLE,)
    ).fetchone()
    if exists is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _columns(connection: sqlite3.Connection, table: str) -> tuple[str, ...]:
    """The table's columns; a leading "rowid" when the rowid is not a column of its own.

    A table keyed by INTEGER PRIMARY KEY keeps its rowid in that column; any
    other table (``setting``, keyed by text) gets its rowid carried
    explicitly, so rows come back in the same order with the same rowids.
    """
    info = connection.execute(f"PRAGMA table_info({_ident(table)})").fetchall()
    names = tuple(str(row[1]) for row in info)
    keys = [row for row in info if row[5]]
    aliased = len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER"
    return names if aliased else (ROWID, *names)


def _dump(connection: sqlite3.Connection, table: str) -> TableRows:
    columns = _columns(connection, table)
    selected = ", ".join(_ident(c) if c != ROWID else ROWID for c in columns)
    query = f"SELECT {selected} FROM {_ident(table)} ORDER BY rowid"  # noqa: S608
    rows = connection.execute(query).fetchall()
    return columns, [tuple(row) for row in rows]


def _check_fits(connection: sqlite3.Connection, tables: Mapping[str, TableRows]) -> None:
    existing = set(_table_names(connection))
    unknown = sorted(set(tables) - existing)
    if unknown:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The snapshot has tables this database does not: {tables}."
            ),
            params={"tables": ", ".join(unknown)},
        )
    for name, (columns, _rows) in tables.items():
        expected = _columns(connection, name)
        if tuple(columns) != expected:
            raise ImportRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The snapshot's table {table} has the columns {columns}; "
                    "this database expects {expected}.",
                ),
                params={
                    "table": name,
                    "columns": ", ".join(columns),
                    "expected": ", ".join(expected),
                },
            )
    for name in existing:
        query = f"SELECT 1 FROM {_ident(name)} LIMIT 1"  # noqa: S608
        if connection.execute(query).fetchone() is not None:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "The database already holds data (table {table})."),
                params={"table": name},
            )


def _insert(
    connection: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Cell]],
) -> None:
    names = ", ".join(_ident(c) if c != ROWID else ROWID for c in columns)
    marks = ", ".join("?" for _ in columns)
    statement = f"INSERT INTO {_ident(table)} ({names}) VALUES ({marks})"  # noqa: S608
    connection.executemany(statement, rows)


def _ident(name: str) -> str:
    """An SQL identifier, quoted.

    Every table and column name used in SQL here comes from the database's
    own sqlite_master or table_info, or was checked equal to one
    (_check_fits), never straight from a snapshot file.
    """
    return '"' + name.replace('"', '""') + '"'
