"""A child process that moves tasks as fast as it can, confirming each committed move.

Run by test_crash_safety.py, which kills it with SIGKILL at a random moment.
A line "moved <seq>" is printed only after the move's transaction committed:
exactly what the UI confirms to the user.
"""

from __future__ import annotations

import sys
from pathlib import Path

from quadrant.app import Database
from quadrant.domain.matrix import Quadrant
from quadrant.paths import resolve_paths
from quadrant.services import tasks


def main(data_dir: str, start: int) -> None:
    database = Database(resolve_paths(Path(data_dir)))
    ids = [t.id for t in tasks.matrix_tasks(database.unit_of_work()) if t.id is not None]
    while len(ids) < 8:
        ids.append(tasks.capture(database.unit_of_work(), f"Task {len(ids)}",
                                 quadrant=Quadrant.DO).id or 0)  # fmt: skip
    print("ready", flush=True)
    sequence = start
    while True:
        task_id = ids[sequence % len(ids)]
        target = Quadrant(sequence % 4 + 1)
        current = tasks.get_task(database.unit_of_work(), task_id).quadrant
        if current == target:
            target = Quadrant(target % 4 + 1)
        tasks.move(database.unit_of_work(), task_id, target, note=f"seq {sequence}")
        print(f"moved {sequence}", flush=True)
        sequence += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
