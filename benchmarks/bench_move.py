"""Moving tasks through the UI path: action, use case, commit, log, model update, repaint.

    python benchmarks/bench_move.py --data-dir DIR [--moves 500] [--seed S]

Each move is what Ctrl+1…4 or a drop does: ``TaskActions.move`` (undo
command included) → ``TaskStore.move`` → ``services.tasks.move`` (one unit
of work, the Reprioritisation row, one commit with synchronous=FULL) → the
models' row moves → Qt paints what changed (``processEvents`` runs the
pending paint). Four moves in five go to the end of another quadrant, one
in five is dropped before a task there. The time of each move is taken from
the call to the end of the paint, on the wall clock (what the user waits,
fsync included) and in CPU time (what a busy machine adds little to).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from appkit import PaintCounter, start_app
from harness import emit, peak_rss_kb, percentile, private_copy
from quadrant.domain.matrix import Quadrant


def run(data_dir: Path, moves: int, seed: int) -> dict[str, object]:
    running = start_app(private_copy(data_dir))
    rng = random.Random(seed)
    counter = PaintCounter()
    for quadrant in Quadrant:
        running.window.matrix.view(quadrant).viewport().installEventFilter(counter)
    times: list[float] = []
    cpu: list[float] = []
    failed = 0
    for _ in range(moves):
        task = rng.choice(running.store.tasks())
        assert task.id is not None
        target = rng.choice([q for q in Quadrant if q is not task.quadrant])
        before = None
        if rng.random() < 0.2:
            others = [t.id for t in running.store.tasks() if t.quadrant is target]
            before = rng.choice(others) if others else None
        painted = counter.paints
        began, began_cpu = time.perf_counter(), time.process_time()
        if not running.actions.move(task.id, target, before):
            failed += 1
        running.app.processEvents()
        times.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
        if counter.paints == painted:
            raise RuntimeError("a move did not repaint the matrix")
    running.database.close()
    return {
        "moves": moves,
        "failed": failed,
        "p50_ms": percentile(times, 0.50),
        "p95_ms": percentile(times, 0.95),
        "max_ms": max(times),
        "cpu_p50_ms": percentile(cpu, 0.50),
        "cpu_p95_ms": percentile(cpu, 0.95),
        "peak_rss_mb": peak_rss_kb() / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--moves", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    emit(run(args.data_dir, args.moves, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
