"""Each role sees exactly its pages and buttons; a refusal from core shows its message, never a traceback."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from core.security.permissions import PermissionDenied
from tests.ui.accounts import actor_named
from ui.crash import CrashHandler
from ui.dialogs.customer_360_dialog import Customer360Dialog
from ui.main_window import MainWindow
from ui.models.customer_table_model import COLUMNS
from ui.tasks import Task

ALL_HEAD = ["工作台", "客户", "流失预警", "走访", "意见反馈", "考核", "报表", "导入", "设置", "审计日志", "数据安全"]
PAGES = {
    "guiyuan": ["工作台", "客户", "走访", "意见反馈", "数据安全"],  # 柜员: exchange packages, no balances
    "jl01": ["工作台", "客户", "流失预警", "走访", "意见反馈", "报表", "数据安全"],  # 客户经理
    "zhuguan": ALL_HEAD,  # 主管
    "admin": ["设置", "账户", "数据安全"],  # 管理员: no customer data
    "shenji": ["审计日志"],  # 审计
}
MONEY = [n for n, c in enumerate(COLUMNS) if c.money]


def _window(qtbot, db, path, settings, runner, username: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(db, path, settings, runner, actor=actor_named(db, username))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("username", list(PAGES))
def test_each_role_sees_exactly_its_pages(qtbot, accounts_db, accounts_db_path, settings, runner, username):
    window = _window(qtbot, accounts_db, accounts_db_path, settings, runner, username)
    assert window.page_names() == PAGES[username]
    assert window.pages.currentIndex() == 0 and window.pages.count() == len(PAGES[username])
    assert window.user_label.text() == f"用户：{window.actor.display_name}（{window.actor.role}）"
    assert window.find_action.isVisible() == ("客户" in PAGES[username])
    assert window.import_action.isVisible() == ("导入" in PAGES[username])
    assert window.sign_out_action.isVisible() and window.lock_action.isVisible()
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)


def test_a_teller_sees_no_balances_and_no_warnings(qtbot, accounts_db, accounts_db_path, settings, runner):
    window = _window(qtbot, accounts_db, accounts_db_path, settings, runner, "guiyuan")
    dashboard = window.dashboard_page
    assert dashboard.reduced
    for key in ("customers", "aum", "hv_aum", "warnings", "stake", "uncontacted"):
        assert not dashboard.cards[key].isVisible()
    assert dashboard.cards["due"].isVisible() and dashboard.cards["feedback"].isVisible()
    with qtbot.waitSignal(dashboard.refreshed, timeout=20_000):
        dashboard.refresh()
    kinds = {dashboard.today_model.index(r, 0).data() for r in range(dashboard.today_model.rowCount())}
    assert "预警待联系" not in kinds

    window.show_customers()
    page = window.customers_page
    assert page.model.rowCount() > 0 and page.model.query.order_by == "customer_no"
    for column in MONEY:
        assert page.table.isColumnHidden(column)
        assert page.model.index(0, column).data() == ""
        assert not page.model.sortable(column)
    page.model.sort(MONEY[0])  # refused quietly: still by customer number
    assert page.model.query.order_by == "customer_no"
    assert not page.manager_combo.isVisible()

    detail = Customer360Dialog(accounts_db, page.model.customer_id(0), window, actor=window.actor)
    qtbot.addWidget(detail)
    assert not detail.tabs.isTabVisible(0) and not detail.tabs.isTabVisible(1)  # 资产与等级, 预警
    assert detail.contact_button.isVisibleTo(detail) and not detail.assign_button.isVisibleTo(detail)
    assert not detail.status_button.isVisibleTo(detail) and detail.reveal_fields == {}

    window.show_page(window.contacts_page)
    assert not window.contacts_page.tabs.isTabVisible(2)  # 预警待联系
    window.show_page(window.feedback_page)
    assert not window.feedback_page.forward_button.isVisible()  # a teller records, a manager moves it on
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)


def test_a_manager_works_warnings_and_exports_masked_lists(qtbot, accounts_db, accounts_db_path, settings, runner):
    window = _window(qtbot, accounts_db, accounts_db_path, settings, runner, "jl01")
    window.show_worklist()
    page = window.worklist_page
    assert page.status_button.isVisible()
    assert not page.assign_button.isVisible() and not page.recompute_button.isVisible()  # the 主管's
    window.show_page(window.reports_page)
    assert "report" not in window.reports_page.buttons and not window.reports_page.table.isVisible()
    assert {"customers", "worklist", "visits", "feedback"} <= set(window.reports_page.buttons)
    assert not window.dashboard_page.reduced
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)


def test_a_refused_task_shows_its_message(qtbot, accounts_db, accounts_db_path, settings, runner, monkeypatch):
    window = _window(qtbot, accounts_db, accounts_db_path, settings, runner, "jl01")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    refusal = PermissionDenied(window.actor, "report.generate")

    def job(_progress, _cancel):  # noqa: ANN001, ANN202
        raise refusal

    with qtbot.waitSignal(runner.denied, timeout=10_000):
        runner.start(Task(job))
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert shown == [("没有权限", "没有权限：客户经理不能生成月度报告（可由主管操作）。")]


def test_a_refusal_on_the_ui_thread_is_not_a_crash(qtbot, tmp_path, monkeypatch, accounts_db):
    shown, crashed = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: crashed.append(text))
    handler = CrashHandler(tmp_path / "logs")
    try:
        raise PermissionDenied(actor_named(accounts_db, "shenji"), "customer.view")
    except PermissionDenied:
        handler(*sys.exc_info())
    assert shown == ["没有权限：审计不能查看客户（可由柜员、客户经理、主管操作）。"]
    assert not crashed and not (tmp_path / "logs").exists()


def test_copy_from_a_table_copies_the_masked_text(qtbot, accounts_db, accounts_db_path, settings, runner):
    window = _window(qtbot, accounts_db, accounts_db_path, settings, runner, "zhuguan")
    window.show_customers()
    table = window.customers_page.table
    table.setFocus()
    table.selectRow(0)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    customer = window.customers_page.model.customer_id(0)
    full_id, mobile = accounts_db.execute("select id_number, mobile from customers where id = ?", [customer]).fetchone()
    assert window.customers_page.model.index(0, 0).data() in text and "****" in text
    assert full_id not in text and mobile not in text
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
