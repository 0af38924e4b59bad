"""Qt's model checks on the small models, and what they show."""

from __future__ import annotations

from core.actors import LOCAL_USER
from core.customer_query import MonthFigures
from core.importing.batches import list_batches
from core.importing.codes import RowIssue
from core.importing.layout import Column
from ui.models.history_model import HistoryModel, month_rows
from ui.models.import_models import BatchModel, IssueModel, MappingModel


def _month(period: str, aum: int) -> MonthFigures:
    return MonthFigures(period, aum, aum // 2, None, None, None, None, None, None, "王经理")


def test_mapping_model(qtmodeltester):
    model = MappingModel([
        Column(0, "客户号", "客户号", "customer_no", None, "auto"),
        Column(1, "金融资产（万元）", "金融资产（万元）", "aum", 1_000_000, "profile"),
        Column(2, "备注", "备注", None, None, "auto"),
    ])
    qtmodeltester.check(model)
    assert [model.index(1, c).data() for c in range(5)] == ["B", "金融资产（万元）", "金融资产", "万元", "沿用上次"]
    assert model.index(2, 2).data() == "（不导入）"


def test_issue_model_masks_values(qtmodeltester):
    model = IssueModel([
        RowIssue(5, "证件号码", "id_checksum", "rejected", "440305198005170012"),
        RowIssue(None, None, "blank_rows", "warning", None, {"count": 3}),
    ])
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "**************0012"
    assert model.index(0, 2).data() == "拒绝"
    assert model.index(1, 0).data() == "整个文件"
    assert model.index(1, 3).data() == "跳过空行 3 行。"


def test_batch_model(qtmodeltester, demo_db):
    model = BatchModel(list_batches(demo_db, LOCAL_USER))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 2).data() == "已导入"
    assert model.index(0, 8).data() == "本机用户"


def test_history_model_shows_absent_months_and_changes(qtmodeltester):
    rows = month_rows(["2026-10", "2026-09", "2026-08", "2026-07"],
                      [_month("2026-08", 100_00), _month("2026-10", 60_00)])
    model = HistoryModel(rows)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["2026年10月", "2026年9月", "2026年8月"]
    assert model.index(0, 2).data() == "-40.00"
    assert model.index(1, 1).data() == "不在本月清单"
