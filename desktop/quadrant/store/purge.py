"""Removing deleted tasks for good, so their text is gone from the files on disk.

A soft delete only sets ``deleted_at``: the title and notes stay in the
database, which is what makes undo and restore possible. Purging is the hard
delete behind "empty the bin". Three things make the text really go:

- ``PRAGMA secure_delete=ON`` (store/database.py): SQLite overwrites the
  freed cells and pages with zeros instead of leaving them as free space;
- the rows that quote the task go with it: its reprioritisation log rows
  (their notes) and the replies written about it (their text);
- a ``wal_checkpoint(TRUNCATE)`` right after the commit: the write-ahead log
  still holds earlier copies of the pages with the text until it is copied
  into the database and cut back to zero bytes.

Backups taken before the purge still hold the task; they age out with the
backup rotation (docs/reliability.md).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import delete, event, select
from sqlalchemy.orm import Session

from quadrant.store.schema import ReplyRow, ReprioritisationRow, TaskRow

log = logging.getLogger(__name__)


def purge_deleted_tasks(session: Session, deleted_before: datetime) -> int:
    """Remove the tasks deleted before ``deleted_before``, with their log rows and replies.

    The write-ahead log is truncated once the unit of work commits; a rollback
    leaves everything as it was.

    Returns:
        How many tasks were removed.
    """
    doomed = select(TaskRow.id).where(
        TaskRow.deleted_at.is_not(None), TaskRow.deleted_at <= deleted_before
    )
    return purge_tasks(session, list(session.scalars(doomed)))


def purge_tasks(session: Session, ids: list[int]) -> int:
    """Remove these tasks for good, deleted or not, with their log rows and replies.

    The example week's removal uses it too: its tasks must leave no text behind.

    Returns:
        How many tasks were removed.
    """
    if not ids:
        return 0
    # Explicit deletes rather than relying on ON DELETE: the reply's key is SET NULL,
    # which would keep its text; and the order keeps foreign keys satisfied throughout.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(delete(ReplyRow).where(ReplyRow.task_id.in_(chunk)))
        session.execute(delete(ReprioritisationRow).where(ReprioritisationRow.task_id.in_(chunk)))
        session.execute(delete(TaskRow).where(TaskRow.id.in_(chunk)))
    event.listen(session, "after_commit", _truncate_wal, once=True)
    return len(ids)


def _truncate_wal(session: Session) -> None:
    """Copy the write-ahead log into the database and cut it to zero bytes.

    Runs after the commit, on a connection of its own (a checkpoint cannot run
    inside a transaction). The purge is committed either way; a checkpoint
    that another reader blocks is logged, and SQLite's next automatic
    checkpoint overwrites the old frames later.
    """
    bind: Any = session.get_bind()
    connection = bind.raw_connection()
    try:
        busy, frames, copied = (
            connection.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        )
    finally:
        connection.close()
    if busy:
        log.warning(
            "WAL checkpoint after a purge was blocked: %d of %d frames copied", copied, frames
        )
