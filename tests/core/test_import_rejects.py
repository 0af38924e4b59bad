"""Rejected rows kept by phase one (masked) and saved to Excel with their row number and reason."""

from __future__ import annotations

import openpyxl
import pytest

from core.importing.parse import REJECTED_ROWS_KEPT
from core.importing.planner import ImportOptions, NoValidRows, plan_import
from core.importing.rejects import write_rejected_rows
from core.reports.refused import ReportRefused
from tests.conftest import make_id

HEADER = ["客户号", "客户姓名", "证件号码", "手机号码", "金融资产（元）"]


def _row(i: int, aum: object = 1000.0) -> list[object]:
    return [f"62{i:08d}", f"张三{i}", make_id(i), f"1380000{i:04d}", aum]


def test_plan_keeps_rejected_rows_masked_and_previews_the_first_rows(db, make_xlsx):
    path = make_xlsx(HEADER, [_row(1), _row(2, "abc"), _row(3), _row(4, -5)], name="客户清单_202610.xlsx")

    plan = plan_import(db, path, ImportOptions(dry_run=True))

    assert plan.rejected == 2
    assert [number for number, _ in plan.rejected_rows] == [3, 5]
    number, cells = plan.rejected_rows[0]
    assert cells[0] == "6200000002" and cells[4] == "abc"
    assert make_id(2) not in cells and "13800000002" not in cells  # identifiers masked at capture
    assert cells[1].startswith("张") and "*" in cells[1]
    assert plan.rejected_headers == tuple(HEADER)
    assert plan.sheet_names == ("客户明细",)
    assert plan.preview[0] == tuple(HEADER)
    assert len(plan.preview) == 1 + 4
    assert all(make_id(i) not in row for i in range(5) for row in plan.preview)


def test_preview_stops_after_eight_data_rows(db, make_xlsx):
    path = make_xlsx(HEADER, [_row(i) for i in range(30)], title=["示范支行 2026年10月"], name="a_202610.xlsx")

    plan = plan_import(db, path, ImportOptions(dry_run=True))

    assert len(plan.preview) == 1 + 8
    assert plan.preview[1][0] == "6200000000"


def test_clean_file_keeps_no_rejected_rows(db, make_xlsx):
    plan = plan_import(db, make_xlsx(HEADER, [_row(1), _row(2)], name="b_202610.xlsx"), ImportOptions(dry_run=True))
    assert plan.rejected_rows == []


def test_rejected_rows_are_written_with_row_number_and_reason(db, make_xlsx, tmp_path):
    path = make_xlsx(HEADER, [_row(1), _row(2, "abc"), _row(3)], name="c_202610.xlsx")
    plan = plan_import(db, path, ImportOptions(dry_run=True))
    target = tmp_path / "out" / "未通过.xlsx"
    target.parent.mkdir()

    written = write_rejected_rows(plan, target, translate=lambda _c, t: t)

    assert written == 1
    ws = openpyxl.load_workbook(target).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("行号", *HEADER, "原因")
    assert rows[1][0] == 3
    assert rows[1][1] == "6200000002"
    assert rows[1][3] != make_id(2)
    assert "金融资产" in rows[1][-1] and rows[1][-1]
    assert list(tmp_path.glob("out/.~liuke-*")) == []


def test_a_refused_file_carries_its_rejected_rows(db, make_xlsx, tmp_path):
    path = make_xlsx(HEADER, [_row(1, "x"), _row(2, "y")], name="d_202610.xlsx")
    with pytest.raises(NoValidRows) as refused:
        plan_import(db, path, ImportOptions(dry_run=True))

    assert write_rejected_rows(refused.value, tmp_path / "r.xlsx") == 2
    assert [n for n, _ in refused.value.rejected_rows] == [2, 3]


def test_rejected_rows_are_capped(db, make_xlsx):
    n = REJECTED_ROWS_KEPT + 5
    rows = [_row(i, "bad") for i in range(n)] + [_row(n + 1)]
    path = make_xlsx(HEADER, rows, name="e_202610.xlsx")

    plan = plan_import(db, path, ImportOptions(dry_run=True))

    assert plan.rejected == n
    assert len(plan.rejected_rows) == REJECTED_ROWS_KEPT


def test_an_open_target_is_refused(db, make_xlsx, tmp_path):
    plan = plan_import(db, make_xlsx(HEADER, [_row(1), _row(2, "x")], name="f_202610.xlsx"), ImportOptions(dry_run=True))
    target = tmp_path / "rejects.xlsx"
    (tmp_path / "~$rejects.xlsx").write_text("owner")  # Excel's lock file beside an open workbook

    with pytest.raises(ReportRefused):
        write_rejected_rows(plan, target)
