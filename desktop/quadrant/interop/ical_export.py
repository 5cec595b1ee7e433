"""Writing tasks as an .ics file that other programs and Quadrant itself read well.

Standard properties first (SUMMARY, DESCRIPTION, DUE, PRIORITY, STATUS,
CATEGORIES, COMPLETED), so Outlook or Thunderbird show a sensible task; then
X-QUADRANT-* properties carrying what the standard cannot say (the quadrant,
the requester, waiting, effort), so a round trip through Quadrant is lossless.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from icalendar import Calendar, Todo, vText

from quadrant.domain.task import Task, TaskStatus
from quadrant.domain.transfer import local_uid, priority_of_quadrant
from quadrant.services.clock import end_of_local_day, utc_now

PRODID = "-//Quadrant//Quadrant tasks//EN"

_STATUS_OUT = {
    TaskStatus.OPEN: "NEEDS-ACTION",
    TaskStatus.WAITING: "IN-PROCESS",
    TaskStatus.DONE: "COMPLETED",
    TaskStatus.DROPPED: "CANCELLED",
}


def export_ics(tasks: Iterable[Task], *, now: datetime | None = None) -> bytes:
    """An .ics file with one VTODO per task, readable by other programs and by Quadrant.

    Deleted tasks are never written. The caller chooses open or all tasks.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Quadrant")
    stamp = (now or utc_now()).astimezone(UTC)
    for task in tasks:
        if task.deleted_at is None:
            calendar.add_component(_todo(task, stamp))
    data: bytes = calendar.to_ical()
    return data


def _todo(task: Task, stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("uid", task.external_uid or local_uid(task))
    todo.add("dtstamp", stamp)
    if task.created_at is not None:
        todo.add("created", task.created_at.astimezone(UTC))
    todo.add("summary", task.title)
    if task.notes:
        todo.add("description", task.notes)
    if task.due_at is not None:
        todo.add("due", _due_value(task.due_at))
    todo.add("priority", priority_of_quadrant(task.quadrant))
    todo.add("status", _STATUS_OUT[task.status])
    if task.completed_at is not None and task.status is TaskStatus.DONE:
        todo.add("completed", task.completed_at.astimezone(UTC))
        todo.add("percent-complete", 100)
    elif task.completed_at is not None:  # dropped: COMPLETED would say it was done
        todo.add("x-quadrant-completed", _x_stamp(task.completed_at))
    if task.requester_name:
        todo.add("categories", [task.requester_name])
        todo.add("x-quadrant-requester", vText(task.requester_name))
    todo.add("x-quadrant-urgent", "TRUE" if task.urgent else "FALSE")
    todo.add("x-quadrant-important", "TRUE" if task.important else "FALSE")
    if task.status is TaskStatus.WAITING:
        todo.add("x-quadrant-status", "waiting")
        if task.waiting_until is not None:
            todo.add("x-quadrant-waiting-until", _x_stamp(task.waiting_until))
    if task.effort_minutes is not None:
        todo.add("x-quadrant-effort", str(task.effort_minutes))
    return todo


def _x_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _due_value(due_at: datetime) -> date | datetime:
    """An all-day DUE for a due date at the end of a local day, a UTC time otherwise.

    Quadrant stores a due *date* as the end of that local day; other programs
    show it best as an all-day due, and reading it back gives the same moment.
    """
    local_day = due_at.astimezone().date()
    if end_of_local_day(local_day) == due_at:
        return local_day
    return due_at.astimezone(UTC)
