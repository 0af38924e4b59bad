"""A read-only table over a few fully loaded rows of text (a customer's warnings, contacts, tiers).

Used only for short lists that belong to one customer or one screen; big lists are paged over SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of strings under translated headers; ``payload`` keeps an object per row (UserRole)."""

    PayloadRole = Qt.ItemDataRole.UserRole

    def __init__(self, headers: Sequence[str], context: str, parent: QObject | None = None,
                 right: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self._headers, self._context, self._right = tuple(headers), context, set(right)
        self._rows: list[tuple[str, ...]] = []
        self._payload: list[Any] = []

    def set_rows(self, rows: Sequence[Sequence[str]], payload: Sequence[Any] | None = None) -> None:
        """Replace every row; ``payload`` (same length) is returned by PayloadRole."""
        self.beginResetModel()
        self._rows = [tuple(str(v) for v in r) for r in rows]
        self._payload = list(payload) if payload is not None else [None] * len(self._rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._rows[index.row()][index.column()] if index.column() < len(self._rows[index.row()]) else ""
            return value if role == Qt.ItemDataRole.DisplayRole or len(value) > 20 else None
        if role == self.PayloadRole:
            return self._payload[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(self._context, self._headers[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self._right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
