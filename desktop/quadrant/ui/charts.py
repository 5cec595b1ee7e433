"""The reflection dialog's charts, drawn with QtCharts.

QtCharts is a large library that start-up never needs: this module is
imported only when the reflection dialog opens (a test checks that the main
window leaves it unloaded). Each chart is a horizontal bar chart — long
names read best on the left, and a handful of bars fits any width.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from quadrant.interop.svg_chart import BAR_COLOUR
from quadrant.ui.plain_text import plain_tooltip

MAX_LABEL_CHARS = 32
"""A long name is cut on the axis; the full text is in the tooltip of the bar."""


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


class ChartPanel(QWidget):
    """One titled bar chart, or a line of text when the week has nothing to show."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setTitle(title)
        title_font = QFont(self.font())
        title_font.setBold(True)
        self.chart.setTitleFont(title_font)
        self.chart.legend().hide()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setTitleBrush(self.palette().color(QPalette.ColorRole.WindowText))
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(title)
        self.view.setMinimumHeight(140)
        self.empty = QLabel(f"{title}\n\n{empty_text}")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setEnabled(False)  # greyed: a remark, not a figure
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self.bars: tuple[tuple[str, float], ...] = ()

    @property
    def shows_chart(self) -> bool:
        """Whether there were bars to draw (else the empty text shows)."""
        return self._stack.currentWidget() is self.view

    def set_bars(self, bars: Sequence[tuple[str, float]], *, percent: bool = False) -> None:
        """Draw these (label, value) bars, top to bottom; values as shares when ``percent``."""
        self.bars = tuple(bars)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if not any(value for _, value in bars):
            self._stack.setCurrentWidget(self.empty)
            return
        shown = [(label, float(round(value * 100)) if percent else value) for label, value in bars]
        shown.reverse()  # a horizontal series draws its first category at the bottom
        values = QBarSet("")
        values.setColor(QColor(BAR_COLOUR))
        values.setBorderColor(QColor(BAR_COLOUR))  # no light outline on a dark palette
        values.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
        values.append([value for _, value in shown])
        series = QHorizontalBarSeries()
        series.append(values)
        series.setBarWidth(0.6)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value%" if percent else "@value")
        series.setLabelsPrecision(3)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(label) for label, _ in shown])
        categories.setGridLineVisible(False)
        categories.setTruncateLabels(False)
        categories.setLabelsColor(self.palette().color(QPalette.ColorRole.WindowText))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        scale = QValueAxis()
        top = max(value for _, value in shown)
        scale.setRange(0, top * 1.25 if top > 0 else 1)  # room for the value after the bar
        scale.setVisible(False)
        self.chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(scale)
        lines = "\n".join(f"{label}: {self._value(v, percent)}" for label, v in bars)
        self.view.setToolTip(plain_tooltip(lines))  # labels can be requester names
        self._stack.setCurrentWidget(self.view)

    @staticmethod
    def _value(value: float, percent: bool) -> str:
        if percent:
            return f"{round(value * 100)}%"
        return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
