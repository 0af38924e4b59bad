"""The at-risk work list of one month: high-value customers, most AUM at stake first.

The rows come from ``core.risk.list_risk`` (one SQL query, already ordered); filters run over that
complete result for the month, never over a partly loaded page, so no proxy model is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.i18n import QT_TRANSLATE_NOOP
from core.risk.worklist import RiskRow
from ui.formatting import DASH, yuan

Index = QModelIndex | QPersistentModelIndex
CTX = "WorklistModel"
NO_WARNING = "__none__"  # status filter: flagged this month but no open warning

HEADERS = (
    QT_TRANSLATE_NOOP("WorklistModel", "客户号"),
    QT_TRANSLATE_NOOP("WorklistModel", "姓名"),
    QT_TRANSLATE_NOOP("WorklistModel", "等级"),
    QT_TRANSLATE_NOOP("WorklistModel", "风险"),
    QT_TRANSLATE_NOOP("WorklistModel", "预警状态"),
    QT_TRANSLATE_NOOP("WorklistModel", "涉险资产（元）"),
    QT_TRANSLATE_NOOP("WorklistModel", "金融资产（元）"),
    QT_TRANSLATE_NOOP("WorklistModel", "分数"),
    QT_TRANSLATE_NOOP("WorklistModel", "管户经理"),
    QT_TRANSLATE_NOOP("WorklistModel", "预警原因"),
)
WIDTHS = (100, 70, 50, 46, 76, 120, 120, 46, 76, 360)
MONEY_COLUMNS = {5, 6}
LEVEL_COLORS = {"高": QColor("#b3261e"), "中": QColor("#a86400"), "低": QColor("#5f6b76")}
STATUS_COLORS = {"新预警": QColor("#b3261e"), "已分派": QColor("#2e6b8a"), "已联系": QColor("#2d7a46")}


@dataclass(frozen=True)
class WorklistFilter:
    """What the list shows; None everywhere shows every row."""

    level: str | None = None  # 高 / 中 / 低
    status: str | None = None  # a status label, or NO_WARNING
    manager: str | None = None  # a manager's name, or "" for customers without one
    reason: str | None = None  # a rule code

    def accepts(self, row: RiskRow) -> bool:
        """Whether ``row`` passes every filter."""
        if self.level is not None and row.level != self.level:
            return False
        if self.status is not None and (row.status or NO_WARNING) != self.status:
            return False
        if self.manager is not None and (row.manager or "") != self.manager:
            return False
        return self.reason is None or any(r.code == self.reason for r in row.reasons)


class WorklistModel(QAbstractTableModel):
    """Read-only table of ``RiskRow``; several rows may be selected for 分派."""

    IdRole = Qt.ItemDataRole.UserRole
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[RiskRow] = []
        self._rows: list[RiskRow] = []
        self._filter = WorklistFilter()

    @property
    def all_rows(self) -> list[RiskRow]:
        """Every row of the month, before filtering."""
        return self._all

    @property
    def filter(self) -> WorklistFilter:
        """The filter in force."""
        return self._filter

    def set_rows(self, rows: list[RiskRow]) -> None:
        """Show a month's work list (already ordered by AUM at stake)."""
        self.beginResetModel()
        self._all = list(rows)
        self._rows = [r for r in self._all if self._filter.accepts(r)]
        self.endResetModel()

    def set_filter(self, flt: WorklistFilter) -> None:
        """Show only the rows ``flt`` accepts."""
        self.beginResetModel()
        self._filter = flt
        self._rows = [r for r in self._all if flt.accepts(r)]
        self.endResetModel()

    def row_at(self, row: int) -> RiskRow:
        """The work-list entry shown in ``row``."""
        return self._rows[row]

    def row_of(self, customer_id: int) -> int | None:
        """The row showing ``customer_id``, if shown."""
        return next((n for n, r in enumerate(self._rows) if r.customer_id == customer_id), None)

    def stake_total(self) -> int:
        """AUM at stake of the rows shown, in 分."""
        return sum(r.aum_at_stake_fen for r in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(HEADERS):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == self.IdRole:
            return row.customer_id
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in MONEY_COLUMNS or col == 7:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col in (2, 3):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 3:
                return QBrush(LEVEL_COLORS.get(row.level, QColor("#1f2933")))
            if col == 4 and row.status in STATUS_COLORS:
                return QBrush(STATUS_COLORS[row.status])
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == 9 and row.reasons:
            return "\n".join(f"• {r.message}" for r in row.reasons)
        return None

    def _display(self, row: RiskRow, col: int) -> str:
        if col == 0:
            return row.customer_no
        if col == 1:
            return row.name
        if col == 2:
            return QCoreApplication.translate("Tiers", row.tier)
        if col == 3:
            return QCoreApplication.translate("RiskCodes", row.level)
        if col == 4:
            return QCoreApplication.translate("Warnings", row.status) if row.status else self.tr("无")
        if col == 5:
            return yuan(row.aum_at_stake_fen)
        if col == 6:
            return yuan(row.aum_fen) if row.aum_fen is not None else self.tr("本月未在册")
        if col == 7:
            return str(row.score)
        if col == 8:
            return row.manager or DASH
        return "；".join(r.message for r in row.reasons)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and (section in MONEY_COLUMNS or section == 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
