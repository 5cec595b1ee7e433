"""A 10,000-VTODO import through the GUI path: File → Import tasks… to the summary on screen.

    python benchmarks/bench_import_gui.py --data-dir DIR [--todos 10000] [--runs 3]

What is timed is what the user waits for: ``ImportFlow.start`` (the file is
read) → the worker parses it (``parse_ics``), backs the store up
(``take_backup``, verified) and imports it in one unit of work with progress
reports → the window reloads the matrix → the summary dialog is open. The
calendar comes from make_ics.py; each run imports into a private copy of the
store, so every run is a first import. The stages are reported separately
(from the job's stage signals), so a slow one can be found. CPU time (all
threads of the process) is reported beside wall time: on a busy machine wall
time grows, CPU time much less.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

from appkit import start_app
from harness import emit, private_copy
from make_ics import calendar
from quadrant.app_transfer import StoreBackups, StoreSnapshots
from quadrant.ui.import_job import ImportJob, Stage
from quadrant.ui.transfer_actions import install_transfer_actions

TIMEOUT_MS = 120_000


def one_run(data_dir: Path, source: Path) -> dict[str, float]:
    """One import into a fresh copy of the store; seconds per stage and in all."""
    running = start_app(private_copy(data_dir))
    paths = running.paths
    transfer = install_transfer_actions(
        running.window,
        StoreBackups(paths, running.database.close),
        StoreSnapshots(paths, running.database.close),
    )
    marks: dict[str, float] = {}

    def watch(job: ImportJob) -> None:
        job.stage_changed.connect(lambda stage: marks.setdefault(stage.value, time.perf_counter()))

    flow = transfer.imports
    flow.job_started.connect(watch)
    loop = QEventLoop()
    flow.finished.connect(lambda _outcome: loop.quit())
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    began, cpu_began = time.perf_counter(), time.process_time()
    flow.start(source)
    loop.exec()
    ended, cpu_ended = time.perf_counter(), time.process_time()
    if flow.summary_dialog is None or not flow.summary_dialog.isVisible():
        raise SystemExit("the import did not finish with its summary")
    imported = flow.summary_dialog.headline.text()
    flow.summary_dialog.close()
    running.database.close()
    reading = marks[Stage.READING.value]
    backing_up = marks[Stage.BACKING_UP.value]
    importing = marks[Stage.IMPORTING.value]
    print(f"  {imported}", file=sys.stderr)
    return {
        "total_s": ended - began,
        "total_cpu_s": cpu_ended - cpu_began,
        "parse_s": backing_up - reading,
        "backup_s": importing - backing_up,
        "import_and_show_s": ended - importing,
    }


def run(data_dir: Path, todos: int, runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "tasks.ics"
        source.write_bytes(calendar(todos, seed=6))
        results = [one_run(data_dir, source) for _ in range(runs)]
    return {
        "todos": todos,
        "runs": runs,
        **{key: round(statistics.median(r[key] for r in results), 3) for key in results[0]},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--todos", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    emit({"benchmark": "import_gui", **run(args.data_dir, args.todos, args.runs)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
