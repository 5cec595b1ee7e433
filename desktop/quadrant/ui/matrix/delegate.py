"""Paints a task: title on the first line, requester and due date below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from quadrant.domain.task import Task, TaskStatus
from quadrant.services.clock import utc_now
from quadrant.ui.labels import short_due, status_label
from quadrant.ui.matrix.model import TaskRole

_PADDING = 6
OVERDUE_COLOR = "#c62828"
OVERDUE_COLOR_DARK = "#ff8a80"


class TaskDelegate(QStyledItemDelegate):
    """Two lines per task; overdue dates in red and with a word, not colour alone."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + _PADDING * 2 + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        task = index.data(TaskRole.TASK)
        if not isinstance(task, Task):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        self._paint_text(painter, opt, task)

    def _paint_text(self, painter: QPainter, opt: QStyleOptionViewItem, task: Task) -> None:
        rect: QRect = opt.rect.adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        title_font = QFont(opt.font)
        title_font.setBold(True)
        title_font.setStrikeOut(task.status in (TaskStatus.DONE, TaskStatus.DROPPED))
        metrics = QFontMetrics(title_font)
        line = metrics.height()
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        title = metrics.elidedText(task.title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, title)

        detail_font = QFont(opt.font)
        painter.setFont(detail_font)
        detail_rect = QRect(rect.left(), rect.top() + line, rect.width(), line)
        overdue = task.is_overdue(utc_now())
        detail = self._detail(task, overdue)
        if overdue and not selected:
            dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
            painter.setPen(QColor(OVERDUE_COLOR_DARK if dark else OVERDUE_COLOR))
        else:
            role = text_role if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(palette.color(role))
        elided = QFontMetrics(detail_font).elidedText(
            detail, Qt.TextElideMode.ElideRight, detail_rect.width()
        )
        painter.drawText(detail_rect, 0, elided)
        painter.restore()

    @staticmethod
    def _detail(task: Task, overdue: bool) -> str:
        parts: list[str] = []
        if task.requester_name:
            parts.append(task.requester_name)
        if task.due_at is not None:
            due = short_due(task.due_at)
            parts.append(
                QCoreApplication.translate("TaskDelegate", "overdue %1").replace("%1", due)
                if overdue
                else due
            )
        if task.status is not TaskStatus.OPEN:
            parts.append(status_label(task.status))
        return (
            " · ".join(parts)
            if parts
            else QCoreApplication.translate("TaskDelegate", "no requester, no due date")
        )
