"""SIGKILL in the middle of a run of moves loses no move the app had confirmed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quadrant.store.database import integrity_check

CHILD = Path(__file__).with_name("crash_child.py")


def kill_after(data: Path, start: int, confirmations: int) -> list[int]:
    """Start the child, let it confirm some moves, kill it; returns the confirmed sequence."""
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(data), str(start)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    confirmed = []
    while len(confirmed) < confirmations:
        line = process.stdout.readline()
        assert line.startswith("moved "), line
        confirmed.append(int(line.split()[1]))
    process.send_signal(signal.SIGKILL)
    process.wait()
    return confirmed


def logged_sequences(database: Path) -> set[int]:
    connection = sqlite3.connect(database)
    try:
        notes = connection.execute("SELECT note FROM reprioritisation WHERE note LIKE 'seq %'")
        return {int(note.split()[1]) for (note,) in notes}
    finally:
        connection.close()


@pytest.mark.parametrize("kills", [20])
def test_confirmed_moves_survive_sigkill(tmp_path: Path, kills: int) -> None:
    data = tmp_path / "data"
    database = data / "quadrant.sqlite3"
    chance = random.Random(2026)
    start = 0
    all_confirmed: list[int] = []
    for _ in range(kills):
        confirmed = kill_after(data, start, chance.randint(1, 15))
        all_confirmed += confirmed
        assert integrity_check(database) == "ok"
        missing = set(all_confirmed) - logged_sequences(database)
        assert not missing, f"confirmed moves lost after SIGKILL: {sorted(missing)}"
        start = confirmed[-1] + 1000  # fresh sequence numbers for the next run
    assert len(all_confirmed) >= kills
