"""The monthly report read back with openpyxl: sheets in order, headers, figures that reconcile with the
database and the CLI's lists, charts, print settings, no formula from user text, identifiers as text."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from core.actors import LOCAL_USER
from core.progress import Cancelled, CancelToken, Progress
from core.reports.monthly import write_monthly_report
from core.reports.refused import ReportRefused
from core.risk import list_risk
from tests.core.test_report_support import EVIL_MANAGER, build_report, cells, charts_by_sheet, formula_cells

SHEETS = ["摘要", "客户分层", "流失预警", "挽留成效", "走访记录", "意见反馈", "客户经理考核", "流失客户"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """The demo branch with hostile text and follow-up work planted, and its latest month's report."""
    db, result, target, planted = build_report(tmp_path_factory.mktemp("report"))
    yield db, result, target, planted
    db.close()


def test_sheets_in_order(report):
    _db, result, target, _ = report
    assert openpyxl.load_workbook(target).sheetnames == list(result.sheets) == SHEETS


def test_summary_title_and_who_made_it(report):
    _db, result, target, _ = report
    ws = openpyxl.load_workbook(target)["摘要"]
    assert ws["A1"].value == f"示范支行 客户维护月报（{int(result.period[:4])}年{int(result.period[5:])}月）"
    assert "制表：本机用户" in ws["A2"].value and "2026-11-05 09:30" in ws["A2"].value
    assert "客户姓名已脱敏" in ws["A2"].value


def test_tier_figures_reconcile_with_the_database(report):
    db, result, target, _ = report
    ws = openpyxl.load_workbook(target)["客户分层"]
    header_row = next(r for r in range(1, 20) if ws.cell(r, 1).value == "等级")
    assert [ws.cell(header_row, c).value for c in range(1, 11)] == [
        "等级", "本月户数", "上月户数", "户数变动", "本月金融资产\n（万元）", "上月金融资产\n（万元）",
        "资产变动\n（万元）", "户数占比", "资产占比", "其中关注",
    ]  # fmt: skip
    rows = {ws.cell(r, 1).value: r for r in range(header_row + 1, header_row + 8)}
    for tier, label in ((2, "白金"), (0, "大众")):
        n, aum = db.execute(
            """select count(*), sum(s.aum_fen) from customer_tiers t
               join snapshots s on s.period = t.period and s.customer_id = t.customer_id
               where t.period = ? and t.tier = ?""",
            [result.period, tier],
        ).fetchone()
        assert ws.cell(rows[label], 2).value == n
        assert ws.cell(rows[label], 5).value * 1_000_000 == pytest.approx(aum, abs=1)
        assert ws.cell(rows[label], 5).number_format == "#,##0.00_ "
    total = db.execute("select count(*), sum(aum_fen) from snapshots where period = ?", [result.period]).fetchone()
    assert ws.cell(rows["合计"], 2).value == total[0]
    assert ws.cell(rows["合计"], 5).value * 1_000_000 == pytest.approx(total[1], abs=1)


def test_migration_matrix_accounts_for_every_customer_of_both_months(report):
    db, result, target, _ = report
    ws = openpyxl.load_workbook(target)["客户分层"]
    top = next(r for r in range(1, 60) if ws.cell(r, 1).value == "上月＼本月")
    assert [ws.cell(top, c).value for c in range(1, 9)] == [
        "上月＼本月",
        "私行",
        "钻石",
        "白金",
        "金卡",
        "大众",
        "本月不在清单",
        "合计",
    ]
    total_row = top + 7
    assert ws.cell(total_row, 1).value == "合计"
    before = db.execute("select count(*) from snapshots where period = ?", [result.previous]).fetchone()[0]
    now = db.execute("select count(*) from snapshots where period = ?", [result.period]).fetchone()[0]
    assert sum(ws.cell(r, 8).value for r in range(top + 1, top + 6)) == before
    assert sum(ws.cell(total_row, c).value for c in range(2, 7)) == now


def test_warnings_sheet_matches_the_work_list_the_cli_prints(report):
    db, result, target, planted = report
    ws = openpyxl.load_workbook(target)["流失预警"]
    assert [ws.cell(4, c).value for c in range(1, 5)] == ["序号", "客户号", "客户姓名", "客户经理"]
    listed = [r for r in list_risk(db, LOCAL_USER, result.period) if r.status]
    numbers = [ws.cell(r, 2).value for r in range(5, ws.max_row + 1)]
    assert numbers == [r.customer_no for r in listed]
    assert result.figure("warnings").this == len(listed)
    stake = sum(ws.cell(r, 7).value for r in range(5, ws.max_row + 1))
    assert stake * 1_000_000 == pytest.approx(result.figure("aum_at_stake").this, abs=1)
    evil = numbers.index(planted) + 5
    assert ws.cell(evil, 3).value.startswith("=*") and ws.cell(evil, 3).data_type == "s"
    assert ws.cell(evil, 4).value == EVIL_MANAGER
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref.startswith("A4:")
    assert ws.conditional_formatting  # 高/中/低 coloured


