"""The customers page: search, filter by manager and month, a paged table, and the detail dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.customer_query import NO_MANAGER, SORT_COLUMNS, CustomerQuery, committed_periods, list_managers
from core.security.permissions import PermissionDenied, can, sees_all_customers
from ui.dialogs.customer_360_dialog import Customer360Dialog
from ui.formatting import count, month_text
from ui.icons import icon
from ui.models.customer_table_model import COLUMNS, CustomerTableModel
from ui.pages.lazy import LazyPage
from ui.pages.page_parts import page_layout
from ui.settings import restore_header, save_header
from ui.widgets.tables import install_copy

SEARCH_DELAY_MS = 300
SETTINGS_KEY = "customers_page"
ALL = None  # combo data meaning "no filter"

OpenDetail = Callable[[QWidget, Database, int], None]


def open_detail_dialog(parent: QWidget, db: Database, customer_id: int) -> None:
    """Show the customer 360 (modal), as the user of the window ``parent`` belongs to."""
    Customer360Dialog(db, customer_id, parent).exec()


class CustomersPage(LazyPage, QWidget):
    """Every customer of the branch, searchable; double-click opens the detail dialog.

    The list is read the first time the page is shown (the id query takes ~0.1 s on 100,000
    customers, so it stays on the UI thread; rows are paged as the view asks).
    """

    query_changed = Signal()  # the list was re-queried (search, filter, sort or refresh)
    detail_requested = Signal(int)  # customer id
    import_requested = Signal()  # the empty page's import button

    def __init__(
        self, db: Database, settings: QSettings, parent: QWidget | None = None, open_detail: OpenDetail = open_detail_dialog,
        *, actor: Actor = LOCAL_USER,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self._open_detail = open_detail
        self._actor = actor
        self.shows_money = can(actor, "customer.balances")
        self.model = CustomerTableModel(db, actor, self, query=self._saved_query())

        title = QLabel(self.tr("客户"))
        title.setObjectName("pageTitle")
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("搜索客户号、姓名，或手机号/证件号后4位"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.setMinimumWidth(300)
        self.manager_combo = QComboBox()
        self.manager_combo.setMinimumContentsLength(8)
        self.manager_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(10)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_box, 2)
        filters.addSpacing(8)
        self.manager_caption = QLabel(self.tr("管户经理"))
        filters.addWidget(self.manager_caption)
        filters.addWidget(self.manager_combo)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("数据月份")))
        filters.addWidget(self.period_combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = self._make_table()
        self.empty_label = self._empty_state()
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_label)

        layout = page_layout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self.apply_search)
        self.manager_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.period_combo.currentIndexChanged.connect(self._on_filter_changed)
        if not sees_all_customers(actor):  # a manager or teller sees only their own (and unassigned) customers
            self.manager_combo.hide()
            self.manager_caption.hide()

    def _empty_state(self) -> QWidget:
        box = QWidget()
        text = QLabel(self.tr("还没有客户数据。\n\n请导入本网点的月度客户清单（Excel 或 CSV），\n也可以直接把文件拖到这个窗口中。"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setObjectName("muted")
        self.import_button = QPushButton(self.tr("导入月度客户清单…"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return box

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(28)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents: it reads every row
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for n, column in enumerate(COLUMNS):
            header.resizeSection(n, column.width)
        restore_header(self._settings, SETTINGS_KEY, header)
        for n, column in enumerate(COLUMNS):  # a teller sees no balances: the columns are not even there
            if column.money:
                table.setColumnHidden(n, not self.shows_money)
        header.setSortIndicator(self.model.sort_column(), self._order())
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        header.sectionResized.connect(self._save_header)
        table.activated.connect(self._on_activated)  # double-click or Enter
        install_copy(table)  # Ctrl+C: the rows as shown, identifiers masked
        return table

    def _saved_query(self) -> CustomerQuery:
        order_by = str(self._settings.value(f"{SETTINGS_KEY}/order_by", "aum", type=str))
        descending = self._settings.value(f"{SETTINGS_KEY}/descending", True, type=bool)
        if order_by not in SORT_COLUMNS:
            order_by, descending = "aum", True
        if not self.shows_money and order_by in {c.sort_key for c in COLUMNS if c.money}:
            order_by, descending = "customer_no", False
        return CustomerQuery(order_by=order_by, descending=descending)

    def _order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder

    @Slot()
    def refresh(self) -> None:
        """Reload the filter lists and re-run the query (after an import, an undo, or F5)."""
        self._stale = False
        selected = self.selected_customer_id()
        self._fill_combos()
        self._requery(replace(self.model.query, period=self.period_combo.currentData(),
                              manager_id=self.manager_combo.currentData()))
        if selected is not None:
            self.select_customer(selected)

    def invalidate(self) -> None:
        """After an import or undo: re-read at once, shown or not (one fast id query; the rows page lazily)."""
        self.refresh()

    def _fill_combos(self) -> None:
        manager, period = self.manager_combo.currentData(), self.period_combo.currentData()
        for combo in (self.manager_combo, self.period_combo):
            combo.blockSignals(True)
            combo.clear()
        self.manager_combo.addItem(self.tr("全部"), ALL)
        try:
            managers = list_managers(self._db, self._actor) if sees_all_customers(self._actor) else []
        except PermissionDenied:
            managers = []
        for m in managers:
            self.manager_combo.addItem(m.name, m.id)
        self.manager_combo.addItem(self.tr("（未分配）"), NO_MANAGER)
        periods = committed_periods(self._db)
        for n, p in enumerate(periods):
            label = month_text(p) + (self.tr("（最新）") if n == 0 else "")
            self.period_combo.addItem(label, None if n == 0 else p)  # None: follow the latest month
        if not periods:
            self.period_combo.addItem(self.tr("（无数据）"), None)
        for combo, value in ((self.manager_combo, manager), (self.period_combo, period)):
            found = combo.findData(value)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)

    def _requery(self, query: CustomerQuery) -> None:
        self.model.set_query(query)
        total = self.model.rowCount()
        has_data = bool(committed_periods(self._db))
        self.body.setCurrentWidget(self.table if has_data else self.empty_label)
        if query.text or query.manager_id is not None:
            self.count_label.setText(self.tr("找到 {n} 户").format(n=count(total)))
        else:
            self.count_label.setText(self.tr("共 {n} 户").format(n=count(total)))
        self.query_changed.emit()

    @Slot()
    def apply_search(self) -> None:
        """Run the search now (the search box waits for a pause in typing first)."""
        self._search_timer.stop()
        text = self.search_box.text().strip()
        if text != self.model.query.text:
            self._requery(replace(self.model.query, text=text))

    @Slot()
    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot()
    def _on_filter_changed(self) -> None:
        self._requery(replace(self.model.query, period=self.period_combo.currentData(),
                              manager_id=self.manager_combo.currentData()))

    @Slot(int, Qt.SortOrder)
    def _on_sort_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        # The view has called model.sort(); unsortable columns keep the previous indicator.
        if not self.model.sortable(section):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), self._order())
            header.blockSignals(False)
        else:
            self._settings.setValue(f"{SETTINGS_KEY}/order_by", self.model.query.order_by)
            self._settings.setValue(f"{SETTINGS_KEY}/descending", self.model.query.descending)
            self.query_changed.emit()
        self._save_header()

    @Slot()
    def _save_header(self) -> None:
        save_header(self._settings, SETTINGS_KEY, self.table.horizontalHeader())

    def selected_customer_id(self) -> int | None:
        """The id of the selected customer, if any."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(CustomerTableModel.IdRole) if rows else None

    def select_customer(self, customer_id: int) -> bool:
        """Select and show ``customer_id`` if it is in the list."""
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            customer_id = index.data(CustomerTableModel.IdRole)
            self.detail_requested.emit(customer_id)
            self._open_detail(self, self._db, customer_id)
