"""Exporting one week: read it, render it in the chosen format, write it atomically.

The command line and the reflection dialog both call ``export_week``. PDF is
drawn by Qt (QTextDocument → QPdfWriter), which this layer may not import:
the caller that has Qt hands in a ``pdf_renderer`` that turns the report's
HTML into PDF bytes; without one, PDF is refused with a clear message.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from quadrant.domain.errors import ExportFailed
from quadrant.domain.reflection import MONDAY, IsoWeek, WeekReview
from quadrant.interop.atomic import check_target, write_atomically
from quadrant.interop.html import render_html
from quadrant.interop.markdown import render_markdown
from quadrant.interop.report import ReportOptions, build_report
from quadrant.interop.week_csv import render_csv
from quadrant.services.ports import UnitOfWork
from quadrant.services.reflection import as_week, week_review

_NO_PDF = "PDF export is not available yet; choose md, html or csv."

PdfRenderer = Callable[[str], bytes]
"""Turns a report's HTML into PDF bytes (provided by the GUI layer)."""


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
) -> bytes:
    """The bytes of the week's file in one format.

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
    return pdf_renderer(render_html(report, chart_images, svg_charts=False))


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
        review, export_format, options, chart_images=chart_images, pdf_renderer=pdf_renderer
    )
    write_atomically(target, data)
    return target
