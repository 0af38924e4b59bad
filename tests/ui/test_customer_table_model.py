"""The paged customer model: Qt's model checks, one page at a time, sorting and filtering in SQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

import core.customer_query
import ui.models.customer_table_model as model_module
from core.customer_query import CustomerQuery
from tests.ui.seed import seed_customers
from ui.models.customer_table_model import COLUMNS, PAGE_SIZE, CustomerTableModel

AUM = next(n for n, c in enumerate(COLUMNS) if c.key == "aum_fen")
MOBILE = next(n for n, c in enumerate(COLUMNS) if c.key == "mobile_masked")


def test_model_passes_qt_model_checks(qtmodeltester, db):
    seed_customers(db, 50)
    model = CustomerTableModel(db)
    model.set_query(CustomerQuery())
    qtmodeltester.check(model)


def test_rows_load_one_page_at_a_time(db):
    seed_customers(db, 10 * PAGE_SIZE)
    model = CustomerTableModel(db)
    model.set_query(CustomerQuery())

    assert model.rowCount() == 10 * PAGE_SIZE
    assert model.pages_loaded == 0
    assert model.index(10 * PAGE_SIZE - 1, 0).data() == f"C{10 * PAGE_SIZE - 1:05}"
    assert model.pages_loaded == 1
    assert model.index(10 * PAGE_SIZE - 2, 1).data() == f"客户{10 * PAGE_SIZE - 2}"
    assert model.pages_loaded == 1  # same page: no new query
    model.index(0, 0).data()
    assert model.pages_loaded == 2


def test_a_view_loads_only_the_pages_it_shows(qtbot, db):
    from PySide6.QtWidgets import QTableView

    seed_customers(db, 20 * PAGE_SIZE)
    model = CustomerTableModel(db)
    model.set_query(CustomerQuery())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.pages_loaded == 1)
    assert model.cached_pages == (0,)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.pages_loaded >= 2)
    assert model.cached_pages == (0, 19)  # the first and the last page; nothing in between


def test_sorting_by_aum_requeries_sql(db, monkeypatch):
    seed_customers(db, 500)
    calls = []
    real = core.customer_query.find_customer_ids

    def spy(db_, actor, query):
        calls.append(query)
        return real(db_, actor, query)

    monkeypatch.setattr(model_module, "find_customer_ids", spy)
    model = CustomerTableModel(db)
    model.set_query(CustomerQuery())
    model.sort(AUM, Qt.SortOrder.DescendingOrder)

    assert [(q.order_by, q.descending) for q in calls] == [("customer_no", False), ("aum", True)]
    shown = [model.index(r, AUM).data() for r in range(3)]
    assert shown == ["4,990.07", "4,980.07", "4,970.07"]  # (i * 1000 + 7) fen, largest first
    model.sort(AUM, Qt.SortOrder.DescendingOrder)
    assert len(calls) == 2  # same order again: no query


def test_unsortable_columns_are_ignored(db):
    seed_customers(db, 10)
    model = CustomerTableModel(db)
    model.set_query(CustomerQuery())
    model.sort(MOBILE, Qt.SortOrder.AscendingOrder)
    assert model.query.order_by == "customer_no"


def test_search_and_masking(db):
    seed_customers(db, 300)
    model = CustomerTableModel(db)
    model.set_query(CustomerQuery(text="C0012"))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [f"C0012{d}" for d in range(10)]
    model.set_query(replace(model.query, text="0123"))  # last four of the mobile
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "C00123")
    assert model.index(row, MOBILE).data() == "138****0123"
    assert model.data(model.index(row, 0), CustomerTableModel.IdRole) == 124


@pytest.mark.parametrize("role", [Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole])
def test_other_roles_do_not_break(db, role):
    seed_customers(db, 5)
    model = CustomerTableModel(db)
    model.set_query(CustomerQuery())
    for column in range(model.columnCount()):
        model.index(0, column).data(role)
