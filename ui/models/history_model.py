"""One customer's months as a table: AUM, change from the month before, holdings, manager."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.customer_query import MonthFigures
from core.i18n import QT_TRANSLATE_NOOP
from ui.formatting import DASH, month_text, signed_yuan, yuan

Index = QModelIndex | QPersistentModelIndex
CTX = "HistoryModel"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DECLINE = QBrush(QColor("#b3261e"))
_ABSENT = QBrush(QColor("#9aa4ae"))


@dataclass(frozen=True)
class MonthRow:
    """A month of the history; ``figures`` is None when the customer was not in that month's file."""

    period: str
    figures: MonthFigures | None
    change_fen: int | None  # AUM change from the previous month in the table


def month_rows(periods: list[str], history: list[MonthFigures]) -> list[MonthRow]:
    """Every month from the customer's first appearance on, newest first, with the AUM change."""
    by_period = {m.period: m for m in history}
    if not history:
        return []
    first = min(by_period)
    rows: list[MonthRow] = []
    previous: int | None = None
    for period in sorted(p for p in periods if p >= first):
        figures = by_period.get(period)
        aum = figures.aum_fen if figures else None
        change = aum - previous if aum is not None and previous is not None else None
        rows.append(MonthRow(period, figures, change))
        previous = aum if aum is not None else previous
    return rows[::-1]


HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "月份"),
    QT_TRANSLATE_NOOP("HistoryModel", "金融资产（元）"),
    QT_TRANSLATE_NOOP("HistoryModel", "较上月（元）"),
    QT_TRANSLATE_NOOP("HistoryModel", "存款（元）"),
    QT_TRANSLATE_NOOP("HistoryModel", "理财（元）"),
    QT_TRANSLATE_NOOP("HistoryModel", "基金（元）"),
    QT_TRANSLATE_NOOP("HistoryModel", "保险（元）"),
    QT_TRANSLATE_NOOP("HistoryModel", "管户经理"),
)
_MONEY = {1: "aum_fen", 3: "deposit_fen", 4: "wealth_fen", 5: "fund_fen", 6: "insurance_fen"}


class HistoryModel(QAbstractTableModel):
    """Read-only monthly history of one customer."""

    def __init__(self, rows: list[MonthRow], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (*_MONEY, 2) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.figures is None and column > 0:
                return _ABSENT
            return _DECLINE if column == 2 and row.change_fen is not None and row.change_fen < 0 else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return month_text(row.period)
        if row.figures is None:
            return QCoreApplication.translate(CTX, "不在本月清单") if column == 1 else ""
        if column == 2:
            return signed_yuan(row.change_fen)
        if column in _MONEY:
            return yuan(getattr(row.figures, _MONEY[column]))
        return row.figures.manager or DASH

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0 and section < 7:
            return _RIGHT
        return None
