"""Start-up: process start to the first populated matrix paint, against the floors.

    python benchmarks/bench_startup.py --data-dir DIR [--data-dir DIR2 ...] [--runs N]

For each store, floor B and the app run back to back in each round (floor
A once per round, the order alternating), so a busy machine slows them
alike; the ratio is taken within each round and its median reported. One
warm-up round is thrown away. The app runs as users start it (``python -m quadrant --data-dir``)
with QUADRANT_BENCH_EXIT_AFTER_PAINT=1: it prints the moment of its first
populated paint, finishes its start (``ready``: the database layer loaded
behind the painted window), and quits. Peak RSS covers the whole process.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness import PYTHON, Launch, Summary, emit, launch


@dataclass(frozen=True)
class StoreStartup:
    """One store's start-up figures."""

    floor_b: list[Launch]
    app: list[Launch]

    def as_dict(self) -> dict[str, Any]:
        ready = [run.ready_ms for run in self.app if run.ready_ms is not None]
        pairs = zip(self.app, self.floor_b, strict=True)
        return {
            # Each round runs floor B and the app back to back: the ratio within a round
            # cancels most of what a busy machine adds, so its median is the one judged.
            "paired_ratio": Summary.of([a.paint_ms / b.paint_ms for a, b in pairs]).__dict__,
            "app_runs_ms": [run.paint_ms for run in self.app],
            "floor_b_ms": Summary.of([r.paint_ms for r in self.floor_b]).__dict__,
            "app_ms": Summary.of([r.paint_ms for r in self.app]).__dict__,
            "floor_b_cpu_ms": _cpu(self.floor_b),
            "app_cpu_ms": _cpu(self.app),
            "app_ready_ms": Summary.of(ready).__dict__ if ready else None,
            "floor_b_rss_mb": Summary.of([r.peak_rss_mb for r in self.floor_b]).__dict__,
            "app_rss_mb": Summary.of([r.peak_rss_mb for r in self.app]).__dict__,
        }


def _cpu(runs: list[Launch]) -> dict[str, float] | None:
    """CPU time to the first paint: what a busy machine does not add to (unlike wall time)."""
    cpu = [run.paint_cpu_ms for run in runs if run.paint_cpu_ms is not None]
    return Summary.of(cpu).__dict__ if cpu else None


def floor_a() -> list[str]:
    return [PYTHON, "floor_a.py"]


def floor_b(data_dir: Path) -> list[str]:
    return [PYTHON, "floor_b.py", "--data-dir", str(data_dir)]


def app(data_dir: Path) -> list[str]:
    return [PYTHON, "-m", "quadrant", "--data-dir", str(data_dir)]


def measure(stores: dict[str, Path], runs: int) -> dict[str, Any]:
    """Floor A, and floor B and the app on every store, ``runs`` rounds after a warm-up."""
    floor: list[Launch] = []
    results = {name: StoreStartup([], []) for name in stores}
    for round_number in range(runs + 1):
        first_round = round_number == 0
        sample = launch(floor_a())
        if not first_round:
            floor.append(sample)
        for name, data_dir in stores.items():
            if round_number % 2:  # alternate who goes first, so neither always follows the other
                b, a = launch(floor_b(data_dir)), launch(app(data_dir))
            else:
                a, b = launch(app(data_dir)), launch(floor_b(data_dir))
            if not first_round:
                results[name].floor_b.append(b)
                results[name].app.append(a)
    return {
        "floor_a_ms": Summary.of([r.paint_ms for r in floor]).__dict__,
        "floor_a_rss_mb": Summary.of([r.peak_rss_mb for r in floor]).__dict__,
        "stores": {name: result.as_dict() for name, result in results.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", action="append", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    emit(measure({str(path): path for path in args.data_dir}, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
