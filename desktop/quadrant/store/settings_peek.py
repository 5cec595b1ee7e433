"""One setting, read with the standard library before the database layer loads.

The language must be known before the first window is built, and importing
SQLAlchemy then would cost more than the whole first paint (DESIGN.md,
"Startup path"). A missing, new or unreadable database gives None: the app
then follows the system's language, and re-checks once the store is open.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def peek_setting(database: Path, key: str) -> str | None:
    """The stored value of ``key``, or None; never creates or changes the file."""
    if not database.is_file() or database.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None  # no setting table yet: a database before its first migration
    finally:
        connection.close()
    return str(row[0]) if row and row[0] is not None else None
