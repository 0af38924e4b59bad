"""The customers page: debounced search, filters, header sort, detail dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.actors import LOCAL_USER
from core.customer_query import NO_MANAGER, CustomerQuery, find_customer_ids
from tests.ui.seed import seed_customers
from ui.models.customer_table_model import COLUMNS
from ui.pages.customers_page import CustomersPage

AUM = next(n for n, c in enumerate(COLUMNS) if c.key == "aum_fen")
NAME = next(n for n, c in enumerate(COLUMNS) if c.key == "name")


def _page(qtbot, db, settings, **kwargs) -> CustomersPage:
    page = CustomersPage(db, settings, **kwargs)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_search_box_filters_after_a_pause(qtbot, db, settings):
    seed_customers(db, 300)
    page = _page(qtbot, db, settings)
    assert page.model.rowCount() == 300
    assert page.count_label.text() == "共 300 户"

    with qtbot.waitSignal(page.query_changed, timeout=3000):
        qtbot.keyClicks(page.search_box, "C001")  # QTest types ASCII only
    assert page.model.rowCount() == 100  # C00100..C00199
    with qtbot.waitSignal(page.query_changed, timeout=3000):
        page.search_box.setText("客户12")
    assert page.model.rowCount() == 11  # 客户12, 客户120..129
    assert page.count_label.text() == "找到 11 户"
    page.search_box.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 300)


def test_header_click_sorts_in_sql(qtbot, db, settings):
    seed_customers(db, 300)
    page = _page(qtbot, db, settings)
    assert page.model.query.order_by == "aum" and page.model.query.descending  # the default: largest first
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.query_changed, timeout=3000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, AUM))
    assert (page.model.query.order_by, page.model.query.descending) == ("aum", False)
    assert page.model.index(0, AUM).data() == "0.07"
    with qtbot.waitSignal(page.query_changed, timeout=3000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, NAME))
    assert page.model.query.order_by == "name"
    assert settings.value("customers_page/order_by") == "name"


def _section_centre(header, section):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_manager_and_period_filters(qtbot, db, settings):
    seed_customers(db, 100, periods=("2026-09", "2026-10"), managers=4)
    page = _page(qtbot, db, settings)
    assert page.period_combo.count() == 2
    page.manager_combo.setCurrentIndex(page.manager_combo.findData(2))
    assert page.model.rowCount() == 25
    assert page.model.query.manager_id == 2
    page.manager_combo.setCurrentIndex(page.manager_combo.findData(NO_MANAGER))
    assert page.model.rowCount() == 0
    page.period_combo.setCurrentIndex(1)
    assert page.model.period == "2026-09"


def test_refresh_keeps_the_selected_customer(qtbot, db, settings):
    seed_customers(db, 50)
    page = _page(qtbot, db, settings)
    page.select_customer(7)
    page.refresh()
    assert page.selected_customer_id() == 7


def test_double_click_opens_the_detail(qtbot, demo_db, settings):
    opened = []
    page = _page(qtbot, demo_db, settings, open_detail=lambda parent, db, cid: opened.append(cid))
    first_id = find_customer_ids(demo_db, LOCAL_USER, CustomerQuery(order_by="aum", descending=True))[0]
    qtbot.waitExposed(page)
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a view wants the press first
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [first_id]


def test_empty_database_shows_the_hint(qtbot, db, settings):
    page = _page(qtbot, db, settings)
    assert page.body.currentWidget() is page.empty_label
    with qtbot.waitSignal(page.import_requested, timeout=1000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def test_column_widths_are_remembered(qtbot, db, settings):
    seed_customers(db, 10)
    first = _page(qtbot, db, settings)
    first.table.horizontalHeader().resizeSection(NAME, 173)
    second = _page(qtbot, db, settings)
    assert second.table.horizontalHeader().sectionSize(NAME) == 173
