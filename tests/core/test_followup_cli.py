"""The follow-up commands as a user runs them: Chinese text, --json for scripts, exit 2 and nothing written
for anything unknown, with the valid values named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.actors import LOCAL_USER
from core.cli.app import main
from core.db import open_db
from core.risk import recompute
from tests.core.test_followup_support import count, hire, manage, raised_on
from tests.core.test_risk_support import seed, wan


@pytest.fixture
def branch(db_path: Path) -> Path:
    db = open_db(db_path)
    seed(db, {"1000000001": [{"aum": wan(300)}] * 4 + [{"aum": wan(100)}], "1000000002": [{"aum": wan(80)}] * 5})
    hire(db, ("王静", "W01"), ("李强", "L02"))
    manage(db, "W01", ["1000000001", "1000000002"])
    recompute(db, LOCAL_USER)
    raised_on(db)
    db.close()
    return db_path


def run(db_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def rows(db_path: Path, table: str) -> int:
    db = open_db(db_path)
    try:
        return count(db, table)
    finally:
        db.close()


VISIT = ("visit", "add", "1000000001", "--by", "W01", "--channel", "电话", "--purpose", "挽留", "--attitude", "犹豫",
         "--at", "2026-11-05 10:30")  # fmt: skip


def test_staff_add_and_list(branch, capsys):
    code, out, _ = run(branch, capsys, "staff", "add", "赵敏", "--no", "Z03", "--role", "主管", "--json")
    assert code == 0 and json.loads(out)["role"] == "主管"
    code, out, _ = run(branch, capsys, "staff", "--json")
    assert [(s["employee_no"], s["customers"]) for s in json.loads(out)] == [("L02", 0), ("W01", 2), ("Z03", 0)]
    code, out, _ = run(branch, capsys, "staff", "list")
    assert "W01  王静  客户经理  管户 2 户  未关闭预警 1 条" in out
    code, _, err = run(branch, capsys, "staff", "add", "钱多", "--no", "Q04", "--role", "行长")
    assert code == 2 and "可用的岗位：柜员、客户经理、主管" in err and rows(branch, "staff") == 3


def test_visit_add_prints_what_it_did_to_the_warning(branch, capsys):
    code, out, err = run(branch, capsys, *VISIT, "--reason", "他行利率更高", "转投理财/基金/股市", "--bank", "招商银行",
                         "--next", "2026-11-12", "--summary", "客户手机13812345678")  # fmt: skip
    assert code == 0
    assert "已记录联系 #1：1000000001 客户1000000001，2026-11-05 10:30 电话（挽留），客户态度：犹豫。" in out
    assert "新预警 → 已联系" in out and "下次跟进：2026-11-12" in out
    assert "摘要中似乎有电话号码" in err
    code, out, _ = run(branch, capsys, "visits", "--customer", "1000000001", "--json")
    (record,) = json.loads(out)
    assert record["reasons"] == ["他行利率更高", "转投理财/基金/股市"] and record["summary"] == "客户手机*******5678"


@pytest.mark.parametrize(
    ("swap", "words"),
    [
        (("1000000001", "9999999999"), "找不到客户号「9999999999」"),
        (("W01", "X99"), "可用的工号：L02 李强、W01 王静"),
        (("电话", "飞鸽"), "可用的联系方式：电话、面谈、上门、微信、短信、网点接待"),
        (("挽留", "吃饭"), "可用的联系目的：挽留、到期提醒、关怀回访、产品营销、投诉处理、其他"),
        (("犹豫", "开心"), "可用的客户态度：稳定、犹豫、有意转出、已转出"),
        (("2026-11-05 10:30", "11/05"), "YYYY-MM-DD HH:MM"),
    ],
)
def test_anything_unknown_is_refused_with_the_valid_values_and_nothing_is_written(branch, capsys, swap, words):
    argv = [swap[1] if a == swap[0] else a for a in VISIT]
    code, out, err = run(branch, capsys, *argv)
    assert code == 2 and words in err and out == ""
    assert rows(branch, "visits") == 0 and rows(branch, "warning_events") == 1


def test_an_unknown_reason_is_refused_too(branch, capsys):
    code, _, err = run(branch, capsys, *VISIT, "--reason", "心情不好")
    assert code == 2 and "可用的原因：他行利率更高、冲量资金到期、购房/大额消费" in err and rows(branch, "visits") == 0


def test_visit_edit_and_show_keep_the_history(branch, capsys):
    run(branch, capsys, *VISIT)
    code, out, _ = run(branch, capsys, "visit", "edit", "1", "--attitude", "有意转出", "--summary", "改口了")
    assert code == 0 and "第 2 版" in out
    code, out, _ = run(branch, capsys, "visit", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["attitude"] == "有意转出" and shown["history"][0]["values"]["attitude"] == "犹豫"
    code, _, err = run(branch, capsys, "visit", "edit", "1")
    assert code == 2 and "没有要修改的内容" in err


def test_feedback_add_prints_the_new_item_with_its_id_and_set_moves_it(branch, capsys):
    code, out, _ = run(branch, capsys, "feedback", "add", "1000000002", "--category", "利率/价格", "--text", "利率低",
                       "--by", "W01", "--json")  # fmt: skip
    item = json.loads(out)
    assert code == 0 and item["id"] == 1 and item["status"] == "已记录" and item["category"] == "利率/价格"
    code, out, _ = run(branch, capsys, "feedback", "set", "1", "--status", "已转交", "--to", "个人金融部")
    assert code == 0 and "反馈 #1 已改为「已转交」" in out
    code, _, err = run(branch, capsys, "feedback", "set", "1", "--status", "已办结")
    assert code == 2 and "可用的反馈状态：已记录、已转交、已答复、已告知客户" in err
    code, _, err = run(
        branch, capsys, "feedback", "add", "1000000002", "--category", "价格", "--text", "x", "--by", "W01"
    )
    assert code == 2 and "可用的反馈类别：利率/价格、产品、服务、渠道/系统、流程、其他" in err
    code, out, _ = run(branch, capsys, "feedback", "list", "--status", "已转交", "--json")
    assert [i["forwarded_to"] for i in json.loads(out)] == ["个人金融部"]
    assert rows(branch, "feedback_items") == 1


def test_due_lists_sections_and_refuses_an_unknown_manager(branch, capsys):
    code, out, _ = run(branch, capsys, "due", "--by", "W01", "--today", "2026-11-13", "--json")
    due = json.loads(out)
    assert code == 0 and due["manager"] == "王静"
    assert [i["customer_no"] for i in due["warnings_uncontacted"]] == ["1000000001"]
    assert due["warnings_uncontacted"][0]["days_late"] == 4
    code, out, _ = run(branch, capsys, "due", "--today", "2026-11-13")
    assert "【未联系的预警】1 户" in out and "已超过 4 个工作日" in out
    code, _, err = run(branch, capsys, "due", "--by", "NOBODY")
    assert code == 2 and "W01 王静" in err


def test_assign_handover_and_history(branch, capsys):
    code, out, _ = run(branch, capsys, "assign", "1000000002", "--to", "L02")
    assert code == 0 and "王静 → 李强" in out
    code, out, _ = run(branch, capsys, "handover", "--from", "W01", "--to", "L02", "--json")
    assert code == 0 and json.loads(out)["customers"] == 1 and json.loads(out)["open_warnings"] == 1
    code, out, _ = run(branch, capsys, "assign", "1000000001", "--history")
    assert "来源：交接" in out
    code, _, err = run(branch, capsys, "assign", "1000000001", "--to", "Z99")
    assert code == 2 and "可用的工号" in err


def test_scorecard_and_effectiveness(branch, capsys):
    code, out, _ = run(branch, capsys, "scorecard", "--period", "2026-10", "--json")
    card = json.loads(out)
    assert code == 0 and card["previous"] == "2026-09" and card["total"]["customers"] == 2
    assert card["managers"][0]["manager"] == "王静" and card["managers"][0]["warnings_raised"] == 1
    code, out, _ = run(branch, capsys, "scorecard", "--period", "2026-10")
    assert "■ W01 王静" in out and "全网点合计" in out
    code, out, _ = run(branch, capsys, "scorecard", "--period", "2026-10", "--by", "W01")
    assert code == 0 and "1000000001" in out
    code, out, _ = run(branch, capsys, "effectiveness", "--period", "2026-10", "--json")
    assert code == 0 and json.loads(out)["months_observed"] == 0
    code, _, err = run(branch, capsys, "scorecard", "--period", "2026-13")
    assert code == 2 and "YYYY-MM" in err
    code, _, err = run(branch, capsys, "effectiveness", "--period", "2025-01")
    assert code == 2 and "已有的月份：2026-06、2026-07、2026-08、2026-09、2026-10" in err


def test_every_follow_up_command_is_registered():
    from core.cli.app import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"staff", "assign", "handover", "visit", "visits", "due", "feedback", "scorecard", "effectiveness"} <= set(
        commands
    )
