"""SIGKILL at random moments during a mix of user actions loses no confirmed action.

The child (crash_child.py) captures, moves, edits, completes and deletes
through the service use cases and confirms each action after its commit.
The parent kills it at a random moment — mostly mid-run, sometimes while it
is still opening or migrating the database — and then checks the file:
SQLite's integrity check passes, every confirmed action is there, nothing
is half-done (each task has exactly one arrival in the log), and at most the
one action in flight at the kill went through unconfirmed.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from quadrant.store.database import integrity_check
from tests.reliability.conftest import child_env

CHILD = Path(__file__).with_name("crash_child.py")
STARTUP_KILL_EVERY = 5
"""Every fifth run is killed while starting (opening, migrating), not mid-run."""


@dataclass(frozen=True)
class Action:
    seq: int
    kind: str
    task_id: int


@dataclass
class Tally:
    """What the runs did, for the figures in docs/reliability.md."""

    kills: int = 0
    startup_kills: int = 0
    confirmed: list[Action] = field(default_factory=list)
    in_flight_landed: int = 0


def run_and_kill(data: Path, seed: int, first_seq: int, kill_at_start: bool) -> list[Action]:
    """Start the child, kill it at a random moment; returns the actions it confirmed."""
    chance = random.Random(seed)
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(data), str(seed), str(first_seq)],
        stdout=subprocess.PIPE,
        env=child_env(),
    )
    assert process.stdout is not None
    descriptor = process.stdout.fileno()
    received = b""
    if kill_at_start:
        time.sleep(chance.uniform(0.0, 0.6))
    else:
        deadline = time.monotonic() + 60
        while b"ready\n" not in received:  # wait for the first line without blocking past it
            assert time.monotonic() < deadline and process.poll() is None, received
            if select.select([descriptor], [], [], 0.05)[0]:
                received += os.read(descriptor, 65536)
        until = time.monotonic() + chance.uniform(0.01, 0.4)
        while (left := until - time.monotonic()) > 0:
            if select.select([descriptor], [], [], left)[0]:
                received += os.read(descriptor, 65536)
    process.send_signal(signal.SIGKILL)
    process.wait()
    received += process.stdout.read()  # everything printed before the kill was confirmed
    process.stdout.close()
    lines = received.decode().split("\n")[:-1]  # a cut-off last line was never confirmed
    actions = []
    for line in lines:
        if line.startswith("ok "):
            _, seq, kind, task_id = line.split()
            actions.append(Action(int(seq), kind, int(task_id)))
    return actions


class Check:
    """Reads the database as it is on disk after a kill."""

    def __init__(self, database: Path) -> None:
        self.connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)

    def close(self) -> None:
        self.connection.close()

    def one(self, sql: str, *params: object) -> tuple[object, ...] | None:
        row = self.connection.execute(sql, params).fetchone()
        return tuple(row) if row is not None else None

    def present(self, action: Action) -> bool:
        task = self.one("SELECT title, notes, status, deleted_at FROM task WHERE id = ?",
                        action.task_id)  # fmt: skip
        if task is None:
            return False
        title, notes, status, deleted_at = task
        if action.kind == "capture":
            return title == f"c{action.seq}"
        if action.kind == "move":
            row = self.one("SELECT 1 FROM reprioritisation WHERE task_id = ? AND note = ?",
                           action.task_id, f"seq {action.seq}")  # fmt: skip
            return row is not None
        if action.kind == "edit":
            return f" e{action.seq};" in str(notes)
        if action.kind == "complete":
            return status == "done"
        return deleted_at is not None

    def tasks_without_one_arrival(self) -> list[int]:
        """Tasks whose log lacks, or doubles, the arrival row that capture writes with them."""
        rows = self.connection.execute(
            "SELECT task.id FROM task LEFT JOIN reprioritisation AS r"
            " ON r.task_id = task.id AND r.from_quadrant IS NULL"
            " GROUP BY task.id HAVING count(r.id) != 1"
        )
        return [int(task_id) for (task_id,) in rows]

    def ran_ahead(self, first_unconfirmed: int) -> list[str]:
        """Marks of actions numbered past the one in flight: the child never confirmed them."""
        past = first_unconfirmed + 1
        marks = [f"c{seq}" for (seq,) in self.connection.execute(
            "SELECT CAST(substr(title, 2) AS INTEGER) FROM task WHERE title LIKE 'c%'")
            if seq >= past]  # fmt: skip
        marks += [note for (note,) in self.connection.execute(
            "SELECT note FROM reprioritisation WHERE note LIKE 'seq %'")
            if int(note.split()[1]) >= past]  # fmt: skip
        return marks


def survive_kills(tmp_path: Path, kills: int, seed: int) -> Tally:
    data = tmp_path / "data"
    database = data / "quadrant.sqlite3"
    chance = random.Random(seed)
    tally = Tally()
    first_seq = 0
    for run in range(kills):
        at_start = run % STARTUP_KILL_EVERY == STARTUP_KILL_EVERY - 1
        confirmed = run_and_kill(data, chance.randrange(1 << 30), first_seq, at_start)
        tally.kills += 1
        tally.startup_kills += at_start
        tally.confirmed += confirmed
        if not database.exists():
            continue  # killed before the database was created
        assert integrity_check(database) == "ok", f"run {run}"
        check = Check(database)
        try:
            lost = [a for a in tally.confirmed if not check.present(a)]
            assert not lost, f"run {run}: confirmed actions lost after SIGKILL: {lost[:5]}"
            assert check.tasks_without_one_arrival() == [], f"run {run}: a half-done capture"
            in_flight = confirmed[-1].seq + 1 if confirmed else first_seq
            assert check.ran_ahead(in_flight) == [], f"run {run}: unconfirmed actions landed"
        finally:
            check.close()
        first_seq += 1000  # fresh numbers for the next run
    return tally


def report(tally: Tally) -> str:
    kinds = {kind: sum(a.kind == kind for a in tally.confirmed) for kind in
             ("capture", "move", "edit", "complete", "delete")}  # fmt: skip
    return (
        f"{tally.kills} SIGKILLs survived ({tally.startup_kills} during start-up), "
        f"{len(tally.confirmed)} confirmed actions all present: {kinds}"
    )


def test_twenty_kills_lose_no_confirmed_action(tmp_path: Path) -> None:
    tally = survive_kills(tmp_path, kills=20, seed=2026)
    assert len(tally.confirmed) >= 20
    assert {a.kind for a in tally.confirmed} == {"capture", "move", "edit", "complete", "delete"}
    print(report(tally))


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_two_hundred_kills_lose_no_confirmed_action(tmp_path: Path) -> None:
    tally = survive_kills(tmp_path, kills=200, seed=11)
    assert len(tally.confirmed) >= 200
    print(report(tally))