def test_summary_figures_reconcile(report):
    db, result, target, _ = report
    ws = openpyxl.load_workbook(target)["摘要"]
    labels = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    row = labels["流失预警（户）"]
    assert (ws.cell(row, 2).value, ws.cell(row, 3).value) == (
        result.figure("warnings").this,
        result.figure("warnings").last,
    )
    high = db.execute("select count(*) from customer_tiers where period = ? and tier >= 2", [result.period]).fetchone()[
        0
    ]
    assert ws.cell(labels["高价值客户（户）"], 2).value == high
    top = labels["客户号"]
    first = list_risk(db, LOCAL_USER, result.period)[0]
    assert ws.cell(top + 1, 1).value == first.customer_no and ws.cell(top + 1, 1).number_format == "@"


def test_lost_customers_sheet(report):
    db, result, target, _ = report
    ws = openpyxl.load_workbook(target)["流失客户"]
    vanished = db.execute(
        """select count(*) from snapshots p where p.period = ? and not exists
           (select 1 from snapshots s where s.period = ? and s.customer_id = p.customer_id)""",
        [result.previous, result.period],
    ).fetchone()[0]
    kinds = [ws.cell(r, 6).value for r in range(5, ws.max_row + 1)]
    assert kinds.count("本月不在清单") == vanished
    assert len(kinds) == result.figure("leavers").this


def test_charts_are_native_and_labelled_in_chinese(report):
    _db, _result, target, _ = report
    charts = charts_by_sheet(target)
    assert len(charts["摘要"]) == 2 and len(charts["客户分层"]) == 2
    trend = next(c for c in charts["摘要"] if "近12个月金融资产" in c)
    assert re.search(r'smooth val="0"', trend) and not re.search(r'smooth val="1"', trend)  # LibreOffice: no curve
    assert any("本月预警原因" in c for c in charts["摘要"])
    assert any("各等级客户数" in c for c in charts["客户分层"])


def test_print_ready(report):
    _db, _result, target, _ = report
    wb = openpyxl.load_workbook(target)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.paperSize == 9 and ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddHeader.left.text == "示范支行" and ws.oddHeader.center.text == "客户维护月报"
        assert ws.oddFooter.left.text == "内部资料 注意保密"
        assert ws.oddFooter.center.text == "第 &P 页，共 &N 页"
    assert wb["流失预警"].print_title_rows == "$4:$4"


def test_no_formulas_and_identifiers_are_text(report):
    _db, _result, target, planted = report
    assert formula_cells(target) == []
    ids = [c for sheet, c in cells(target) if c.value == planted]
    assert ids and all(c.data_type == "s" and c.number_format == "@" for c in ids)
    numbers = [c for _s, c in cells(target) if isinstance(c.value, str) and c.value.isdigit() and len(c.value) >= 8]
    assert numbers and all(c.number_format == "@" for c in numbers)


def test_failed_write_leaves_the_old_report(report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    db, result, _target, _ = report
    target = tmp_path / "月报.xlsx"
    target.write_bytes(b"last month's report")

    def crash(self, filename):  # noqa: ANN001, ANN202 - openpyxl's Workbook.save, failing halfway
        Path(filename).write_bytes(b"PK half")
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", crash)
    with pytest.raises(OSError):
        write_monthly_report(db, LOCAL_USER, result.period, target)
    assert target.read_bytes() == b"last month's report"
    assert [p.name for p in tmp_path.iterdir()] == ["月报.xlsx"]


def test_locked_target_and_unknown_month_are_refused(report, tmp_path: Path):
    db, result, _target, _ = report
    target = tmp_path / "月报.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$月报.xlsx").write_bytes(b"owner")
    with pytest.raises(ReportRefused) as locked:
        write_monthly_report(db, LOCAL_USER, result.period, target)
    assert "请先关闭同名文件" in locked.value.message() and target.read_bytes() == b"old"
    with pytest.raises(ReportRefused) as unknown:
        write_monthly_report(db, LOCAL_USER, "1999-01", tmp_path / "x.xlsx")
    assert unknown.value.code == "unknown_period" and "已有的月份" in unknown.value.message()


def test_progress_and_cancel(report, tmp_path: Path):
    db, result, _target, _ = report
    seen: list[Progress] = []
    write_monthly_report(db, LOCAL_USER, result.period, tmp_path / "a.xlsx", progress=seen.append)
    assert seen[-1].stage == "report_save" and seen[-1].done == seen[-1].total
    token = CancelToken()

    def cancel_on_sheets(p: Progress) -> None:
        if p.stage == "report_sheets":
            token.cancel()

    with pytest.raises(Cancelled):
        write_monthly_report(
            db, LOCAL_USER, result.period, tmp_path / "b.xlsx", progress=cancel_on_sheets, cancel=token
        )
    assert not (tmp_path / "b.xlsx").exists()


def test_first_month_has_no_comparison(report, tmp_path: Path):
    db, _result, _target, _ = report
    first = db.execute("select min(period) from import_batches where status = 'committed'").fetchone()[0]
    result = write_monthly_report(db, LOCAL_USER, first, tmp_path / "first.xlsx")
    assert result.previous is None and result.figure("high_value").last is None
    assert formula_cells(tmp_path / "first.xlsx") == []


def test_preview_figures_are_the_report_figures_without_a_file(report):
    from core.reports.monthly import report_figures

    db, result, _target, _ = report
    preview = report_figures(db, LOCAL_USER, result.period)
    assert preview.sheets == result.sheets and preview.previous == result.previous
    assert [(f.key, f.this, f.last) for f in preview.figures] == [(f.key, f.this, f.last) for f in result.figures]
