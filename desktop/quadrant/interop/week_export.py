"""Exporting one week: read it, render it in the chosen format, write it atomically.

The command line and the reflection dialog both call ``export_week``. PDF is
drawn by Qt (QTextDocument → QPdfWriter), which this layer may not import:
the caller that has Qt hands in a ``pdf_renderer`` that turns the report's
HTML into PDF bytes; without one, PDF is refused with a clear message. It
may hand in a ``chart_painter`` as well, which draws each chart of the
report as a PNG picture: QTextDocument cannot draw the HTML's SVG charts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ExportFailed
from quadrant.domain.reflection import MONDAY, IsoWeek, WeekReview
from quadrant.interop.atomic import check_target, write_atomically
from quadrant.interop.html import render_html
from quadrant.interop.markdown import render_markdown
from quadrant.interop.report import Chart, ReportOptions, build_report
from quadrant.interop.week_csv import render_csv
from quadrant.services.ports import UnitOfWork
from quadrant.services.reflection import as_week, week_review

_NO_PDF = QT_TRANSLATE_NOOP("errors", "PDF export is not available yet; choose md, html or csv.")

PdfRenderer = Callable[[str], bytes]
"""Turns a report's HTML into PDF bytes (provided by the GUI layer)."""

ChartPainter = Callable[[Chart], bytes]
"""Draws one chart of the report as PNG bytes (provided by the GUI layer, for PDF)."""


class ExportFormat(StrEnum):
    """The file formats a week can be exported in."""

    MARKDOWN = "md"
    HTML = "html"
    CSV = "csv"
    PDF = "pdf"


def render_week(
    review: WeekReview,
    export_format: ExportFormat,
    options: ReportOptions,
    *,
    chart_images: Mapping[str, bytes] | None = None,
    pdf_renderer: PdfRenderer | None = None,
    chart_painter: ChartPainter | None = None,
) -> bytes:
    """The bytes of the week's file in one format.

    ``chart_painter`` draws the PDF's charts that ``chart_images`` does not hold.

    Raises:
        ExportFailed: PDF was asked for without a PDF renderer.
    """
    if export_format is ExportFormat.CSV:
        return render_csv(review, options)
    report = build_report(review, options)
    if export_format is ExportFormat.MARKDOWN:
        return render_markdown(report).encode("utf-8", errors="replace")
    if export_format is ExportFormat.HTML:
        return render_html(report, chart_images).encode("utf-8", errors="replace")
    if pdf_renderer is None:
        raise ExportFailed(_NO_PDF)
    # QTextDocument draws no SVG: the PDF gets the pictures handed in, or no charts.
    pictures = dict(chart_images or {})
    if chart_painter is not None:
        for block in report.blocks:
            if isinstance(block, Chart) and block.key not in pictures:
                pictures[block.key] = chart_painter(block)
    return pdf_renderer(render_html(report, pictures, svg_charts=False))


def prepare_export(
    week: IsoWeek | str,
    output: str | os.PathLike[str],
    export_format: ExportFormat,
    pdf_renderer: PdfRenderer | None = None,
) -> tuple[IsoWeek, Path]:
    """Check everything about an export that can be checked before reading any data.

    Returns:
        The week and the absolute output path.

    Raises:
        ValidationError: the week label is not valid.
        ExportFailed: the output cannot be written, or PDF has no renderer.
    """
    chosen = as_week(week)
    target = check_target(output)
    if export_format is ExportFormat.PDF and pdf_renderer is None:
        raise ExportFailed(_NO_PDF)
    return chosen, target


def export_week(
    uow: UnitOfWork,
    week: IsoWeek | str,
    output: str | os.PathLike[str],
    export_format: ExportFormat,
    options: ReportOptions,
    *,
    week_start: int = MONDAY,
    now: datetime | None = None,
    chart_images: Mapping[str, bytes] | None = None,
    pdf_renderer: PdfRenderer | None = None,
    chart_painter: ChartPainter | None = None,
) -> Path:
    """Write one week's report or events to ``output``, whole or not at all.

    Returns:
        The absolute path written.

    Raises:
        ValidationError: the week label is not valid.
        ExportFailed: the file cannot be written (nothing partial is left), or
            PDF was asked for without a renderer.
    """
    chosen, target = prepare_export(week, output, export_format, pdf_renderer)
    with_events = export_format is ExportFormat.CSV
    review = week_review(uow, chosen, week_start, tz=options.tz, now=now, with_events=with_events)
    data = render_week(
        review,
        export_format,
        options,
        chart_images=chart_images,
        pdf_renderer=pdf_renderer,
        chart_painter=chart_painter,
    )
    write_atomically(target, data)
    return target
