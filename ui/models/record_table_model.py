"""A read-only table over a short, fully loaded list of records (due lists, scorecards, figures).

These lists are small (a manager's due list, a dozen managers), so the model holds every row and
sorts the whole list itself; it is never put behind a proxy, and never used for the 100k customer
list (that is ``CustomerTableModel``, paged over SQL).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
LATE = QColor("#b3261e")


@dataclass(frozen=True)
class Column:
    """One column: a header (source text in ``context``), the shown text, and the sort key."""

    key: str
    header: str  # marked with QT_TRANSLATE_NOOP(context, …) by the caller
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None  # default: the text
    align: Qt.AlignmentFlag = LEFT
    alert: Callable[[Any], bool] | None = None  # red text when true (late, lost …)
    tooltip: Callable[[Any], str | None] | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows are arbitrary objects (frozen dataclasses); columns say how to show and sort them."""

    RecordRole = Qt.ItemDataRole.UserRole
    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column], context: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._context = context
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (keeping the current sort order)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def record(self, row: int) -> Any:
        """The object behind ``row``."""
        return self._rows[row]

    def records(self) -> list[Any]:
        """Every row, in display order."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ForegroundRole and column.alert is not None and column.alert(record):
            return QBrush(LATE)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == self.RecordRole:
            return record
        if role == self.SortRole:
            return _sort_value(column, record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self.columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self.columns[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row (the whole list is loaded, so this is the true order)."""
        if not (0 <= column < len(self.columns)):
            return
        self.layoutAboutToBeChanged.emit()
        before = {id(r): n for n, r in enumerate(self._rows)}
        self._sort = (column, order)
        self._sort_rows(column, order)
        moved = {before[id(r)]: n for n, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        present = [r for r in self._rows if _sort_value(spec, r) is not None]
        missing = [r for r in self._rows if _sort_value(spec, r) is None]  # blanks last either way
        present.sort(key=lambda r: _sort_value(spec, r), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = present + missing


def _sort_value(column: Column, record: Any) -> Any:
    return column.sort_key(record) if column.sort_key is not None else column.text(record)
