"""List exports read back: the right rows and headers, identifiers as masked text, no formulas, streamed with
progress, cancellable without harm, csv in UTF-8 with BOM or GB18030."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from core.actors import LOCAL_USER
from core.progress import Cancelled, CancelToken, Progress
from core.reports.exports import ExportRequest, export_list
from core.reports.refused import ReportRefused
from core.risk import list_risk
from tests.core.test_report_support import (
    EVIL_MANAGER,
    EVIL_NAME,
    add_followup_activity,
    build_demo,
    copy_db,
    formula_cells,
    latest,
    plant_hostile_text,
)

CUSTOMER_HEADER = [
    "客户号", "客户姓名", "证件号码", "手机号码", "性别", "客户经理", "网点", "客户等级", "风险等级",
    "金融资产\n（万元）", "存款\n（万元）", "首次出现月份", "最近出现月份",
]  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("exports"))


@pytest.fixture
def db(demo: Path, tmp_path: Path):  # noqa: ANN201
    database = copy_db(demo, tmp_path / "work.db")
    yield database
    database.close()


def test_customer_list_xlsx_has_every_customer_with_masked_text_identifiers(db, tmp_path: Path):
    period = latest(db)
    planted, _ = plant_hostile_text(db, period)
    target = tmp_path / "客户.xlsx"

    result = export_list(db, LOCAL_USER, "customers", target)

    expected = db.execute("select count(*) from customers where first_period <= ?", [period]).fetchone()[0]
    assert (result.rows, result.period, result.format) == (expected, period, "xlsx")
    ws = openpyxl.load_workbook(target).active
    assert [c.value for c in ws[1]] == CUSTOMER_HEADER
    assert ws.max_row == expected + 1
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:M{expected + 1}"
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    first = next(iter(rows.values()))
    for cell in first[:4]:  # customer number, name, ID number, mobile
        assert cell.data_type == "s" and cell.number_format == "@"
    assert "*" in first[2].value and "*" in first[3].value  # ID and mobile masked
    evil = rows[planted]
    assert evil[1].value.startswith("=*") and evil[1].value.endswith(")")  # masked, still formula-like
    assert evil[5].value == EVIL_MANAGER
    assert formula_cells(target) == []
    total = db.execute("select sum(aum_fen) from snapshots where period = ?", [period]).fetchone()[0]
    assert sum(r[9].value or 0 for r in rows.values()) * 1_000_000 == pytest.approx(total, abs=1)
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth or 1) == 1 and ws.page_setup.fitToHeight == 0  # 1 is the file format's default
    assert ws.print_title_rows == "$1:$1"
    assert "内部资料 注意保密" in ws.oddFooter.left.text and "&P" in ws.oddFooter.center.text


def test_unmasked_export_is_a_parameter_for_the_permissioned_path(db, tmp_path: Path):
    planted, _ = plant_hostile_text(db, latest(db))
    target = tmp_path / "full.xlsx"
    export_list(db, LOCAL_USER, "customers", target, ExportRequest(full=True, reason="报送总行核对"))
    ws = openpyxl.load_workbook(target).active
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == planted)
    assert row[1].value == EVIL_NAME and row[1].data_type == "s"  # the full name, and still not a formula
    assert formula_cells(target) == []


def test_customer_csv_is_utf8_with_bom_and_neutralises_formulas(db, tmp_path: Path):
    planted, _ = plant_hostile_text(db, latest(db))
    target = tmp_path / "客户.csv"
    result = export_list(db, LOCAL_USER, "customers", target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][9] == "金融资产（元）"
    assert len(rows) == result.rows + 1
    evil = next(r for r in rows if r[0] == planted)
    assert evil[1].startswith("'=") and evil[5] == "'" + EVIL_MANAGER
    assert all(not cell.startswith(("=", "+", "-", "@", "＝")) for row in rows for cell in row if cell)


def test_csv_in_gb18030_on_request(db, tmp_path: Path):
    target = tmp_path / "清单.csv"
    export_list(db, LOCAL_USER, "worklist", target, ExportRequest(encoding="gb18030"))
    text = target.read_bytes().decode("gb18030")
    assert text.startswith("序号,客户号,客户姓名")


def test_worklist_export_follows_the_work_list(db, tmp_path: Path):
    period = latest(db)
    target = tmp_path / "预警.xlsx"
    result = export_list(db, LOCAL_USER, "worklist", target)
    expected = list_risk(db, LOCAL_USER, period)
    ws = openpyxl.load_workbook(target).active
    assert result.rows == len(expected) > 0
    assert [r[1].value for r in ws.iter_rows(min_row=2)] == [r.customer_no for r in expected]
    assert [r[6].value for r in ws.iter_rows(min_row=2)] == pytest.approx([r.aum_at_stake_fen / 1e6 for r in expected])
    assert ws.conditional_formatting  # risk level coloured


def test_import_rejects_export(db, tmp_path: Path):
    target = tmp_path / "问题行.xlsx"
    result = export_list(db, LOCAL_USER, "import_rejects", target, ExportRequest())
    issues = db.execute("select count(*) from import_issues where batch_id = (select max(id) from import_batches)")
    assert result.rows == issues.fetchone()[0]
    assert [c.value for c in openpyxl.load_workbook(target).active[1]][:3] == ["批次", "文件", "数据月份"]


def test_export_streams_with_progress_and_a_cancel_leaves_the_old_file(db, tmp_path: Path, monkeypatch):
    import core.reports.exports as exports

    monkeypatch.setattr(exports, "BATCH", 100)
    target = tmp_path / "客户.xlsx"
    seen: list[Progress] = []
    export_list(db, LOCAL_USER, "customers", target, progress=seen.append)
    assert len(seen) > 3 and seen[-1].done == seen[-1].total and {p.stage for p in seen} == {"export"}

    before = target.read_bytes()
    token = CancelToken()

    def cancel_midway(p: Progress) -> None:
        if p.done >= 200:
            token.cancel()

    with pytest.raises(Cancelled):
        export_list(db, LOCAL_USER, "customers", target, progress=cancel_midway, cancel=token)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~liuke")) == []


def test_refusals(db, tmp_path: Path):
    cases = [
        ("customers", tmp_path / "a.pdf", ExportRequest(), "bad_format"),
        ("nonsense", tmp_path / "a.xlsx", ExportRequest(), "unknown_list"),
        ("customers", tmp_path / "a.xlsx", ExportRequest(period="2026-13"), "bad_period"),
        ("customers", tmp_path / "a.xlsx", ExportRequest(period="1999-01"), "unknown_period"),
        ("customers", tmp_path / "a.csv", ExportRequest(encoding="latin-1"), "bad_format"),
    ]
    for kind, target, request, code in cases:
        with pytest.raises(ReportRefused) as refused:
            export_list(db, LOCAL_USER, kind, target, request)
        assert refused.value.code == code
    assert not list(tmp_path.glob("a.*"))


def test_visits_and_feedback_exports(db, tmp_path: Path):
    from core.followup.contact_queries import list_contacts
    from core.followup.feedback import list_feedback

    period = latest(db)
    add_followup_activity(db, period)
    visits = tmp_path / "走访.xlsx"
    result = export_list(db, LOCAL_USER, "visits", visits, ExportRequest(period=period))
    assert result.rows == len(list_contacts(db, LOCAL_USER, period=period)) > 0
    ws = openpyxl.load_workbook(visits).active
    assert [c.value for c in ws[1]][:4] == ["记录编号", "联系时间", "客户号", "客户姓名"]
    summaries = [r[11].value for r in ws.iter_rows(min_row=2) if r[11].value]
    assert any(s.startswith("+cmd") and "13812345678" not in s for s in summaries)
    assert formula_cells(visits) == []
    everything = export_list(db, LOCAL_USER, "visits", tmp_path / "all.csv")
    assert everything.period is None and everything.rows == len(list_contacts(db, LOCAL_USER))

    feedback = tmp_path / "反馈.csv"
    result = export_list(db, LOCAL_USER, "feedback", feedback, ExportRequest(period=period))
    rows = list(csv.reader(feedback.read_bytes().decode("utf-8-sig").splitlines()))
    assert result.rows == len(rows) - 1 == len([i for i in list_feedback(db, LOCAL_USER) if i.raised_on[:7] == period])
    assert any(r[5] == "'=1+1 客户坚持要求写进系统" for r in rows)  # the apostrophe keeps Excel from evaluating it
    with pytest.raises(ReportRefused):
        export_list(db, LOCAL_USER, "visits", tmp_path / "x.xlsx", ExportRequest(period="2026-1"))
