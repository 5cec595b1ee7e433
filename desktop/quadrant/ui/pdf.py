"""The week report as PDF: the report's HTML laid out by QTextDocument, printed by QPdfWriter.

Only QtGui is used, so the command line can make a PDF with a
QGuiApplication (offscreen when there is no display) and no widgets. Pages
are A4 with margins; each page is drawn separately (``drawContents`` on the
page's slice of the document) so that a footer with the page number can be
painted under it. A heading is never left alone at the foot of a page.

QTextDocument cannot draw SVG, so the charts come as PNG pictures painted
here with QPainter (``paint_chart``); ``export_week`` asks for them through
its ``chart_painter``. The same pictures serve the command line and the
reflection dialog, so both make the same PDF.
"""

from __future__ import annotations

import base64
import itertools
import os
import re
import sys
from collections.abc import Iterator

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextDocument,
)

from quadrant.interop.report import Chart
from quadrant.interop.svg_chart import BAR_COLOUR

RESOLUTION = 96
"""Dots per inch of the layout: the CSS pixel, so lengths in the HTML and here agree.

The PDF stays vector text whatever this is (QTextDocument places glyphs in
fractions of a unit); 96 draws a third faster than 300 and looks the same.
"""

MARGINS_MM = QMarginsF(20, 18, 20, 14)
FOOTER_MM = 8.0
KEEP_WITH_NEXT = 0.1
"""A heading in the last tenth of a page moves to the next one, with what it introduces."""

CHART_WIDTH = 1000
CHART_SCALE = 1.5
"""Charts are painted at one and a half times their size: sharp in print (about 150 dpi on
the page), and a busy week's 40 bars still paint and encode in tens of milliseconds."""

PNG_QUALITY = 80
"""Qt's PNG "quality" is zlib effort: the picture only travels into the PDF (which
compresses it again), so a lighter effort saves time for a few per cent in size."""

BODY_POINT_SIZE = 10

_FOOTERS = {"en": "Page {page} of {pages}", "nl": "Pagina {page} van {pages}"}
_STYLE_ELEMENT = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

PRINT_STYLE = """
body { color: #1d2330; }
h1 { font-size: 19pt; margin-bottom: 2px; }
h2 { font-size: 14pt; margin-top: 14px; margin-bottom: 6px; }
h3 { font-size: 11pt; margin-top: 6px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 8px; }
p.period { color: #566077; }
ul { margin-top: 0px; margin-bottom: 8px; }
table { margin-bottom: 12px; }
th, td { padding: 2px 5px; border-bottom: 1px solid #e3e7ee; }
th { background-color: #f3f5f9; font-weight: bold; text-align: left; }
td.num, th.num { text-align: right; }
p.figure { margin-top: 4px; margin-bottom: 14px; }
span.caption { color: #566077; }
"""
"""The page's look in print, in QTextDocument's CSS (lengths in 1/96 inch).

It replaces the HTML's own stylesheet, which is written for browsers: QTextDocument
reads no ``rem`` and would lose the padding and margins given in it.
"""
_HEADING = re.compile(r"<h([1-6])>")
MAX_PAGINATION_PASSES = 8
"""Layouts spent keeping headings with their text; past that, a heading may end a page."""
_LANGUAGE = re.compile(r'<html[^>]*\blang="([A-Za-z-]+)"')

_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """A Qt GUI application for painting, created if none runs (the command line).

    Without a display (a server, a CI job) Qt is told to paint offscreen.
    """
    global _application
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication(["quadrant"])
    return _application


# --- charts ------------------------------------------------------------------------------


def _value_text(value: float, percent: bool) -> str:
    if percent:
        return f"{round(value * 100)}%"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def paint_chart(chart: Chart) -> bytes:
    """A horizontal bar chart as PNG bytes: labels left, bars, values after the bars."""
    ensure_gui_application()
    scale = CHART_SCALE
    font = QFont()
    font.setPixelSize(round(14 * scale))
    metrics = QFontMetricsF(font)
    row, bar, gap = 28 * scale, 16 * scale, 10 * scale
    width = CHART_WIDTH
    widest = max((metrics.horizontalAdvance(label) for label, _ in chart.bars), default=0.0)
    label_width = min(widest, width * 0.42)
    value_width = metrics.horizontalAdvance("100%") + gap
    bar_area = width - label_width - 2 * gap - value_width
    top = max((value for _, value in chart.bars), default=0.0)
    height = round(row * max(1, len(chart.bars)) + gap)
    image = QImage(width, height, QImage.Format.Format_RGB32)  # opaque: half the PNG work
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    for index, (label, value) in enumerate(chart.bars):
        y = gap / 2 + index * row
        text_rect = QRectF(0, y, label_width, row)
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
        painter.setPen(QColor("#1d2330"))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(align), shown)
        length = bar_area * value / top if top > 0 else 0.0
        bar_rect = QRectF(label_width + gap, y + (row - bar) / 2, max(length, 0.0), bar)
        painter.fillRect(bar_rect, QColor(BAR_COLOUR))
        value_rect = QRectF(bar_rect.right() + gap / 2, y, value_width, row)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(value_rect, int(left), _value_text(value, chart.percent))
    painter.setPen(QPen(QColor("#c9ced8"), scale))
    axis_x = label_width + gap
    painter.drawLine(round(axis_x), round(gap / 2), round(axis_x), round(height - gap / 2))
    painter.end()
    return _png(image)


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", PNG_QUALITY)  # type: ignore[call-overload]  # stubs: bytes; PySide: str
    buffer.close()
    return bytes(data.data())


