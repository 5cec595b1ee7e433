"""Week statistics, the Markdown report and every export format, for a busy week.

    python benchmarks/generate.py --data-dir DIR      # once
    python benchmarks/bench_week.py --data-dir DIR [--runs 10]

Times what the reflection dialog and ``quadrant export-week`` do for the
generator's busy week (hundreds of tasks and thousands of log rows in one
week, inside 200,000 log rows of history): the statistics alone (five weeks
of counts: the week and the four it is compared with), statistics + done
list + noted moves + answers + report + Markdown, and each export format
written to a file (``export_week``: read, render, atomic write). The
database layer is loaded first, as the app has it loaded by then; the first
call of each is reported apart from the median of the rest, since it pays
for compiling SQL. "n/a" marks a format the code base does not have yet.
"""

from __future__ import annotations

import argparse
import inspect
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from generate import read_meta
from harness import emit
from quadrant.app import Database
from quadrant.domain.reflection import IsoWeek, week_utc_bounds
from quadrant.paths import resolve_paths

FORMATS = ("md", "html", "csv", "pdf")

_ROW_COUNTS = {
    "log_rows_in_week": "SELECT count(*) FROM reprioritisation WHERE at >= :s AND at < :e",
    "log_rows": "SELECT count(*) FROM reprioritisation",
    "captured_in_week": "SELECT count(*) FROM task WHERE created_at >= :s AND created_at < :e",
    "finished_in_week": "SELECT count(*) FROM task WHERE completed_at >= :s AND completed_at < :e",
}


def timed(action: Callable[[], object], runs: int) -> dict[str, float]:
    """The first call, and the median and worst of ``runs`` more, in milliseconds."""
    times = []
    for _ in range(runs + 1):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return {"first": times[0], "median": statistics.median(times[1:]), "worst": max(times[1:])}


def week_rows(engine: Engine, start: datetime, end: datetime) -> dict[str, int]:
    """How busy the week is and how long the history, for the record."""
    bounds = {"s": start.replace(tzinfo=None), "e": end.replace(tzinfo=None)}
    with engine.connect() as connection:
        return {
            name: int(connection.execute(text(sql), bounds).scalar_one())
            for name, sql in _ROW_COUNTS.items()
        }


def _pdf_tools() -> dict[str, Any] | None:
    """The PDF renderer (and chart painter) the GUI hands to export_week, if they exist."""
    try:
        from quadrant.ui import pdf
    except ImportError:
        return None
    renderer = getattr(pdf, "pdf_renderer", None) or getattr(pdf, "html_to_pdf", None)
    if renderer is None:
        return None
    pdf.ensure_gui_application()
    tools = {"pdf_renderer": renderer}
    if hasattr(pdf, "paint_chart"):
        tools["chart_painter"] = pdf.paint_chart
    return tools


def run(data_dir: Path, runs: int) -> dict[str, Any]:
    from quadrant.interop.markdown import render_markdown
    from quadrant.interop.report import ReportOptions, build_report
    from quadrant.services.reflection import week_review, week_stats

    week = IsoWeek.parse(read_meta(data_dir)["busy_week"])
    database = Database(resolve_paths(data_dir))
    database.warm_up()
    result: dict[str, Any] = {"week": str(week)}
    result.update(week_rows(database.engine, *week_utc_bounds(week)))
    result["stats_ms"] = timed(lambda: week_stats(database.unit_of_work(), week), runs)

    def report() -> str:
        return render_markdown(build_report(week_review(database.unit_of_work(), week), options))

    options = ReportOptions()
    result["stats_markdown_ms"] = timed(report, runs)
    result.update(_exports(database, week, max(2, runs // 3)))
    database.close()
    return result


def _exports(database: Database, week: IsoWeek, runs: int) -> dict[str, Any]:
    try:
        from quadrant.interop.report import ReportOptions
        from quadrant.interop.week_export import ExportFormat, export_week
    except ImportError:
        return {f"export_{name}_ms": None for name in FORMATS}
    accepted = set(inspect.signature(export_week).parameters)
    pdf = _pdf_tools()
    found: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name in FORMATS:
            if name == "pdf" and pdf is None:
                found[f"export_{name}_ms"] = None
                continue
            extra = {k: v for k, v in (pdf or {}).items() if name == "pdf" and k in accepted}
            target = Path(folder) / f"week.{name}"

            def export(name: str = name, target: Path = target, extra: Any = extra) -> None:
                export_week(database.unit_of_work(), week, target, ExportFormat(name),
                            ReportOptions(), **extra)  # fmt: skip

            found[f"export_{name}_ms"] = timed(export, runs)
            found[f"export_{name}_bytes"] = target.stat().st_size
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    emit(run(args.data_dir, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
