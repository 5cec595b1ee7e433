"""Week statistics and the Markdown report for the busy week of a heavy-user store.

    python benchmarks/generate.py --data-dir DIR      # once
    python benchmarks/bench_week.py --data-dir DIR [--runs 20]

Times what the reflection dialog and ``quadrant export-week --format md`` do
for the generator's busy week (hundreds of tasks and thousands of log rows
in one week, inside 200,000 log rows of history): the statistics alone, and
statistics + done list + raw events + answers + report + Markdown. The first
run is reported apart from the median, since it pays for compiling SQL. The
budget is 100 ms for the median of the whole report.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text

from generate import read_meta
from quadrant.domain.reflection import IsoWeek, week_utc_bounds
from quadrant.interop.markdown import render_markdown
from quadrant.interop.report import ReportOptions, build_report
from quadrant.services.reflection import week_review, week_stats
from quadrant.store.database import create_database_engine
from quadrant.store.unit_of_work import SqlUnitOfWork

BUDGET_MS = 100.0


def _timed(action: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """First run, median and worst of the rest, in milliseconds."""
    times = []
    for _ in range(runs + 1):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return times[0], statistics.median(times[1:]), max(times[1:])


_ROW_COUNTS = {
    "log rows in the week": "SELECT count(*) FROM reprioritisation WHERE at >= :s AND at < :e",
    "log rows in all": "SELECT count(*) FROM reprioritisation",
    "tasks captured in the week": (
        "SELECT count(*) FROM task WHERE created_at >= :s AND created_at < :e"
    ),
    "tasks finished in the week": (
        "SELECT count(*) FROM task WHERE completed_at >= :s AND completed_at < :e"
    ),
}


def _week_rows(engine: Engine, start: datetime, end: datetime) -> dict[str, int]:
    """How busy the week is and how long the history, for the record."""
    bounds = {"s": start.replace(tzinfo=None), "e": end.replace(tzinfo=None)}
    with engine.connect() as connection:
        return {
            name: int(connection.execute(text(sql), bounds).scalar_one())
            for name, sql in _ROW_COUNTS.items()
        }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    week = IsoWeek.parse(read_meta(args.data_dir)["busy_week"])
    engine = create_database_engine(args.data_dir / "quadrant.sqlite3")
    uow = SqlUnitOfWork(engine)
    start, end = week_utc_bounds(week)
    for name, count in _week_rows(engine, start, end).items():
        print(f"{name}: {count:,}")

    def report() -> str:
        return render_markdown(build_report(week_review(uow, week), ReportOptions()))

    stats_first, stats_median, stats_worst = _timed(lambda: week_stats(uow, week), args.runs)
    first, median, worst = _timed(report, args.runs)
    print(f"week {week}, {args.runs} runs after a first one")
    print(
        f"statistics (5 weeks of counts): first {stats_first:.1f} ms, "
        f"median {stats_median:.1f} ms, worst {stats_worst:.1f} ms"
    )
    print(
        f"statistics + done + noted moves + report + Markdown: first {first:.1f} ms, "
        f"median {median:.1f} ms, worst {worst:.1f} ms (budget {BUDGET_MS:.0f} ms)"
    )
    engine.dispose()
    return 0 if median <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
