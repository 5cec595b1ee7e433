"""History use cases: browse the reprioritisation log, and answer "why?" for a move.

The history view reads the log a page at a time (newest first, keyset
paging), narrowed by week, requester, cause and quadrant. The "why?" prompt
records the reason for a move the user just made: the answer completes the
same user action, so it is written into that move's own log entry — only its
reason and note, and only while both are empty (domain.history). The log is
otherwise never rewritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from quadrant.domain.history import (
    PAGE_SIZE,
    HistoryCursor,
    HistoryFilter,
    HistoryPage,
    Reason,
    check_page_size,
    clean_move_note,
    clean_reason,
)
from quadrant.domain.reflection import MONDAY, week_utc_bounds
from quadrant.domain.task import Reprioritisation
from quadrant.services.ports import UnitOfWork
from quadrant.services.settings import ASK_WHY_KEY

WHY_PROMPT_KEY = ASK_WHY_KEY
"""The setting that turns the "why?" prompt on ("1", the default) or off ("0").

The settings dialog edits the same key; it lives in services.settings.
"""


_EVERYTHING = HistoryFilter()


def history_page(
    uow: UnitOfWork,
    history_filter: HistoryFilter = _EVERYTHING,
    *,
    after: HistoryCursor | None = None,
    limit: int = PAGE_SIZE,
    week_start: int = MONDAY,
    tz: tzinfo | None = None,
) -> HistoryPage:
    """One page of the log, newest first.

    Args:
        uow: the unit of work; nothing is written.
        history_filter: what to narrow the log to.
        after: where the previous page ended; None for the first page.
        limit: entries per page.
        week_start: the locale's first weekday (0 = Monday), for the week filter.
        tz: the time zone of the week (None: this computer's).

    Raises:
        ValidationError: a page size out of range, or a bad week start.
    """
    check_page_size(limit)
    start = end = None
    if history_filter.week is not None:
        start, end = week_utc_bounds(history_filter.week, tz, week_start)
    with uow:
        found = list(
            uow.history.page(
                start=start,
                end=end,
                requester_id=history_filter.requester_id,
                cause=history_filter.cause,
                quadrant=history_filter.quadrant,
                after=after,
                limit=limit + 1,  # one more than asked: is there a next page?
            )
        )
    entries = tuple(found[:limit])
    more = len(found) > limit and entries
    return HistoryPage(entries, HistoryCursor.after(entries[-1]) if more else None)


def latest_entries(uow: UnitOfWork, task_ids: Sequence[int]) -> list[Reprioritisation]:
    """The newest log entry of each task (the move just made), in the order given."""
    with uow:
        found = [uow.history.latest(task_id) for task_id in dict.fromkeys(task_ids)]
    return [entry for entry in found if entry is not None]


def explain_moves(
    uow: UnitOfWork, entry_ids: Sequence[int], reason: Reason | str | None, note: str = ""
) -> int:
    """Record why the user made a move: the reason and note of its log entries.

    One drop of several tasks is one move with one reason, so every entry of
    it gets the same answer, in one transaction.

    Returns:
        How many entries took the answer; entries that already carry a reason
        or a note keep theirs (the log is not rewritten).

    Raises:
        ValidationError: an unknown reason, a note too long, or neither given.
    """
    chosen = clean_reason(reason.value if isinstance(reason, Reason) else reason)
    cleaned = clean_move_note(note)
    if chosen is None and not cleaned:
        return 0
    stored = chosen.value if chosen is not None else None
    with uow:
        written = sum(uow.history.explain(entry_id, stored, cleaned) for entry_id in entry_ids)
        uow.commit()
    return written


def entries_to_explain(uow: UnitOfWork, task_ids: Sequence[int]) -> list[Reprioritisation]:
    """``latest_entries`` when the "why?" prompt is on, else nothing: one unit of work.

    Runs after every move, so the setting and the entries are read together.
    """
    with uow:
        if uow.settings.get(WHY_PROMPT_KEY) == "0":
            return []
        found = [uow.history.latest(task_id) for task_id in dict.fromkeys(task_ids)]
    return [entry for entry in found if entry is not None]


def why_prompt_enabled(uow: UnitOfWork) -> bool:
    """Whether to ask "why?" after a move; on unless the user turned it off."""
    with uow:
        return uow.settings.get(WHY_PROMPT_KEY) != "0"


def set_why_prompt(uow: UnitOfWork, enabled: bool) -> None:
    """Turn the "why?" prompt on or off (the settings dialog shows the same switch)."""
    with uow:
        uow.settings.put(WHY_PROMPT_KEY, "1" if enabled else "0")
        uow.commit()
