"""The audit log as a table: a count first, rows a page at a time from SQL (the log may hold 100k rows).

Like the customer list (STYLE 5.6) there is no proxy: the filter is an ``AuditFilter`` run in SQL, and the
only order is by time (newest first, or oldest first after a click on 时间). The page reads the count and
the first page on the task runner (``read_first_page``) and hands them to ``set_result``; later pages are
read on demand on the UI thread's connection, one ``limit/offset`` query of ``PAGE_SIZE`` rows each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.security.audit import EVENTS, OUTCOMES, AuditFilter, AuditRow, count_audit, list_audit
from core.security.permissions import PermissionDenied
from ui.models.audit_details import details_text
from ui.pages.admin_parts import role_text, time_text

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50
Index = QModelIndex | QPersistentModelIndex
CTX = "AuditTableModel"
_ALERT = QBrush(QColor("#b3261e"))


@dataclass(frozen=True)
class AuditColumn:
    """One column: key, header (source text in CTX) and width."""

    key: str
    header: str
    width: int


COLUMNS: tuple[AuditColumn, ...] = (
    AuditColumn("at", QT_TRANSLATE_NOOP("AuditTableModel", "时间"), 150),
    AuditColumn("username", QT_TRANSLATE_NOOP("AuditTableModel", "用户"), 90),
    AuditColumn("role", QT_TRANSLATE_NOOP("AuditTableModel", "角色"), 70),
    AuditColumn("action", QT_TRANSLATE_NOOP("AuditTableModel", "操作"), 140),
    AuditColumn("outcome", QT_TRANSLATE_NOOP("AuditTableModel", "结果"), 50),
    AuditColumn("customer_id", QT_TRANSLATE_NOOP("AuditTableModel", "内部编号"), 70),
    AuditColumn("target", QT_TRANSLATE_NOOP("AuditTableModel", "对象"), 140),
    AuditColumn("details", QT_TRANSLATE_NOOP("AuditTableModel", "详情"), 300),
)

def action_text(action: str) -> str:
    """An audit action key in words (the key itself if core added one this build does not know)."""
    label = EVENTS.get(action)
    return QCoreApplication.translate("Audit", label) if label is not None else action


def outcome_text(outcome: str) -> str:
    """ok / denied / failed in words."""
    label = OUTCOMES.get(outcome)
    return QCoreApplication.translate("Audit", label) if label is not None else outcome


class AuditTableModel(QAbstractTableModel):
    """Read-only audit rows matching a filter; ``rowCount`` is the count, rows come a page at a time."""

    IdRole = Qt.ItemDataRole.UserRole

    def __init__(self, db: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._filter = AuditFilter()
        self._newest_first = True
        self._total = 0
        self._pages: dict[int, list[AuditRow]] = {}
        self.pages_loaded = 0  # pages read since the last reset (for tests and figures)

    @property
    def filter(self) -> AuditFilter:
        """The filter shown."""
        return self._filter

    @property
    def newest_first(self) -> bool:
        """The order shown."""
        return self._newest_first

    @property
    def total(self) -> int:
        """How many rows match the filter."""
        return self._total

    def read_first_page(self, db: Database, f: AuditFilter) -> tuple[AuditFilter, int, list[AuditRow]]:
        """Count and first page for ``f`` on ``db`` (any thread's connection); pass the result to ``set_result``."""
        return f, count_audit(db, self._actor, f), list_audit(db, self._actor, f, limit=PAGE_SIZE,
                                                             newest_first=self._newest_first)

    def set_result(self, result: tuple[AuditFilter, int, list[AuditRow]]) -> None:
        """Show what ``read_first_page`` read."""
        f, total, first = result
        self.beginResetModel()
        self._filter, self._total = f, total
        self._pages = {0: first} if first else {}
        self.pages_loaded = 1 if first else 0
        self.endResetModel()

    def set_filter(self, f: AuditFilter) -> None:
        """Show ``f`` (read here, on the caller's thread)."""
        self.set_result(self.read_first_page(self._db, f))

    def refresh(self) -> None:
        """Read the current filter again (after new rows were written)."""
        self.set_filter(self._filter)

    def record(self, row: int) -> AuditRow | None:
        """The audit row shown in ``row`` (None past the end, e.g. after a purge)."""
        if not 0 <= row < self._total:
            return None
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._load(page_no)
        return page[offset] if offset < len(page) else None

    def _load(self, page_no: int) -> list[AuditRow]:
        if len(self._pages) >= MAX_CACHED_PAGES:
            self._pages.pop(next(k for k in self._pages if k != 0))  # drop the oldest page, keep the first
        offset = page_no * PAGE_SIZE
        if self._newest_first:
            # rows written since the count push the newest-first list down; skip past them
            offset += max(count_audit(self._db, self._actor, self._filter) - self._total, 0)
        page = list_audit(self._db, self._actor, self._filter, limit=PAGE_SIZE, offset=offset,
                          newest_first=self._newest_first)
        self._pages[page_no] = page
        self.pages_loaded += 1
        return page

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        self.IdRole):
            return None
        row = self.record(index.row())
        if row is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == self.IdRole:
            return row.id
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.ForegroundRole:
            return _ALERT if key == "outcome" and row.outcome != "ok" else None
        text = self.cell_text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "at":
                return self.tr("第 {id} 条").format(id=row.id)
            return text if key in ("details", "target") and len(text) > 20 else None
        return text

    def cell_text(self, row: AuditRow, key: str) -> str:
        """What the column ``key`` shows for ``row``."""
        if key == "at":
            return time_text(row.at, seconds=True)
        if key == "username":
            return row.username
        if key == "role":
            return role_text(row.role)
        if key == "action":
            return action_text(row.action)
        if key == "outcome":
            return outcome_text(row.outcome)
        if key == "customer_id":
            return str(row.customer_id) if row.customer_id is not None else ""
        if key == "target":
            return row.target or ""
        return details_text(row)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, COLUMNS[section].header)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == 0:
                return self.tr("点击切换：最新的在前 / 最早的在前")
            if COLUMNS[section].key == "customer_id":
                return self.tr("客户在本库中的内部编号（不是客户号或证件号）")
            return self.tr("此列不能排序")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only 时间 sorts: descending = newest first (the default)."""
        if column != 0:
            return
        newest_first = order == Qt.SortOrder.DescendingOrder
        if newest_first == self._newest_first:
            return
        self._newest_first = newest_first
        try:
            self.refresh()
        except PermissionDenied:  # the page says so already; an empty list stays empty
            self._newest_first = not newest_first
