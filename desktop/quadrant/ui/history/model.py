"""The log as a table model: a thin adapter over the paged history query.

Rows arrive a page at a time through Qt's ``canFetchMore``/``fetchMore``, so
a view over years of history reads only what is scrolled into sight. The
model holds plain ``Reprioritisation`` values; it never sees the store.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from quadrant.domain.errors import QuadrantError
from quadrant.domain.history import HistoryCursor, HistoryFilter, HistoryPage
from quadrant.domain.task import Reprioritisation
from quadrant.ui.errors import user_message
from quadrant.ui.history.labels import due_change, moment, stored_reason_label
from quadrant.ui.labels import cause_label, quadrant_title
from quadrant.ui.plain_text import plain_tooltip

PageReader = Callable[[HistoryFilter, HistoryCursor | None], HistoryPage]
"""Reads one page of the log: the filter, and where the previous page ended."""

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The table's columns, in order."""

    WHEN = 0
    TASK = 1
    MOVE = 2
    DUE = 3
    CAUSE = 4
    REQUESTER = 5
    REASON = 6
    NOTE = 7


_LONG = frozenset({Column.TASK, Column.MOVE, Column.REASON})
"""Columns whose text a narrow cell may cut short: their tooltip has it whole."""


class HistoryRole(IntEnum):
    """Custom data roles."""

    TASK_ID = Qt.ItemDataRole.UserRole + 1
    ENTRY = Qt.ItemDataRole.UserRole + 2


def _header(column: Column) -> str:
    headers = {
        Column.WHEN: QCoreApplication.translate("HistoryModel", "When"),
        Column.TASK: QCoreApplication.translate("HistoryModel", "Task"),
        Column.MOVE: QCoreApplication.translate("HistoryModel", "From → to"),
        Column.DUE: QCoreApplication.translate("HistoryModel", "Due date"),
        Column.CAUSE: QCoreApplication.translate("HistoryModel", "Cause"),
        Column.REQUESTER: QCoreApplication.translate("HistoryModel", "Requester"),
        Column.REASON: QCoreApplication.translate("HistoryModel", "Reason"),
        Column.NOTE: QCoreApplication.translate("HistoryModel", "Note"),
    }
    return headers[column]


def cell_text(entry: Reprioritisation, column: Column) -> str:
    """What one cell shows for an entry."""
    if column is Column.WHEN:
        return moment(entry.at)
    if column is Column.TASK:
        return entry.task_title
    if column is Column.MOVE:
        return move_text(entry)
    if column is Column.DUE:
        return due_change(entry.from_due, entry.to_due)
    if column is Column.CAUSE:
        return cause_label(entry.cause)
    if column is Column.REQUESTER:
        return entry.requester_name
    if column is Column.REASON:
        return stored_reason_label(entry.reason_category)
    return " ".join(entry.note.split())  # one line in the table; the tooltip has it all


def move_text(entry: Reprioritisation) -> str:
    """ "Plan → Do now"; "New → Do now" for a capture; one name when the quadrant stayed."""
    target = quadrant_title(entry.to_quadrant)
    if entry.from_quadrant is None:
        return QCoreApplication.translate("HistoryModel", "New → %1").replace("%1", target)
    if entry.from_quadrant == entry.to_quadrant:
        return target
    return f"{quadrant_title(entry.from_quadrant)} → {target}"


class HistoryModel(QAbstractTableModel):
    """Log entries, newest first, read a page at a time.

    Signals:
        failed(str): a page could not be read; the text is for the user.
        reset_done(): the rows were replaced after a filter change.
    """

    failed = Signal(str)
    reset_done = Signal()

    def __init__(self, read_page: PageReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read_page = read_page
        self._filter = HistoryFilter()
        self._entries: list[Reprioritisation] = []
        self._next: HistoryCursor | None = None
        self._exhausted = True

    # Filtering ---------------------------------------------------------------

    @property
    def history_filter(self) -> HistoryFilter:
        """What the rows are narrowed to."""
        return self._filter

    def set_filter(self, history_filter: HistoryFilter) -> None:
        """Show the entries that pass ``history_filter``: the first page, read now."""
        self._filter = history_filter
        self.reload()

    def reload(self) -> None:
        """Read the first page again (after a change to the log)."""
        page = self._read(None)
        self.beginResetModel()
        self._entries = list(page.entries) if page else []
        self._next = page.next if page else None
        self._exhausted = page is None or page.next is None
        self.endResetModel()
        self.reset_done.emit()

    def refresh(self, keep_id: int | None = None) -> bool:
        """Read the log again after a change, keeping what was in view.

        As many rows as were loaded are read again (the scroll position may be
        deep in them), and pages past that until the entry ``keep_id`` is among
        them, so the view can put it back where it was. On a failure the rows
        shown stay as they were.

        Returns:
            Whether the rows were replaced.
        """
        wanted = len(self._entries)
        page = self._read(None)
        if page is None:
            return False
        entries, after = list(page.entries), page.next
        # New entries push the kept one down by a page at most; one that is gone
        # (its task purged) must not make this read the whole log.
        limit = wanted + len(page.entries)
        while after is not None and (
            len(entries) < wanted
            or (keep_id is not None and keep_id not in _ids(entries) and len(entries) < limit)
        ):
            more = self._read(after)
            if more is None:
                return False
            entries.extend(more.entries)
            after = more.next
        self.beginResetModel()
        self._entries, self._next, self._exhausted = entries, after, after is None
        self.endResetModel()
        self.reset_done.emit()
        return True

    def row_of(self, entry_id: int | None) -> int | None:
        """The row that shows the log entry with this id, or None."""
        if entry_id is None:
            return None
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), None)

    def entry(self, row: int) -> Reprioritisation | None:
        """The entry shown in ``row``, or None."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    # Qt model interface ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        entry = self.entry(index.row())
        if entry is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where a cell cuts it short
            if column is Column.NOTE:
                return plain_tooltip(entry.note) if entry.note else None  # never read as HTML
            shown = cell_text(entry, column)
            return plain_tooltip(shown) if column in _LONG and shown else None
        if role == HistoryRole.TASK_ID:
            return entry.task_id
        if role == HistoryRole.ENTRY:
            return entry
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return _header(Column(section))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._read(self._next)
        if page is None:
            self._exhausted = True  # stop asking; the failure was reported
            return
        self._next = page.next
        self._exhausted = page.next is None
        if page.entries:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._entries.extend(page.entries)
            self.endInsertRows()

    # Internals ---------------------------------------------------------------

    def _read(self, after: HistoryCursor | None) -> HistoryPage | None:
        try:
            return self._read_page(self._filter, after)
        except QuadrantError as e:
            self.failed.emit(user_message(e))
            return None


def _ids(entries: list[Reprioritisation]) -> set[int | None]:
    return {entry.id for entry in entries}
