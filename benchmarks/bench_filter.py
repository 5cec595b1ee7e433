"""Filtering 10,000 open tasks as the user types: latency per keystroke.

    python benchmarks/bench_filter.py --data-dir DIR

Each keystroke is ``MatrixWidget.set_filter(TaskFilter(text=...))`` — what
the search field calls — followed by the paint it causes. The typed texts
narrow (a word letter by letter), widen again (backspace), name a requester,
and combine words; half of them also filter on a requester, as the
requester box does. The store should be generated with ``--open 10000``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from appkit import start_app
from harness import emit, peak_rss_kb, percentile, private_copy
from quadrant.domain.task import TaskFilter

TYPED = ("board meeting", "anna", "quarterly report brussels", "invoices for monday", "zzz")


def keystrokes(text: str) -> list[str]:
    """The field's contents after each key: typing ``text``, then deleting it again."""
    typed = [text[:end] for end in range(1, len(text) + 1)]
    return typed + typed[-2::-1] + [""]


def run(data_dir: Path) -> dict[str, object]:
    running = start_app(private_copy(data_dir))
    matrix = running.window.matrix
    open_tasks = len(running.store.tasks())
    requester = next((r.id for r in running.store.requesters()), None)
    times: list[float] = []
    for round_number, text in enumerate(TYPED):
        who = requester if round_number % 2 else None
        for contents in keystrokes(text):
            began = time.perf_counter()
            matrix.set_filter(TaskFilter(requester_id=who, text=contents))
            running.app.processEvents()
            times.append((time.perf_counter() - began) * 1000)
    running.database.close()
    return {
        "open_tasks": open_tasks,
        "keystrokes": len(times),
        "p50_ms": percentile(times, 0.50),
        "p95_ms": percentile(times, 0.95),
        "max_ms": max(times),
        "peak_rss_mb": peak_rss_kb() / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    emit(run(parser.parse_args().data_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
