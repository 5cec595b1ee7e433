"""The PDF report of the busy week, phase by phase: read, report + charts, layout and print.

    python benchmarks/generate.py --data-dir DIR      # once
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_pdf.py --data-dir DIR [--runs 10]

Reports wall time and this process's CPU time (medians after a first,
warming run): on a shared machine the CPU time is the figure that does not
depend on what else runs. The budget is 500 ms for the whole export
(``export_week`` to a file, as the dialog and ``quadrant export-week`` run it).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generate import read_meta
from harness import emit
from quadrant.app import Database
from quadrant.domain.reflection import IsoWeek
from quadrant.interop.report import ReportOptions
from quadrant.interop.week_export import ExportFormat, export_week, render_week
from quadrant.paths import resolve_paths
from quadrant.services.reflection import week_review
from quadrant.ui import pdf

BUDGET_MS = 500.0


def measured(action: Callable[[], object], runs: int) -> dict[str, float]:
    """Median wall and CPU milliseconds of ``runs`` calls after one warming call."""
    action()
    wall, cpu = [], []
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    return {"wall_ms": statistics.median(wall), "cpu_ms": statistics.median(cpu)}


def run(data_dir: Path, runs: int) -> dict[str, Any]:
    pdf.ensure_gui_application()
    week = IsoWeek.parse(read_meta(data_dir)["busy_week"])
    database = Database(resolve_paths(data_dir))
    database.warm_up()
    options = ReportOptions()
    review = week_review(database.unit_of_work(), week)
    pages: dict[str, str] = {}

    def keep_html(html: str) -> bytes:
        pages["html"] = html
        return b""

    def report() -> object:
        return render_week(review, ExportFormat.PDF, options, pdf_renderer=keep_html,
                           chart_painter=pdf.paint_chart)  # fmt: skip

    result: dict[str, Any] = {"week": str(week)}
    result["read"] = measured(lambda: week_review(database.unit_of_work(), week), runs)
    result["report_and_charts"] = measured(report, runs)
    result["layout_and_print"] = measured(lambda: pdf.html_to_pdf(pages["html"]), runs)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "week.pdf"

        def export() -> object:
            return export_week(
                database.unit_of_work(), week, target, ExportFormat.PDF, options,
                pdf_renderer=pdf.pdf_renderer, chart_painter=pdf.paint_chart,
            )  # fmt: skip

        result["export"] = measured(export, runs)
        result["pdf_bytes"] = target.stat().st_size
        result["pages"] = pdf.html_to_pdf(pages["html"]).count(b"/Type /Page\n") or None
    result["budget_ms"] = BUDGET_MS
    result["within_budget_cpu"] = result["export"]["cpu_ms"] <= BUDGET_MS
    database.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    emit(run(args.data_dir, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
