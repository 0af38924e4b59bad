"""The report's follow-up sheets (挽留成效, 走访记录, 意见反馈, 客户经理考核) and summary figures, read back and
reconciled with what the follow-up module's own functions (behind the visits, feedback and scorecard commands) say."""

from __future__ import annotations

import openpyxl
import pytest

from core.actors import LOCAL_USER
from core.followup.contact_queries import list_contacts
from core.followup.digest import feedback_digest
from core.followup.scorecard import scorecard
from tests.core.test_report_support import HOSTILE_NOTE, build_report, charts_by_sheet, formula_cells


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    db, result, target, planted = build_report(tmp_path_factory.mktemp("maintenance"))
    yield db, result, target, planted
    db.close()


def rows_below(ws, header: str, column: int = 1) -> tuple[int, list[tuple]]:  # noqa: ANN001
    """The header row whose ``column`` says ``header``, and the value rows under it (until a blank first cell)."""
    top = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, column).value == header)
    values = []
    for r in range(top + 1, ws.max_row + 1):
        if ws.cell(r, 1).value is None:
            break
        values.append(tuple(c.value for c in ws[r]))
    return top, values


def test_contacts_sheet_lists_every_contact_of_the_month_with_free_text_masked(report):
    db, result, target, _ = report
    ws = openpyxl.load_workbook(target)["走访记录"]
    contacts = list_contacts(db, LOCAL_USER, period=result.period)
    assert [ws.cell(4, c).value for c in (1, 2, 3, 11)] == ["序号", "联系时间", "客户号", "联系摘要"]
    assert ws.max_row - 4 == len(contacts) > 0
    assert sorted(ws.cell(r, 3).value for r in range(5, ws.max_row + 1)) == sorted(c.customer_no for c in contacts)
    assert ws.cell(5, 2).is_date and ws.cell(5, 2).number_format == "yyyy-mm-dd hh:mm"
    notes = [ws.cell(r, 11).value for r in range(5, ws.max_row + 1)]
    hostile = next(n for n in notes if n and n.startswith("+cmd"))
    assert "13812345678" in HOSTILE_NOTE and "13812345678" not in hostile and "5678" in hostile
    assert result.figure("contacts").this == len(contacts)


def test_retention_sheet_reconciles_with_the_warnings(report):
    db, result, target, _ = report
    ws = openpyxl.load_workbook(target)["挽留成效"]
    _top, outcomes = rows_below(ws, "处理结果")
    counts = dict(
        db.execute(
            """select w.status, count(*) from warning_periods wp join warnings w on w.id = wp.warning_id
               where wp.period = ? group by w.status""",
            [result.period],
        ).fetchall()
    )
    table = {row[0]: row[1] for row in outcomes}
    assert table["已挽留"] == counts.get("retained", 0) == result.figure("warnings_retained").this > 0
    assert table["已流失"] == counts.get("lost", 0) == result.figure("warnings_lost").this > 0
    assert table["合计"] == sum(counts.values())
    _top, groups = rows_below(ws, "分组")
    assert [g[0] for g in groups][:4] == ["及时联系（7天内）", "联系较晚", "未联系", "未及时联系（较晚＋未联系）"]
    _top, closed = rows_below(ws, "客户号")
    assert len(closed) == table["已挽留"] + table["已流失"]


def test_feedback_sheet_matches_the_digest(report):
    db, result, target, _ = report
    ws = openpyxl.load_workbook(target)["意见反馈"]
    digest = feedback_digest(db, LOCAL_USER, result.period)
    _top, categories = rows_below(ws, "类别")
    assert categories[-1][0] == "合计" and categories[-1][1] == digest.raised > 0
    assert {c[0]: c[1] for c in categories[:-1]} == {c.category: c.total for c in digest.by_category}
    assert result.figure("feedback_raised").this == digest.raised
    assert result.figure("feedback_closed").this == digest.closed
    assert any("本月意见反馈" in chart for chart in charts_by_sheet(target)["意见反馈"])
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "=1+1 客户坚持要求写进系统" in texts  # shown as it was typed, as text
    assert any(t.startswith("· 本月提出") for t in texts)


def test_scorecard_sheet_matches_the_scorecard(report):
    db, result, target, _ = report
    ws = openpyxl.load_workbook(target)["客户经理考核"]
    card = scorecard(db, LOCAL_USER, result.period)
    top, ranked = rows_below(ws, "客户经理")
    assert [ws.cell(top, c).value for c in range(1, 5)] == ["客户经理", "工号", "排名", "综合得分"]
    assert len(ranked) == len(card.rows) + 1 and ranked[-1][0] == "全网点合计"
    assert [None if r[3] == "—" else r[3] for r in ranked[:-1]] == [r.score for r in card.rows]  # — : no score
    assert ranked[0][2] == 1
    detail_top = next(r for r in range(top + 1, ws.max_row + 1) if ws.cell(r, 3).value == "管户数")
    total = next(r for r in range(detail_top, ws.max_row + 1) if ws.cell(r, 1).value == "全网点合计")
    assert ws.cell(total, 3).value == card.total.customers
    assert ws.cell(total, 5).value * 1_000_000 == pytest.approx(card.total.aum_start_fen, abs=1)
    assert result.figure("coverage").this == card.total.rates["coverage"]


def test_warnings_sheet_shows_the_last_contact(report):
    _db, _result, target, _ = report
    ws = openpyxl.load_workbook(target)["流失预警"]
    assert ws.cell(4, 13).value == "最近联系"
    dates = [ws.cell(r, 13) for r in range(5, ws.max_row + 1) if ws.cell(r, 13).value is not None]
    assert dates and all(c.is_date for c in dates)


def test_still_no_formula_anywhere(report):
    _db, _result, target, _ = report
    assert formula_cells(target) == []
