"""The reflection sub-command: ``export-week`` writes a week's reflection or value report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from quadrant.cli.common import Commands, data_dir_option, require_data
from quadrant.cli.speech import CommandLine
from quadrant.paths import AppPaths

if TYPE_CHECKING:
    from quadrant.interop.week_export import ChartPainter, PdfRenderer

WEEK_STARTS = {"monday": 0, "saturday": 5, "sunday": 6}


def add_commands(commands: Commands) -> None:
    """Register ``export-week``."""
    export = commands.add_parser(
        "export-week", help="write a week's reflection or value report to a file"
    )
    export.add_argument("--week", required=True, metavar="YYYY-Www", help="the ISO week, 2026-W47")
    export.add_argument("--format", required=True, choices=("md", "html", "csv", "pdf"))
    export.add_argument("--variant", choices=("reflection", "value"), default="reflection")
    export.add_argument("--output", required=True, metavar="FILE", type=Path)
    export.add_argument("--language", choices=("en", "nl"), default="en")
    export.add_argument("--week-start", choices=tuple(WEEK_STARTS), default="monday")
    export.add_argument(
        "--hide-names", action="store_true", help="value report: leave out other requesters' names"
    )
    export.add_argument("--for", dest="for_requester", metavar="NAME", help="the report's reader")
    data_dir_option(export)
    export.set_defaults(handler=cmd_export_week)


def cmd_export_week(args: argparse.Namespace, paths: AppPaths) -> int:
    """Write the week's report; ``--language`` is the report's, not the CLI's."""
    from quadrant.app import Database
    from quadrant.interop.report import ReportOptions, Variant
    from quadrant.interop.week_export import ExportFormat, export_week, prepare_export

    export_format = ExportFormat(args.format)
    renderer, painter = pdf_tools() if export_format is ExportFormat.PDF else (None, None)
    week, output = prepare_export(args.week, args.output, export_format, renderer)
    require_data(paths)
    options = ReportOptions(
        variant=Variant(args.variant),
        language=args.language,
        hide_other_names=args.hide_names,
        for_requester=args.for_requester,
    )
    database = Database(paths)
    try:
        written = export_week(
            database.unit_of_work(),
            week,
            output,
            export_format,
            options,
            week_start=WEEK_STARTS[args.week_start],
            pdf_renderer=renderer,
            chart_painter=painter,
        )
    finally:
        database.close()
    print(
        CommandLine.tr("Wrote week {week} ({format}, {variant}) to {path}",
                       week=week, format=args.format, variant=args.variant, path=written)
    )  # fmt: skip
    return 0


def pdf_tools() -> tuple[PdfRenderer, ChartPainter]:
    """Qt draws the PDF: a QGuiApplication (offscreen without a display), no window."""
    from quadrant.ui.pdf import ensure_gui_application, paint_chart, pdf_renderer

    ensure_gui_application()
    return pdf_renderer, paint_chart
