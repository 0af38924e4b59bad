"""The customer list: ids first, rows a page at a time, sorting and filtering in SQL (STYLE 5.6)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.customer_query import CustomerQuery, CustomerRow, find_customer_ids, load_customer_rows, resolve_period
from core.i18n import QT_TRANSLATE_NOOP
from core.security.permissions import can
from ui.formatting import DASH, yuan

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column of the list: what it shows, its header, and the SQL sort key (None: not sortable)."""

    key: str
    header: str
    sort_key: str | None
    money: bool = False
    width: int = 100


CTX = "CustomerTableModel"
COLUMNS: tuple[Column, ...] = (
    Column("customer_no", QT_TRANSLATE_NOOP("CustomerTableModel", "客户号"), "customer_no", width=110),
    Column("name", QT_TRANSLATE_NOOP("CustomerTableModel", "姓名"), "name", width=80),
    Column("aum_fen", QT_TRANSLATE_NOOP("CustomerTableModel", "金融资产（元）"), "aum", money=True, width=130),
    Column("deposit_fen", QT_TRANSLATE_NOOP("CustomerTableModel", "存款（元）"), "deposit", money=True, width=120),
    Column("manager", QT_TRANSLATE_NOOP("CustomerTableModel", "管户经理"), "manager", width=80),
    Column("mobile_masked", QT_TRANSLATE_NOOP("CustomerTableModel", "手机号码"), None, width=110),
    Column("id_number_masked", QT_TRANSLATE_NOOP("CustomerTableModel", "证件号码"), None, width=160),
    Column("gender", QT_TRANSLATE_NOOP("CustomerTableModel", "性别"), None, width=50),
    Column("branch", QT_TRANSLATE_NOOP("CustomerTableModel", "网点"), None, width=90),
    Column("last_period", QT_TRANSLATE_NOOP("CustomerTableModel", "最近在册月份"), "last_period", width=100),
)
SORT_COLUMN = {c.sort_key: n for n, c in enumerate(COLUMNS) if c.sort_key}
_ABSENT = QBrush(QColor("#9aa4ae"))


class CustomerTableModel(QAbstractTableModel):
    """Read-only customer list. Sorting and filtering run in SQL via ``set_query``; no proxy model."""

    IdRole = Qt.ItemDataRole.UserRole

    def __init__(
        self, db: Database, actor: Actor = LOCAL_USER, parent: Any = None, query: CustomerQuery | None = None
    ) -> None:
        """An empty model; ``set_query`` or ``refresh`` fills it.

        :param query: the initial query (default: largest AUM first); not run until ``refresh``
        """
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.shows_money = can(actor, "customer.balances")  # a teller: money columns stay empty, not sortable
        self._query = query or (CustomerQuery(order_by="aum", descending=True) if self.shows_money else CustomerQuery())
        self._period: str | None = None
        self._ids: list[int] = []
        self._pages: dict[int, list[CustomerRow | None]] = {}
        self.pages_loaded = 0  # pages read from the database since the last query (for tests and figures)

    @property
    def query(self) -> CustomerQuery:
        """The query the list shows."""
        return self._query

    @property
    def period(self) -> str | None:
        """The month whose figures are shown (the query's, or the latest)."""
        return self._period

    @property
    def cached_pages(self) -> tuple[int, ...]:
        """The page numbers held in memory (page n holds rows n*PAGE_SIZE …)."""
        return tuple(sorted(self._pages))

    def set_query(self, query: CustomerQuery) -> None:
        """Show ``query``: one SQL call for the ids; rows follow when the view asks."""
        self.beginResetModel()
        self._query = query
        self._period = resolve_period(self._db, query.period)
        self._ids = find_customer_ids(self._db, self._actor, query)
        self._pages.clear()
        self.pages_loaded = 0
        self.endResetModel()

    def refresh(self) -> None:
        """Re-run the current query, e.g. after an import finished."""
        self.set_query(self._query)

    def customer_id(self, row: int) -> int:
        """The customer id shown in ``row``."""
        return self._ids[row]

    def row_of(self, customer_id: int) -> int | None:
        """The row showing ``customer_id``, if it is in the list."""
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.money:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if column.money and not self.shows_money:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:  # deleted since the ids were loaded
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        value = getattr(row, column.key)
        absent = (column.money or column.key == "manager") and value is None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _ABSENT if absent else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not absent:
                return None
            if column.key == "manager":
                return self.tr("没有管户经理")
            return self.tr("该客户不在 {period} 的清单中").format(period=self._period)
        if column.money:
            return yuan(value) if value is not None else DASH
        if absent:
            return DASH
        return value if value is not None else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.money:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and not self.sortable(section):
            return self.tr("此列不能排序")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the new order (columns without a SQL sort key are ignored)."""
        if not 0 <= column < len(COLUMNS) or not self.sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column].sort_key
        if key == self._query.order_by and descending == self._query.descending:
            return
        self.set_query(replace(self._query, order_by=key, descending=descending))

    def sortable(self, column: int) -> bool:
        """Whether the list can be sorted by ``column`` (never by money for a role that may not see it)."""
        return COLUMNS[column].sort_key is not None and (self.shows_money or not COLUMNS[column].money)

    def sort_column(self) -> int:
        """The column of the current sort key."""
        return SORT_COLUMN.get(self._query.order_by, 0)

    def _row(self, row: int) -> CustomerRow | None:
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            if len(self._pages) >= MAX_CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))  # drop the oldest page
            first = page_no * PAGE_SIZE
            page = load_customer_rows(self._db, self._actor, self._ids[first : first + PAGE_SIZE], self._period)
            self._pages[page_no] = page
            self.pages_loaded += 1
        return page[offset]
