"""工作台: month figures with change from last month, the trend, and today's work."""

from __future__ import annotations

from datetime import date

from core.actors import LOCAL_USER
from core.db import open_db
from core.ui_queries import month_kpis, recent_periods
from ui.pages.dashboard_page import DashboardPage, change_text


def test_figures_trend_and_today(qtbot, qtmodeltester, demo_db) -> None:  # noqa: ANN001
    opened: list[int] = []
    page = DashboardPage(demo_db, open_customer=lambda _p, cid: opened.append(cid), today=lambda: date(2026, 11, 28))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=20_000):  # the first read runs on the task runner, after show
        pass
    latest = recent_periods(demo_db)[-1]
    kpis = month_kpis(demo_db, LOCAL_USER, latest)
    assert page.cards["customers"].value.text() == f"{kpis.customers:,}"
    assert "较上月" in page.cards["aum"].note.text()
    assert "/" in page.cards["due"].value.text()
    assert len(page.chart._points) == 3
    qtmodeltester.check(page.today_model)
    assert page.today_model.rowCount() > 0
    page._on_activated(page.today_model.index(0, 0))
    assert len(opened) == 1


def test_empty_database(qtbot, tmp_path) -> None:  # noqa: ANN001
    db = open_db(tmp_path / "empty.db")
    page = DashboardPage(db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        pass
    assert "导入" in page.subtitle.text()
    assert page.today_model.rowCount() == 0
    db.close()


def test_change_text_colours() -> None:
    assert change_text(110, 100, money=True, up_is_good=True)[0] == "较上月 +10.0%"
    assert change_text(5, 7, money=False, up_is_good=False)[0] == "较上月 -2"
    assert change_text(5, None, money=False, up_is_good=False)[0] == "上月无数据"
