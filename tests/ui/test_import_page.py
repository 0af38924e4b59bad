"""The import page end to end: check, confirm, refusals in Chinese, replace, cancel, undo."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

import ui.pages.import_page as import_page_module
from core.actors import LOCAL_USER
from core.db import open_db
from core.demo import generate_demo
from core.progress import Progress
from ui.main_window import MainWindow
from ui.pages.import_page import DONE, IMPORTING, PREVIEW, REFUSED, ImportPage

HEADER = ("客户号", "姓名", "证件号码", "金融资产（元）")


@pytest.fixture
def months(tmp_path: Path) -> list[Path]:
    """Two monthly files of the demo branch (200 customers)."""
    return list(generate_demo(tmp_path / "files", customers=200, months=2).files)


@pytest.fixture
def ui_db(db_path: Path):  # noqa: ANN201
    db = open_db(db_path)
    yield db
    db.close()


class Chooser:
    """Stands in for QFileDialog: returns the next file the test wants."""

    def __init__(self) -> None:
        self.next: Path | None = None
        self.asked = 0

    def __call__(self, _parent) -> Path | None:  # noqa: ANN001
        self.asked += 1
        return self.next


@pytest.fixture
def window(qtbot, ui_db, db_path, settings, runner) -> Iterator[tuple[MainWindow, Chooser]]:
    chooser = Chooser()
    win = MainWindow(ui_db, db_path, settings, runner, choose_file=chooser, confirm=lambda *_: True)
    win.show()
    win.show_import()
    yield win, chooser
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)  # let the last task's signals arrive
    win.close()
    win.deleteLater()


def _check(qtbot, page: ImportPage, chooser: Chooser, path: Path):  # noqa: ANN202
    chooser.next = path
    with qtbot.waitSignal(page.checked, timeout=20_000) as blocker:
        qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def _confirm(qtbot, page: ImportPage):  # noqa: ANN202
    with qtbot.waitSignal(page.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    return blocker.args[0]


def test_check_shows_mapping_and_counts_then_import_refreshes_customers(qtbot, window, months):
    win, chooser = window
    page, customers = win.import_page, win.customers_page
    assert customers.model.rowCount() == 0

    outcome = _check(qtbot, page, chooser, months[0])
    assert page.state == PREVIEW
    plan = outcome.plan
    preview = page.preview
    assert preview.mapping_model.rowCount() == len(plan.layout.columns)
    fields = [preview.mapping_model.index(r, 2).data() for r in range(preview.mapping_model.rowCount())]
    assert "客户号" in fields and "姓名" in fields
    assert preview.stats["rows_read"].value_label.text() == f"{plan.rows_read:,}"
    assert preview.stats["records"].value_label.text() == f"{len(plan.records):,}"
    assert preview.info_labels["file"].text() == months[0].name
    assert page.confirm_button.isEnabled()
    assert open_db(win.db_path).execute("select count(*) from customers").fetchone()[0] == 0  # a dry run writes nothing

    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        outcome = _confirm(qtbot, page)
    assert page.state == DONE
    assert outcome.commit is not None
    assert "已导入" in page.banner.text()
    assert customers.model.rowCount() == len(outcome.plan.records)
    assert page.history.model.rowCount() == 1
    assert win.period_label.text() == f"最新数据：{_month(outcome.plan.period)}"


def _month(period: str) -> str:
    return f"{period[:4]}年{int(period[5:])}月"


def test_a_refused_file_shows_its_chinese_message(qtbot, window, tmp_path):
    win, chooser = window
    page = win.import_page
    bad = tmp_path / "名单.csv"
    bad.write_text("编号,备注\n1,2\n", encoding="utf-8")
    chooser.next = bad
    with qtbot.waitSignal(page.refused, timeout=10_000) as blocker:
        page.choose_and_check()
    assert blocker.args[0].code == "no_header"
    assert page.state == REFUSED
    assert page.banner.isVisible() and page.banner.kind == "error"
    assert page.banner.text().startswith("未导入「名单.csv」：在前20行中没有找到客户清单的表头")
    assert "--map" not in page.banner.text() and "Traceback" not in page.banner.text()
    assert not page.confirm_button.isVisible()


def test_no_valid_rows_lists_the_row_issues(qtbot, window, make_xlsx):
    win, chooser = window
    page = win.import_page
    path = make_xlsx(HEADER, [("C1", "张三", "440305198005170012", "abc"), ("C2", "李四", "", "x")], name="客户_2026-10.xlsx")
    chooser.next = path
    with qtbot.waitSignal(page.refused, timeout=10_000):
        page.choose_and_check()
    assert page.preview.isVisible()
    issues = page.preview.issue_model
    assert issues.rowCount() >= 2
    values = [issues.index(r, 4).data() for r in range(issues.rowCount())]
    assert "440305198005170012" not in values


def test_same_month_again_can_replace(qtbot, window, months):
    win, chooser = window
    page = win.import_page
    _check(qtbot, page, chooser, months[0])
    first = _confirm(qtbot, page)

    chooser.next = months[0]
    with qtbot.waitSignal(page.refused, timeout=10_000) as blocker:
        page.choose_and_check()
    assert blocker.args[0].code == "same_file"
    assert page.replace_button.isVisible()
    assert "「替换该月数据」" in page.banner.text() and "--replace" not in page.banner.text()

    with qtbot.waitSignal(page.checked, timeout=20_000):
        qtbot.mouseClick(page.replace_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == "warning" and "替换" in page.banner.text()
    second = _confirm(qtbot, page)
    assert second.commit.replaced_batches == (first.commit.batch_id,)
    assert page.history.model.item(1).status == "replaced"


def test_missing_month_is_chosen_in_the_page(qtbot, window, make_xlsx):
    win, chooser = window
    page = win.import_page
    path = make_xlsx(HEADER, [("C1", "张三", "", "100")], name="客户清单.xlsx")
    chooser.next = path
    with qtbot.waitSignal(page.refused, timeout=10_000):
        page.choose_and_check()
    assert page.period_edit.isVisible() and page.recheck_button.isVisible()
    page.period_edit.setDate(QDate(2026, 7, 1))
    with qtbot.waitSignal(page.checked, timeout=10_000) as blocker:
        qtbot.mouseClick(page.recheck_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].plan.period == "2026-07"


def test_cancelling_an_import_writes_nothing(qtbot, window, months, monkeypatch):
    win, chooser = window
    page = win.import_page
    _check(qtbot, page, chooser, months[0])
    started = threading.Event()
    real = import_page_module.import_file

    def slow_import(db, path, actor, options, *, progress, cancel):  # noqa: ANN001, ANN202
        if options.dry_run:
            return real(db, path, actor, options, progress=progress, cancel=cancel)
        progress(Progress(0, 1, "save"))
        started.set()
        while True:
            cancel.raise_if_cancelled()
            threading.Event().wait(0.005)

    monkeypatch.setattr(import_page_module, "import_file", slow_import)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.state == IMPORTING and page.cancel_button.isEnabled()
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(page.state_changed, timeout=10_000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.state == PREVIEW
    assert "已取消导入" in page.banner.text()
    assert win.db.execute("select count(*) from import_batches").fetchone()[0] == 0


def test_undo_from_history_refreshes_customers(qtbot, window, months):
    win, chooser = window
    page = win.import_page
    _check(qtbot, page, chooser, months[0])
    outcome = _confirm(qtbot, page)
    assert win.customers_page.model.rowCount() > 0

    history = page.history
    history.select_batch(outcome.commit.batch_id)
    assert history.undo_button.isEnabled()
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert history.model.item(0).status == "undone"
    assert "已撤销批次" in history.status_label.text()
    assert win.customers_page.model.rowCount() == 0
    qtbot.waitUntil(lambda: not history.undo_button.isEnabled() or history.selected_batch() is None)


def test_undo_asks_first(qtbot, demo_db, demo_db_path, runner, settings):
    asked = []
    page = ImportPage(demo_db, demo_db_path, runner, settings, confirm=lambda *args: asked.append(args) or False)
    qtbot.addWidget(page)
    page.history.select_batch(3)
    page.history.undo_selected()
    assert len(asked) == 1 and "批次 3" in asked[0][2]
    assert page.history.model.item(0).status == "committed"  # declined: nothing happened
    assert LOCAL_USER.display_name in page.history.model.index(0, 8).data()
