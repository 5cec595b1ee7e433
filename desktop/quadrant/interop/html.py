"""The week report as one self-contained HTML file.

Self-contained means: styles inline, charts inline (SVG drawn here, or PNG
bytes handed in as ``data:`` images), and not a single URL. A Content
Security Policy says the same to the browser, so even a mistake could not
make the page fetch anything. Every piece of user text goes through
``html.escape``.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from html import escape

from quadrant.interop.report import (
    Block,
    BulletList,
    Chart,
    Heading,
    Paragraph,
    Report,
    Table,
    plain,
)
from quadrant.interop.svg_chart import render_svg

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_STYLE = """
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1d2330;
       margin: 2rem auto; max-width: 46rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; margin-top: 1.8rem; border-bottom: 1px solid #d5dae3; }
h3 { font-size: 1rem; margin-bottom: 0.3rem; }
.period { color: #566077; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; }
th, td { border-bottom: 1px solid #e3e7ee; padding: 0.3rem 0.5rem; text-align: left;
         vertical-align: top; }
th { background: #f3f5f9; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 0.8rem 0; }
figcaption { color: #566077; font-size: 0.9rem; }
svg.chart text { font-size: 12px; fill: #1d2330; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
""".strip()


def _text(text: str) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return escape(plain(text)).replace("\n", "<br>")


def _table(table: Table) -> str:
    def cell(tag: str, text: str, numeric: bool) -> str:
        css = ' class="num"' if numeric else ""
        scope = ' scope="col"' if tag == "th" else ""
        return f"<{tag}{css}{scope}>{_text(text)}</{tag}>"

    head = "".join(cell("th", h, n) for h, n in zip(table.headers, table.numeric, strict=True))
    body = "".join(
        "<tr>"
        + "".join(cell("td", c, n) for c, n in zip(row, table.numeric, strict=True))
        + "</tr>"
        for row in table.rows
    )
    # cellpadding: QTextDocument (the PDF path) ignores CSS padding on cells.
    return (
        f'<table cellspacing="0" cellpadding="4"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _chart(chart: Chart, images: Mapping[str, bytes], svg: bool) -> str:
    png = images.get(chart.key)
    if png is not None:
        encoded = base64.b64encode(png).decode("ascii")
        drawing = f'<img src="data:image/png;base64,{encoded}" alt="{escape(chart.title)}">'
    elif svg:
        drawing = render_svg(chart)
    else:
        return ""
    return f"<figure>{drawing}<figcaption>{_text(chart.title)}</figcaption></figure>"


def _block(block: Block, images: Mapping[str, bytes], svg: bool) -> str:
    if isinstance(block, Heading):
        level = max(2, min(6, block.level))
        return f"<h{level}>{_text(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_text(block.text)}</p>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, BulletList):
        return "<ul>" + "".join(f"<li>{_text(item)}</li>" for item in block.items) + "</ul>"
    return _chart(block, images, svg)


def render_html(
    report: Report, chart_images: Mapping[str, bytes] | None = None, *, svg_charts: bool = True
) -> str:
    """The report as a complete HTML5 document.

    Args:
        report: the report to render.
        chart_images: PNG bytes per chart key (the GUI's QtCharts pictures);
            charts without one are drawn as inline SVG.
        svg_charts: False for QTextDocument (the PDF path), which cannot draw
            SVG: charts without a picture are then left out.
    """
    images = chart_images or {}
    body = "\n".join(filter(None, (_block(block, images, svg_charts) for block in report.blocks)))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(report.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(report.title)}</title>\n<style>\n{_STYLE}\n</style>\n</head>\n"
        f'<body>\n<main>\n<h1>{_text(report.title)}</h1>\n<p class="period">'
        f"{_text(report.subtitle)}</p>\n{body}\n</main>\n</body>\n</html>\n"
    )
