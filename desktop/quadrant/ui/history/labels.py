"""The words for a move's reason and its due-date change, translated in one place."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from quadrant.domain.history import Reason
from quadrant.ui.labels import local_datetime, short_due


def reason_label(reason: Reason) -> str:
    """A reason category as the user reads it."""
    labels = {
        Reason.NEW_REQUEST: QCoreApplication.translate("reasons", "New request"),
        Reason.DEADLINE_CHANGED: QCoreApplication.translate("reasons", "Deadline changed"),
        Reason.MANAGER_CHANGED_PRIORITY: QCoreApplication.translate(
            "reasons", "Manager changed the priority"
        ),
        Reason.OWN_PLANNING: QCoreApplication.translate("reasons", "Own planning"),
        Reason.EMERGENCY: QCoreApplication.translate("reasons", "Emergency"),
    }
    return labels[reason]


def stored_reason_label(key: str | None) -> str:
    """A stored reason key in words; a key from another version is shown as it is."""
    if not key:
        return ""
    try:
        return reason_label(Reason(key))
    except ValueError:
        return key.replace("_", " ")


def due_change(before: datetime | None, after: datetime | None) -> str:
    """ "Fri 27 Nov → Mon 30 Nov", "– → Fri 27 Nov"; empty when the due date stayed."""
    if before == after:
        return ""
    none = QCoreApplication.translate("reasons", "none")
    first = short_due(before) if before is not None else none
    second = short_due(after) if after is not None else none
    return f"{first} → {second}"


def moment(at: datetime) -> str:
    """When an entry was written, in local time: "Thu 19 Nov 14:05" (the year if not this one)."""
    local = local_datetime(at)
    locale = QLocale()
    this_year = local.date().year() == QDateTime.currentDateTime().date().year()
    day = locale.toString(local.date(), "ddd d MMM" if this_year else "ddd d MMM yyyy")
    return f"{day} {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"
