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
    QUrl,
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
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTable,
)

from quadrant.interop.report import Chart
from quadrant.interop.svg_chart import BAR_COLOUR

RESOLUTION = 300
"""Dots per inch of the layout: fine enough that text positions are exact in the PDF."""

MARGINS_MM = QMarginsF(20, 18, 20, 14)
FOOTER_MM = 8.0
KEEP_WITH_NEXT = 0.1
"""A heading in the last tenth of a page moves to the next one, with what it introduces."""

CHART_WIDTH = 1300
CHART_SCALE = 2.0
"""Charts are painted at twice their size, so that the PDF's pictures stay sharp."""

BODY_POINT_SIZE = 10

_FOOTERS = {"en": "Page {page} of {pages}", "nl": "Pagina {page} van {pages}"}
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
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
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
    document = _document(html, writer)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = FOOTER_MM / 25.4 * RESOLUTION
    page = QSizeF(area.width(), area.height() - footer)
    # Formats change before the first layout: QTextDocument re-lays out a changed table
    # or picture but may then leave the blocks after it unplaced.
    edits = QTextCursor(document)
    edits.beginEditBlock()  # one layout for all these changes, not one per table cell (seconds)
    _fit_images(document, page.width())
    _space_tables(document)
    _space_headings(document)
    edits.endEditBlock()
    document.setPageSize(page)
    _keep_headings_with_next(document, page.height())
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
    document.setHtml(html)
    return document


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _fit_images(document: QTextDocument, width: float) -> None:
    """Give every picture the page's width (at most), keeping its proportions."""
    device_pixel = RESOLUTION / 96
    for block in _blocks(document):
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            char_format = fragment.charFormat()
            if not char_format.isImageFormat():
                continue
            image_format = char_format.toImageFormat()
            picture = document.resource(
                QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
            )
            size = picture.size() if hasattr(picture, "size") else None
            if size is None or size.width() <= 0:
                continue
            # Image sizes are in 1/96 inch: QTextDocument multiplies them by the printer's dpi.
            shown = min(width / device_pixel, size.width() / CHART_SCALE)
            image_format.setWidth(shown)
            image_format.setHeight(shown * size.height() / size.width())
            cursor = QTextCursor(document)
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.setCharFormat(image_format)
            _space_after(block, 14)  # picture and caption share a block; air after them


def _space_after(block: QTextBlock, space: float) -> None:
    block_format = QTextBlockFormat(block.blockFormat())
    block_format.setBottomMargin(space)
    QTextCursor(block).setBlockFormat(block_format)


_HEADING_SPACE = {2: 14.0, 3: 6.0}
"""Air above headings, in 1/96 inch: the stylesheet's rem margins do not reach QTextDocument."""


def _space_headings(document: QTextDocument) -> None:
    for block in _blocks(document):
        space = _HEADING_SPACE.get(block.blockFormat().headingLevel())
        if space is not None and block.blockNumber() > 0:
            block_format = QTextBlockFormat(block.blockFormat())
            block_format.setTopMargin(space)
            QTextCursor(block).setBlockFormat(block_format)


def _keep_headings_with_next(document: QTextDocument, page_height: float) -> bool:
    """Start a new page before a heading whose first lines of content would not follow it.

    A heading (or a run of headings, such as "Reflection" and its first
    question) belongs on the page where its content begins. Returns whether
    any page break was added.
    """
    layout = document.documentLayout()
    moved = False
    for block in _blocks(document):
        if block.blockFormat().headingLevel() == 0 or _is_heading(block.previous()):
            continue
        content = block.next()
        while content.isValid() and _is_heading(content):
            content = content.next()
        if not content.isValid():
            continue
        top = layout.blockBoundingRect(block).top()
        end = layout.blockBoundingRect(content).bottom()
        if top > 0 and int(top // page_height) != int(end // page_height):
            block_format = QTextBlockFormat(block.blockFormat())
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(block_format)
            # A full, clean layout before the next heading is measured (see html_to_pdf).
            document.markContentsDirty(0, document.characterCount())
            moved = True
    return moved


def _is_heading(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().headingLevel() > 0


def _space_tables(document: QTextDocument) -> None:
    """Full-width tables with readable cell padding.

    The HTML's own padding is lost on the way: QTextDocument reads no ``rem``
    units. Lengths here are in 1/96 inch, like the document's own (QTextDocument
    scales them to the printer's resolution).
    """
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        table_format = frame.format()
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setBottomMargin(12)
        frame.setFormat(table_format)
        for row in range(frame.rows()):
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                cell_format = cell.format().toTableCellFormat()
                cell_format.setLeftPadding(5)
                cell_format.setRightPadding(5)
                cell_format.setTopPadding(2)
                cell_format.setBottomPadding(2)
                cell.setFormat(cell_format)


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
