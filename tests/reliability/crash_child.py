"""A child process that does what a user does, as fast as it can, confirming each action.

Run by test_crash_harness.py, which kills it with SIGKILL at a random moment.
It opens the data folder the way the app does (migrating a new one), then
captures, moves, edits, completes and deletes tasks through the service use
cases. A line ``ok <seq> <kind> <task id>`` is printed only after the use
case returned, that is after its transaction committed: exactly the moment
the app shows "Saved".

Every action leaves a mark that later actions never erase, so the parent can
check each confirmed action after any number of kills:

- capture: a task titled ``c<seq>``;
- move: a log row with the note ``seq <seq>``;
- edit: `` e<seq>;`` appended to the task's notes;
- complete: the task is done (nothing reopens it);
- delete: the task has a deleted_at (nothing restores it).

Usage: crash_child.py DATA_DIR SEED FIRST_SEQ
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from quadrant.app import Database
from quadrant.domain.matrix import Quadrant
from quadrant.paths import resolve_paths
from quadrant.services import tasks
from quadrant.services.ports import UnitOfWork

KINDS = ("capture", "move", "edit", "complete", "delete")
WEIGHTS = (30, 35, 20, 8, 7)
REQUESTERS = ("Anne", "Bram", None)


class Actor:
    """Picks and performs actions; remembers which tasks are still open."""

    def __init__(self, database: Database, seed: int) -> None:
        self.database = database
        self.chance = random.Random(seed)
        self.open_ids = [t.id for t in tasks.matrix_tasks(database.unit_of_work()) if t.id]

    def act(self, seq: int) -> tuple[str, int]:
        kind = self.chance.choices(KINDS, WEIGHTS)[0]
        if kind != "capture" and not self.open_ids:
            kind = "capture"
        if kind == "capture":
            return kind, self.capture(seq)
        task_id = self.chance.choice(self.open_ids)
        getattr(self, kind)(seq, task_id)
        return kind, task_id

    def uow(self) -> UnitOfWork:
        return self.database.unit_of_work()

    def capture(self, seq: int) -> int:
        task = tasks.capture(
            self.uow(),
            f"c{seq}",
            quadrant=self.chance.choice(list(Quadrant)),
            requester_name=self.chance.choice(REQUESTERS),
            notes=f"n{seq};",
        )
        assert task.id is not None
        self.open_ids.append(task.id)
        return task.id

    def move(self, seq: int, task_id: int) -> None:
        current = tasks.get_task(self.uow(), task_id).quadrant
        target = self.chance.choice([q for q in Quadrant if q != current])
        tasks.move(self.uow(), task_id, target, note=f"seq {seq}")

    def edit(self, seq: int, task_id: int) -> None:
        task = tasks.get_task(self.uow(), task_id)
        tasks.edit(
            self.uow(),
            task_id,
            title=task.title,
            notes=f"{task.notes} e{seq};",
            requester_name=task.requester_name or None,
            due_at=task.due_at,
            quadrant=self.chance.choice(list(Quadrant)),
            effort_minutes=self.chance.choice((None, 15, 30, 60)),
        )

    def complete(self, seq: int, task_id: int) -> None:
        tasks.complete(self.uow(), task_id)
        self.open_ids.remove(task_id)

    def delete(self, seq: int, task_id: int) -> None:
        tasks.delete(self.uow(), task_id)
        self.open_ids.remove(task_id)


def main(data_dir: str, seed: int, first_seq: int) -> None:
    database = Database(resolve_paths(Path(data_dir)))
    actor = Actor(database, seed)
    print("ready", flush=True)
    seq = first_seq
    while True:
        kind, task_id = actor.act(seq)
        print(f"ok {seq} {kind} {task_id}", flush=True)
        seq += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
