"""The 报表 page: headline figures, the monthly report and list exports in a Task, a locked target refused."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from ui.pages.reports_page import ReportsPage


def _page(qtbot, demo_db, demo_db_path, runner, settings, target):  # noqa: ANN001, ANN202
    page = ReportsPage(demo_db, demo_db_path, runner, settings, choose=lambda _parent, _name, _filters: target)
    qtbot.addWidget(page)
    page.refresh()  # nothing is read until the page is shown or refreshed
    return page


def test_preview_shows_the_headline_figures(qtbot, qtmodeltester, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings, None)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    qtmodeltester.check(page.model)
    labels = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "高价值客户（户）" in labels


def test_monthly_report_is_written(qtbot, demo_db, demo_db_path, runner, settings, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "月报.xlsx"
    page = _page(qtbot, demo_db, demo_db_path, runner, settings, target)
    with qtbot.waitSignal(page.export_finished, timeout=60_000):
        page.buttons["report"].click()
    assert target.exists()
    assert openpyxl.load_workbook(target).sheetnames[0] == "摘要"
    assert str(target) in page.banner.text()
    qtbot.waitUntil(lambda: page.buttons["report"].isEnabled())


def test_list_export_to_csv(qtbot, demo_db, demo_db_path, runner, settings, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "customers.csv"
    page = _page(qtbot, demo_db, demo_db_path, runner, settings, target)
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as blocker:
        page.export("customers")
    assert blocker.args[0].rows == 200
    assert target.read_text(encoding="utf-8-sig").count("\n") >= 200


def test_locked_target_shows_the_chinese_message(qtbot, demo_db, demo_db_path, runner, settings, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "月报.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$月报.xlsx").write_bytes(b"owner")  # what Excel leaves while the file is open
    page = _page(qtbot, demo_db, demo_db_path, runner, settings, target)
    with qtbot.waitSignal(page.export_refused, timeout=60_000) as blocker:
        page.export("report")
    assert "请先关闭同名文件" in blocker.args[0]
    assert page.banner.kind == "error"
    assert target.read_bytes() == b"old"


def test_cancel_leaves_no_file(qtbot, demo_db, demo_db_path, runner, settings, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "cancelled.xlsx"
    page = _page(qtbot, demo_db, demo_db_path, runner, settings, target)
    page.export("report")
    page.cancel()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert not target.exists() or page.banner.kind == "success"
