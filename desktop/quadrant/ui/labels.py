"""User-visible names for domain values, translated: the one place the UI words them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, Task, TaskStatus
from quadrant.ui.i18n import Plurals


def quadrant_title(quadrant: Quadrant) -> str:
    """The quadrant's short name, as shown above its pane."""
    titles = {
        Quadrant.DO: QCoreApplication.translate("labels", "Do now"),
        Quadrant.PLAN: QCoreApplication.translate("labels", "Plan"),
        Quadrant.DELEGATE: QCoreApplication.translate("labels", "Delegate or negotiate"),
        Quadrant.DROP: QCoreApplication.translate("labels", "Decline or drop"),
    }
    return titles[quadrant]


def quadrant_hint(quadrant: Quadrant) -> str:
    """One line saying what belongs in the quadrant."""
    hints = {
        Quadrant.DO: QCoreApplication.translate(
            "labels", "Urgent and important: today's real work."
        ),
        Quadrant.PLAN: QCoreApplication.translate(
            "labels", "Important, not urgent: protect time for it."
        ),
        Quadrant.DELEGATE: QCoreApplication.translate(
            "labels", "Urgent for someone, not for you: pass on or renegotiate."
        ),
        Quadrant.DROP: QCoreApplication.translate(
            "labels", "Neither: say no kindly, or let it go."
        ),
    }
    return hints[quadrant]


def task_count(count: int) -> str:
    """'3 tasks', with the language's plural rules."""
    return Plurals.tr("%n task(s)", "", count)


def cause_label(cause: Cause) -> str:
    """Who or what caused a reprioritisation."""
    labels = {
        Cause.SELF: QCoreApplication.translate("labels", "Own planning"),
        Cause.REQUESTER: QCoreApplication.translate("labels", "Requester"),
        Cause.DEADLINE: QCoreApplication.translate("labels", "Deadline"),
        Cause.REPLY: QCoreApplication.translate("labels", "Reply"),
        Cause.IMPORT: QCoreApplication.translate("labels", "Import"),
        Cause.UNDO: QCoreApplication.translate("labels", "Undo"),
    }
    return labels[cause]


def status_label(status: TaskStatus) -> str:
    """A task status in words."""
    labels = {
        TaskStatus.OPEN: QCoreApplication.translate("labels", "Open"),
        TaskStatus.WAITING: QCoreApplication.translate("labels", "Waiting"),
        TaskStatus.DONE: QCoreApplication.translate("labels", "Done"),
        TaskStatus.DROPPED: QCoreApplication.translate("labels", "Dropped"),
    }
    return labels[status]


def local_datetime(moment: datetime) -> QDateTime:
    """A stored UTC moment as a Qt date-time in local time."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def short_due(moment: datetime) -> str:
    """A due moment in the locale's short date form, e.g. 'Fri 27 Nov'."""
    local = local_datetime(moment)
    return QLocale().toString(local.date(), "ddd d MMM")


def describe_task(task: Task, now: datetime) -> str:
    """Everything a screen reader or a tooltip should say about a task."""
    parts = [task.title, quadrant_title(task.quadrant)]
    if task.requester_name:
        parts.append(
            QCoreApplication.translate("labels", "for %1").replace("%1", task.requester_name)
        )
    if task.due_at is not None:
        due = short_due(task.due_at)
        if task.is_overdue(now):
            parts.append(
                QCoreApplication.translate("labels", "overdue since %1").replace("%1", due)
            )
        else:
            parts.append(QCoreApplication.translate("labels", "due %1").replace("%1", due))
    if task.status is not TaskStatus.OPEN:
        parts.append(status_label(task.status))
    return ", ".join(parts)
