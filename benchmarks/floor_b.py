"""Floor B: floor A, plus SQLAlchemy reading the open tasks of a real store in one query.

    python benchmarks/floor_b.py --data-dir DIR

The least any Qt + SQLAlchemy app can do to show this store's matrix:
import SQLAlchemy (Core only), open the database, read the tasks in the
matrix with the same filter and order the app uses, and put their titles in
the four views. Quadrant's start-up budget is a ratio to this floor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QStringListModel

from floor_a import run

OPEN_TASKS = """
SELECT task.id, task.title, task.notes, task.requester_id, task.urgent, task.important,
       task.position, task.due_at, task.effort_minutes, task.status, task.waiting_until,
       task.external_uid, task.created_at, task.completed_at, task.deleted_at, requester.name
FROM task LEFT OUTER JOIN requester ON task.requester_id = requester.id
WHERE task.deleted_at IS NULL AND task.status IN ('open', 'waiting')
ORDER BY task.urgent, task.important, task.position, task.id
"""


def fill_from(database: Path) -> None:
    """A fill step for floor A that reads the store."""

    def fill(models: list[QStringListModel]) -> None:
        from sqlalchemy import create_engine, text

        engine = create_engine(f"sqlite:///{database}")
        titles: list[list[str]] = [[], [], [], []]
        with engine.connect() as connection:
            for row in connection.execute(text(OPEN_TASKS)):
                titles[(0 if row.urgent else 1) + (0 if row.important else 2)].append(row.title)
        for model, names in zip(models, titles, strict=True):
            model.setStringList(names)

    sys.exit(run(fill))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    fill_from(parser.parse_args().data_dir / "quadrant.sqlite3")
