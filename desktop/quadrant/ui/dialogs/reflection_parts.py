"""Pieces of the reflection dialog: the week in numbers, the prompts, and the chart data.

All words are the UI's (translated with Qt); the exported report has its own
words in the language chosen for it (interop.report_labels).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import COMPARED_WEEKS, Figure, WeekStats
from quadrant.domain.replies import ReplyKind
from quadrant.ui.labels import quadrant_title
from quadrant.ui.reply_labels import kind_short


def prompt_text(key: str) -> str:
    """A reflection question in the UI language; an unknown key reads as itself."""
    texts = {
        "went_well": QCoreApplication.translate("reflection", "What went well this week?"),
        "learned": QCoreApplication.translate(
            "reflection", "What did I learn, including from my mistakes?"
        ),
        "added_value": QCoreApplication.translate(
            "reflection", "Where did I add value, and for whom?"
        ),
        "influence": QCoreApplication.translate(
            "reflection", "What could I influence, and what did I let go?"
        ),
        "next_week": QCoreApplication.translate(
            "reflection", "What will I do differently next week?"
        ),
    }
    return texts.get(key, key.replace("_", " "))


def figure_label(figure: Figure) -> str:
    """A figure's name in the numbers table."""
    labels = {
        Figure.CAPTURED: QCoreApplication.translate("reflection", "Tasks captured"),
        Figure.COMPLETED: QCoreApplication.translate("reflection", "Tasks completed"),
        Figure.PLAN_SHARE: QCoreApplication.translate(
            "reflection", "Completed work that was planned"
        ),
        Figure.INTERRUPTIONS: QCoreApplication.translate("reflection", "Urgent requests"),
        Figure.MOVES: QCoreApplication.translate("reflection", "Reprioritisations"),
        Figure.REPLIES: QCoreApplication.translate("reflection", "Replies sent"),
        Figure.OVERDUE: QCoreApplication.translate("reflection", "Overdue at the week's end"),
        Figure.FOCUS_MINUTES: QCoreApplication.translate(
            "reflection", "Focus time on planned work"
        ),
    }
    return labels[figure]


def figure_text(figure: Figure, value: float | None) -> str:
    """A figure's value as the locale writes it; a dash when there is none."""
    if value is None:
        return "–"
    locale = QLocale()
    if figure is Figure.PLAN_SHARE:
        return f"{round(value * 100)}%"
    if figure is Figure.FOCUS_MINUTES:
        hours, minutes = divmod(round(value), 60)
        if hours:
            return (
                QCoreApplication.translate("reflection", "%1 h %2 min")
                .replace("%1", str(hours))
                .replace("%2", str(minutes))
            )
        return QCoreApplication.translate("reflection", "%1 min").replace("%1", str(minutes))
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


class NumbersTable(QWidget):
    """The week's figures beside the average of the weeks before it.

    The plan share — the health figure — is set in bold.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week_numbers")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        headers = (
            QCoreApplication.translate("reflection", "This week"),
            QCoreApplication.translate("reflection", "Average of the %1 weeks before").replace(
                "%1", str(COMPARED_WEEKS)
            ),
        )
        for column, text in enumerate(headers, start=1):
            header = QLabel(text)
            header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            header.setWordWrap(True)
            header.setEnabled(False)
            grid.addWidget(header, 0, column)
        self.values: dict[Figure, tuple[QLabel, QLabel]] = {}
        for row, figure in enumerate(Figure, start=1):
            name = QLabel(figure_label(figure))
            name.setWordWrap(True)
            value, average = QLabel(), QLabel()
            for label in (value, average):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if figure is Figure.PLAN_SHARE:
                bold = QFont(name.font())
                bold.setBold(True)
                for label in (name, value):
                    label.setFont(bold)
                name.setToolTip(
                    QCoreApplication.translate(
                        "reflection",
                        "The share of the tasks you completed that were important but not "
                        "urgent: work done before it became a rush.",
                    )
                )
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(average, row, 2)
            self.values[figure] = (value, average)
        grid.setColumnStretch(0, 1)

    def show_stats(self, stats: WeekStats) -> None:
        """Fill in one week's figures."""
        for figure, (value, average) in self.values.items():
            compared = stats.compared(figure)
            value.setText(figure_text(figure, compared.value))
            average.setText(figure_text(figure, compared.average))

    def value_text(self, figure: Figure) -> str:
        """What the table shows for a figure this week (tests read it)."""
        return self.values[figure][0].text()


def quadrant_bars(stats: WeekStats) -> list[tuple[str, float]]:
    """The share of completed work per quadrant (empty when nothing was completed)."""
    total = stats.counts.completed_total
    if not total:
        return []
    return [(quadrant_title(q), stats.counts.completed.get(q, 0) / total) for q in Quadrant]


def disruption_bars(stats: WeekStats) -> list[tuple[str, float]]:
    """Urgent requests per requester, most first."""
    ordered = sorted(stats.counts.interruptions.items(), key=lambda item: (-item[1], item[0]))
    return [(name, float(count)) for name, count in ordered]


def reply_bars(stats: WeekStats) -> list[tuple[str, float]]:
    """Replies sent per kind, most first."""
    totals = {kind: sum(outcomes.values()) for kind, outcomes in stats.counts.replies.items()}
    ordered = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    return [(_kind_name(kind), float(count)) for kind, count in ordered]


def _kind_name(kind: str) -> str:
    try:
        return kind_short(ReplyKind(kind))
    except ValueError:  # a kind from a newer version
        return kind.replace("_", " ")
