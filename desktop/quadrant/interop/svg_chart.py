"""Horizontal bar charts as inline SVG, drawn by hand: no library, no external resource.

The SVG is meant to sit inside an HTML5 page, where the parser gives ``<svg>``
its namespace by itself; leaving out the ``xmlns`` attribute keeps the page
free of any URL at all. Every label is escaped.
"""

from __future__ import annotations

from html import escape

from quadrant.interop.report import Chart

WIDTH = 560
LABEL_WIDTH = 210
BAR_AREA = 270
ROW_HEIGHT = 26
BAR_HEIGHT = 16
MAX_LABEL_CHARS = 30
BAR_COLOUR = "#3b6ea5"


def _short(label: str) -> str:
    """A label that fits its column; the full text stays in the bar's tooltip."""
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def _value_text(value: float, percent: bool) -> str:
    if percent:
        return f"{round(value * 100)}%"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def render_svg(chart: Chart) -> str:
    """The chart as an ``<svg>`` element with an accessible name."""
    top = max((value for _, value in chart.bars), default=0.0)
    scale = BAR_AREA / top if top > 0 else 0.0
    height = ROW_HEIGHT * max(1, len(chart.bars)) + 8
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(chart.title)}" '
        f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}">'
    ]
    for index, (label, value) in enumerate(chart.bars):
        y = 4 + index * ROW_HEIGHT
        middle = y + ROW_HEIGHT // 2
        length = max(0.0, value * scale)
        text = _value_text(value, chart.percent)
        parts.append(
            f"<g><title>{escape(label)}: {text}</title>"
            f'<text x="{LABEL_WIDTH - 8}" y="{middle}" text-anchor="end" '
            f'dominant-baseline="middle">{escape(_short(label))}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{middle - BAR_HEIGHT // 2}" width="{length:.1f}" '
            f'height="{BAR_HEIGHT}" fill="{BAR_COLOUR}"></rect>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{middle}" '
            f'dominant-baseline="middle">{text}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)
