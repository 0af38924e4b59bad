"""The import wizard's steps: first rows, sheet chooser, editable mapping, rejected rows, summary, queue, drop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from core.db import open_db
from core.demo import generate_demo
from tests.conftest import make_id
from ui.models.import_models import EDIT_ROLE, PreviewRowsModel
from ui.pages.import_page import DONE, IDLE, PREVIEW, REFUSED, ImportPage

HEADER = ["客户号", "客户姓名", "证件号码", "手机号码", "金融资产（元）", "备注金额"]


def _rows(n: int, bad: tuple[int, ...] = ()) -> list[list[object]]:
    return [[f"62{i:08d}", f"张三{i}", make_id(i), f"1380000{i:04d}", "abc" if i in bad else 1000.0 + i, 5.0]
            for i in range(n)]


@pytest.fixture
def months(tmp_path: Path) -> list[Path]:
    return list(generate_demo(tmp_path / "files", customers=120, months=2).files)


class Chooser:
    def __init__(self) -> None:
        self.next: object = None

    def __call__(self, _parent) -> object:  # noqa: ANN001
        return self.next


@pytest.fixture
def page(qtbot, db_path, settings, runner, tmp_path) -> Iterator[ImportPage]:
    db = open_db(db_path)
    chooser = Chooser()
    targets = {"next": tmp_path / "rejects.xlsx"}
    widget = ImportPage(db, db_path, runner, settings, choose_file=chooser, confirm=lambda *_: True,
                        choose_target=lambda _parent, _name: targets["next"])
    widget.chooser = chooser  # type: ignore[attr-defined]
    widget.resize(1200, 800)
    widget.show()
    qtbot.addWidget(widget)
    yield widget
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    db.close()


def _check(qtbot, page: ImportPage, chosen: object):  # noqa: ANN202
    page.chooser.next = chosen  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.checked, timeout=20_000) as blocker:
        qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    return blocker.args[0]


def _wait_checked(qtbot, page: ImportPage, action) -> object:  # noqa: ANN001
    with qtbot.waitSignal(page.checked, timeout=20_000) as blocker:
        action()
    qtbot.waitUntil(lambda: not page.busy)
    return blocker.args[0]


def _confirm(qtbot, page: ImportPage):  # noqa: ANN202
    with qtbot.waitSignal(page.import_finished, timeout=30_000) as blocker:
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    return blocker.args[0]


def test_first_rows_show_the_header_and_masked_data(qtbot, page, months):
    outcome = _check(qtbot, page, months[0])
    model = page.preview.rows_model

    assert page.preview.tabs.currentIndex() == 0
    assert model.rowCount() == 1 + 8
    assert model.is_header_row(0) and not model.is_header_row(1)
    assert model.index(0, 0).data() == "CustomerId"
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
    ids = [model.index(r, 2).data() for r in range(1, 9)]
    assert all("*" in v for v in ids)
    assert outcome.plan.layout.header_excel_row == 1
    assert "第 1 行是表头" in page.preview.rows_caption.text()
    assert not page.preview.sheet_combo.isVisible()


def test_models_pass_qt_checks(qtbot, qtmodeltester, page, months):
    _check(qtbot, page, months[0])
    qtmodeltester.check(page.preview.rows_model)
    qtmodeltester.check(page.preview.mapping_model)
    qtmodeltester.check(PreviewRowsModel())


def test_a_workbook_with_several_sheets_offers_a_sheet_chooser(qtbot, page, tmp_path):
    path = tmp_path / "客户清单_202610.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本文件为示范"])
    for name, n in (("一月", 3), ("二月", 5)):
        ws = wb.create_sheet(name)
        ws.append(HEADER)
        for row in _rows(n):
            ws.append(row)
    wb.save(path)

    first = _check(qtbot, page, path)
    combo = page.preview.sheet_combo
    assert combo.isVisible() and [combo.itemText(i) for i in range(combo.count())] == ["说明", "一月", "二月"]
    assert first.plan.sheet == "一月" and combo.currentText() == "一月"

    second = _wait_checked(qtbot, page, lambda: page.check_sheet("二月"))
    assert second.plan.sheet == "二月" and len(second.plan.records) == 5
    assert combo.currentText() == "二月"


def test_editing_the_mapping_rechecks_and_the_profile_is_saved_on_import(qtbot, page, tmp_path, make_xlsx):
    path = make_xlsx(HEADER, _rows(4), name="客户清单_202609.xlsx")
    outcome = _check(qtbot, page, path)
    model = page.preview.mapping_model
    row = next(r for r, c in enumerate(outcome.plan.layout.columns) if c.header == "备注金额")
    assert model.index(row, 2).data() == "（不导入）"
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None  # automatic match highlighted
    assert not model.flags(model.index(row, 3)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(row, 2)) & Qt.ItemFlag.ItemIsEditable

    rechecked = _wait_checked(qtbot, page, lambda: model.setData(model.index(row, 2), ("wealth", None), EDIT_ROLE))
    column = rechecked.plan.layout.columns[row]
    assert (column.field, column.unit, column.source) == ("wealth", 100, "user")
    assert page._options.mappings == ("备注金额=wealth:元",)
    assert model.flags(model.index(row, 3)) & Qt.ItemFlag.ItemIsEditable
    assert page.preview.reset_mapping_button.isVisible()

    in_wan = _wait_checked(qtbot, page, lambda: model.setData(model.index(row, 3), ("wealth", 1_000_000), EDIT_ROLE))
    assert in_wan.plan.layout.columns[row].unit == 1_000_000
    assert in_wan.plan.records.column("wealth")[0] == 5 * 1_000_000
    _confirm(qtbot, page)

    next_month = make_xlsx(HEADER, _rows(5), name="客户清单_202610.xlsx")
    again = _check(qtbot, page, next_month)
    saved = again.plan.layout.columns[row]
    assert (saved.field, saved.unit, saved.source) == ("wealth", 1_000_000, "profile")


def test_unmapping_a_required_column_is_refused_and_can_be_undone(qtbot, page, make_xlsx):
    outcome = _check(qtbot, page, make_xlsx(HEADER, _rows(3), name="客户清单_202609.xlsx"))
    model = page.preview.mapping_model
    with qtbot.waitSignal(page.refused, timeout=20_000):
        model.setData(model.index(0, 2), (None, None), EDIT_ROLE)
    qtbot.waitUntil(lambda: not page.busy)
    assert page.state == REFUSED
    assert "缺少必需的列" in page.banner.text()
    assert page.preview.isVisible() and page.preview.tabs.currentIndex() == 1

    back = _wait_checked(qtbot, page, lambda: qtbot.mouseClick(page.preview.reset_mapping_button, Qt.MouseButton.LeftButton))
    assert back.plan.layout.columns[0].field == "customer_no" == outcome.plan.layout.columns[0].field
    assert page.state == PREVIEW


def test_rejected_rows_are_saved_to_excel_with_reasons(qtbot, page, make_xlsx, tmp_path):
    _check(qtbot, page, make_xlsx(HEADER, _rows(6, bad=(2, 4)), name="客户清单_202609.xlsx"))
    assert page.preview.tabs.currentIndex() == 2
    assert page.preview.export_button.isEnabled()

    with qtbot.waitSignal(page.rejects_saved, timeout=20_000) as blocker:
        qtbot.mouseClick(page.preview.export_button, Qt.MouseButton.LeftButton)

    target = blocker.args[0]
    assert target == tmp_path / "rejects.xlsx"
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][0] == "行号" and rows[0][-1] == "原因"
    assert [r[0] for r in rows[1:]] == [4, 6]
    assert rows[1][3] != make_id(2) and "*" in rows[1][3]
    assert rows[1][-1]
    assert "已把 2 行未通过的数据" in page.banner.text()
    db = open_db(page._db_path)
    last = db.execute("select action, details_json from audit_log order by id desc limit 1").fetchone()
    db.close()
    assert last[0] == "export" and "rejected_rows" in last[1]  # the file that leaves is audited


def test_summary_shows_the_month_difference_and_links(qtbot, page, months):
    _check(qtbot, page, months[0])
    _confirm(qtbot, page)
    assert page.summary.isVisible()
    assert "第一个月份" in page.summary.title_label.text()

    _check(qtbot, page, months[1])
    outcome = _confirm(qtbot, page)
    assert page.state == DONE and page.summary.isVisible()
    assert "2026年10月" in page.summary.title_label.text() or "2026-10" in page.summary.title_label.text()
    diff_values = {k: page.summary.values[k].text() for k in ("new", "changed", "vanished", "warnings")}
    assert all(v.replace(",", "").isdigit() for v in diff_values.values())
    created = outcome.risk.warnings.created if outcome.risk and outcome.risk.warnings else 0
    assert diff_values["warnings"] == f"{created:,}"
    assert "10%" in page.summary.note_label.text()

    with qtbot.waitSignal(page.show_customers_requested, timeout=1000):
        qtbot.mouseClick(page.summary.customers_button, Qt.MouseButton.LeftButton)
    if page.summary.warnings_button.isEnabled():
        with qtbot.waitSignal(page.show_warnings_requested, timeout=1000):
            qtbot.mouseClick(page.summary.warnings_button, Qt.MouseButton.LeftButton)


def test_several_files_are_queued_oldest_month_first(qtbot, page, months):
    first = _check(qtbot, page, [months[1], months[0]])  # chosen newest first
    assert first.plan.period == "2026-09"
    assert "之后还有 1 个文件" in page.queue_label.text()
    _confirm(qtbot, page)
    assert page.next_row.isVisible() and months[1].name in page.next_label.text()

    second = _wait_checked(qtbot, page, lambda: qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton))
    assert second.plan.period == "2026-10"
    assert not page.next_row.isVisible() and page.queue_label.text() == ""


def test_dropping_files_on_the_page_starts_the_wizard(qtbot, page, months):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in months] + [QUrl.fromLocalFile("/tmp/notes.docx")])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    assert page.state == IDLE
    with qtbot.waitSignal(page.checked, timeout=20_000) as blocker:
        page.dropEvent(event)
    assert blocker.args[0].plan.period == "2026-09"
    assert len(page._queue) == 1
    qtbot.waitUntil(lambda: not page.busy)
