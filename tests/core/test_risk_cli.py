"""The risk, warning and settings commands, run through a parser built the way core/cli/app.py builds its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.actors import LOCAL_USER
from core.cli.app import _Parser
from core.cli.risk_cmds import add_risk_commands
from core.db import open_db
from tests.core.test_risk_support import seed, wan

WORK_LIST_KEYS = {"customer_no", "name", "tier", "aum_fen", "aum_at_stake_fen", "score", "level", "status", "reasons"}


def run(db_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    parser = _Parser(prog="main.py")
    add_risk_commands(parser.add_subparsers(dest="command", parser_class=_Parser))
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0), *capsys.readouterr()
    db = open_db(db_path)
    try:
        code = args.handler(db, args, LOCAL_USER)
    finally:
        db.close()
    return code, *capsys.readouterr()


@pytest.fixture
def branch(db_path: Path) -> Path:
    db = open_db(db_path)
    seed(
        db,
        {
            "1000000001": [
                {"aum": wan(300)},
                {"aum": wan(300)},
                {"aum": wan(300)},
                {"aum": wan(300)},
                {"aum": wan(100)},
            ],
            "1000000002": [{"aum": wan(80)}] * 4 + [None],
            "1000000003": [{"aum": wan(4), "payroll": 1}] * 4 + [{"aum": wan(4), "payroll": 0}],
            "1000000004": [{"aum": wan(900)}] * 5,
        },
    )
    db.close()
    return db_path


def test_risk_prints_the_work_list_as_json(branch, capsys):
    code, out, _ = run(branch, capsys, "risk", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["customer_no"] for r in rows] == ["1000000001", "1000000002"]
    assert WORK_LIST_KEYS <= set(rows[0])
    assert rows[0]["tier"] == "钻石" and rows[0]["level"] == "高" and rows[0]["status"] == "新预警"
    assert rows[0]["reasons"][0] == {"code": "aum_drop", "message": "金融资产较上月下降66%（-200.0万元）"}
    assert rows[1]["aum_fen"] is None and rows[1]["aum_at_stake_fen"] == wan(80)


def test_risk_all_adds_low_value_customers_and_the_text_form_reads_well(branch, capsys):
    code, out, _ = run(branch, capsys, "risk", "--all", "--json")
    assert code == 0 and [r["customer_no"] for r in json.loads(out)][-1] == "1000000003"
    code, out, _ = run(branch, capsys, "risk")
    assert code == 0
    assert "2026-10 高价值客户流失预警：共 2 户" in out
    assert "金融资产较上月下降66%（-200.0万元）" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("risk", "--period", "2026-13"), "应为 YYYY-MM"),
        (("risk", "--period", "2025-01"), "已有的月份：2026-06、2026-07、2026-08、2026-09、2026-10"),
        (("risk", "--backtest", "--period", "2026-09"), "可回测的月份：2026-06、2026-07"),
    ],
)
def test_bad_periods_exit_2_with_chinese_and_write_nothing(branch, capsys, argv, words):
    code, out, err = run(branch, capsys, *argv)
    assert (code, out) == (2, "")
    assert words in err
    db = open_db(branch)
    assert db.execute("select count(*) from risk_runs").fetchone()[0] == 0
    db.close()


def test_risk_backtest_as_json_and_text(branch, capsys):
    code, out, _ = run(branch, capsys, "risk", "--backtest", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["periods"] == ["2026-07"] and result["horizon"] == 3
    assert {s["code"] for s in result["stats"]} >= {"aum_drop", "vanished", "score", "level_high"}
    code, out, _ = run(branch, capsys, "risk", "--backtest", "--period", "2026-06")
    assert code == 0 and "前10%提升度" in out


def test_warning_set_moves_the_status_and_refuses_bad_input(branch, capsys):
    run(branch, capsys, "risk")  # computes the month and raises the warnings
    code, out, _ = run(branch, capsys, "warning", "set", "1000000001", "--status", "已分派", "--note", "王经理")
    assert (code, out.strip()) == (0, "已将客户 1000000001（客户1000000001）的预警改为「已分派」。")
    code, out, err = run(branch, capsys, "warning", "set", "1000000001", "--status", "完成")
    assert (code, out) == (2, "") and "可用的状态：已分派、已联系、已挽留、已流失、误报" in err
    code, _, err = run(branch, capsys, "warning", "set", "1000000001", "--status", "误报")
    assert code == 2 and "须填写原因" in err
    code, out, _ = run(branch, capsys, "warning", "show", "1000000001", "--json")
    history = json.loads(out)[0]["history"]
    assert [(h["from"], h["to"], h["note"]) for h in history] == [
        (None, "新预警", None),
        ("新预警", "已分派", "王经理"),
    ]
    code, out, _ = run(branch, capsys, "warning", "list", "--json")
    assert [w["customer_no"] for w in json.loads(out)] == ["1000000001", "1000000002"]
    assert run(branch, capsys, "warning", "set", "1000000001")[0] == 2  # --status is required


def test_settings_list_get_and_set(branch, capsys):
    code, out, _ = run(branch, capsys, "settings")
    assert code == 0 and "tier.platinum_min" in out and "50万元" in out
    code, out, _ = run(branch, capsys, "settings", "set", "rule.aum_drop.pct", "70", "--json")
    assert code == 0 and json.loads(out)["value"] == 70
    code, out, _ = run(branch, capsys, "settings", "get", "rule.aum_drop.pct", "--json")
    assert json.loads(out)["text"] == "70%"
    code, out, err = run(branch, capsys, "settings", "set", "rule.aum_drop.pct", "abc")
    assert (code, out) == (2, "") and "应填整数" in err
    code, _, err = run(branch, capsys, "settings", "get", "nope")
    assert code == 2 and "tier.gold_min" in err
    code, out, _ = run(branch, capsys, "risk", "--json")  # recomputed with the new threshold
    assert "aum_drop" not in [r["code"] for r in json.loads(out)[0]["reasons"]]


def test_without_scikit_learn_the_model_is_refused_cleanly_and_the_backtest_still_runs(branch, capsys, monkeypatch):
    import core.cli.risk_cmds
    import core.risk.model

    monkeypatch.setattr(core.risk.model, "model_available", lambda: False)
    monkeypatch.setattr(core.cli.risk_cmds, "model_available", lambda: False)
    code, out, err = run(branch, capsys, "risk", "--model")
    assert (code, out) == (2, "") and "pip install scikit-learn" in err
    code, out, _ = run(branch, capsys, "risk", "--backtest", "--json")
    assert code == 0 and json.loads(out)["model"] is None
    code, out, _ = run(branch, capsys, "risk", "--backtest")
    assert code == 0 and "需要安装 scikit-learn" in out