# --- pages -------------------------------------------------------------------------------


def html_to_pdf(html: str) -> bytes:
    """The report's HTML as an A4 PDF with page numbers (``export_week``'s pdf_renderer)."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator("Quadrant")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = FOOTER_MM / 25.4 * RESOLUTION
    page = QSizeF(area.width(), area.height() - footer)
    document = _paginated(for_print(html, page.width() / (RESOLUTION / 96)), writer, page)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    _print(document, writer, page, footer, _footer_words(html))
    buffer.close()
    return bytes(data.data())


pdf_renderer = html_to_pdf
"""The name ``export_week`` knows it by: HTML in, PDF bytes out."""


def _document(html: str, writer: QPdfWriter) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)  # measure text as the PDF will print it
    font = QFont()
    font.setPointSize(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(PRINT_STYLE)
    document.setHtml(html)
    return document


_IMAGE = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/]{32})')
_REWRITES = (
    ("<figure>", '<p class="figure">'),
    ("<figcaption>", '<br><span class="caption">'),
    ("</figcaption>", "</span>"),
    ("</figure>", "</p>"),
    ('<table cellspacing="0" cellpadding="4">', '<table width="100%" cellspacing="0">'),
)
"""Markup QTextDocument does not know, as markup it does (CSS width on a table it ignores)."""


def for_print(html: str, width: float) -> str:
    """The report's HTML as QTextDocument should lay it out on a page ``width`` wide (1/96 in).

    The browser stylesheet goes (PRINT_STYLE replaces it); a figure becomes a
    paragraph QTextDocument knows, its caption a line under the picture; tables
    take the page's width; every picture gets its size, read from its PNG
    header, at most the page's width.
    The HTML is interop.html's own, where user text is escaped: these patterns
    cannot match anything a user typed.
    """
    html = _STYLE_ELEMENT.sub("", html, count=1)
    for tag, replacement in _REWRITES:
        html = html.replace(tag, replacement)
    return _IMAGE.sub(lambda found: _sized(found, width), html)


def _sized(found: re.Match[str], width: float) -> str:
    header = base64.b64decode(found.group(1))  # 24 bytes: signature, IHDR length, type, size
    natural_width = int.from_bytes(header[16:20], "big")
    natural_height = int.from_bytes(header[20:24], "big")
    if header[:8] != PNG_SIGNATURE or natural_width <= 0:
        return found.group(0)
    shown = min(width, natural_width / CHART_SCALE)
    height = shown * natural_height / natural_width
    return f'<img width="{shown:.0f}" height="{height:.0f}"{found.group(0)[4:]}'


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _paginated(html: str, writer: QPdfWriter, page: QSizeF) -> QTextDocument:
    """The laid-out document, with no heading left alone at the foot of a page.

    A heading (or a run of headings, such as "Reflection" and its first
    question) belongs on the page where its content begins. Each pass finds
    the first heading that does not, and lays the document out afresh with a
    page break before it. Everything about the look is settled in the HTML:
    a format changed after the layout costs far more than a fresh layout,
    and QTextDocument may leave the blocks after it unplaced.
    """
    breaks: set[int] = set()
    while True:
        document = _document(_with_breaks(html, breaks), writer)
        document.setPageSize(page)
        orphan = _first_orphan_heading(document, page.height(), max(breaks, default=-1))
        if orphan is None or len(breaks) >= MAX_PAGINATION_PASSES:
            return document
        breaks.add(orphan)


def _with_breaks(html: str, breaks: set[int]) -> str:
    """``html`` with a page break before the headings numbered in ``breaks`` (from 0)."""
    if not breaks:
        return html
    numbers = itertools.count()

    def heading(found: re.Match[str]) -> str:
        if next(numbers) in breaks:
            return f'<h{found.group(1)} style="page-break-before: always">'
        return found.group(0)

    return _HEADING.sub(heading, html)


def _first_orphan_heading(document: QTextDocument, page_height: float, after: int) -> int | None:
    """The number of the first heading after ``after`` parted from its content by a page end."""
    layout = document.documentLayout()
    number = -1
    for block in _blocks(document):
        if block.blockFormat().headingLevel() == 0:
            continue
        number += 1
        if number <= after or _is_heading(block.previous()):
            continue
        content = block.next()
        while content.isValid() and _is_heading(content):
            content = content.next()
        if not content.isValid():
            continue
        top = layout.blockBoundingRect(block).top()
        end = layout.blockBoundingRect(content).bottom()
        if top > 0 and int(top // page_height) != int(end // page_height):
            return number
    return None


def _is_heading(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().headingLevel() > 0


def _footer_words(html: str) -> str:
    found = _LANGUAGE.search(html[:500])
    language = found.group(1).split("-")[0].lower() if found else "en"
    return _FOOTERS.get(language, _FOOTERS["en"])


def _print(
    document: QTextDocument, writer: QPdfWriter, page: QSizeF, footer: float, words: str
) -> None:
    pages = max(1, document.pageCount())
    painter = QPainter(writer)
    small = QFont(document.defaultFont())
    small.setPointSize(BODY_POINT_SIZE - 2)
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            top = number * page.height()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#566077"))
            foot = QRectF(0, page.height(), page.width(), footer)
            text = words.format(page=number + 1, pages=pages)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
            painter.drawText(foot, int(align), text)
    finally:
        painter.end()
